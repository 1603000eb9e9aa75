using System.Buffers.Binary;
using System.Net;
using System.Text.Json;

namespace HireGuard.IpIntelligence;

/// <summary>
/// The answer of <see cref="MmdbReader.Find(IPAddress)"/>: whether the database has a record for the
/// address, the network the answer covers, and access to the record (generic decode or JSON). A
/// small struct: creating it allocates nothing.
/// </summary>
/// <remarks>Valid only while the reader that produced it is open.</remarks>
public readonly struct MmdbLookupResult
{
    private readonly MmdbReader? _reader;
    private readonly long _position;
    private readonly ulong _high;
    private readonly ulong _low;
    private readonly int _prefixLength;
    private readonly int _treeDepth;
    private readonly bool _isIPv4;

    internal MmdbLookupResult(MmdbReader reader, long position, ulong high, ulong low, bool isIPv4, int prefixLength, int treeDepth)
    {
        _reader = reader;
        _position = position;
        _high = high;
        _low = low;
        _isIPv4 = isIPv4;
        _prefixLength = prefixLength;
        _treeDepth = treeDepth;
    }

    /// <summary>Gets whether the database has a record for the address.</summary>
    public bool Found => _position >= 0 && _reader is not null;

    /// <summary>
    /// Gets the prefix length of the network the answer covers (also when not found: the size of the
    /// gap), in the family of the address asked about: an IPv4 address in an IPv6 database gets its
    /// IPv4 prefix.
    /// </summary>
    public int PrefixLength => _prefixLength;

    /// <summary>Gets the network the answer covers: the address masked to <see cref="PrefixLength"/>. Allocates the address.</summary>
    public IPNetwork Network
    {
        get
        {
            if (_isIPv4)
            {
                var mask = _prefixLength == 0 ? 0u : uint.MaxValue << (32 - _prefixLength);
                Span<byte> v4 = stackalloc byte[4];
                BinaryPrimitives.WriteUInt32BigEndian(v4, (uint)_low & mask);
                return new IPNetwork(new IPAddress(v4), _prefixLength);
            }

            var value = ((UInt128)_high << 64) | _low;
            var mask128 = _prefixLength == 0 ? UInt128.Zero : UInt128.MaxValue << (128 - _prefixLength);
            Span<byte> v6 = stackalloc byte[16];
            BinaryPrimitives.WriteUInt128BigEndian(v6, value & mask128);
            return new IPNetwork(new IPAddress(v6), _prefixLength);
        }
    }

    /// <summary>Gets the depth at which the tree walk ended (libmaxminddb's netmask: IPv6 bits in an IPv6 tree).</summary>
    internal int TreeDepth => _treeDepth;

    /// <summary>Gets the absolute file position of the record, or -1.</summary>
    internal long Position => _position;

    /// <summary>Gets the reader that produced the result.</summary>
    internal MmdbReader? Reader => _reader;

    /// <summary>
    /// Decodes the whole record into immutable .NET objects: map →
    /// <see cref="IReadOnlyDictionary{TKey, TValue}"/> of string to object (file order; the first of
    /// duplicate keys wins), array → <see cref="IReadOnlyList{T}"/> of object, utf8_string → string,
    /// double, float, bytes → byte[], uint16 → ushort, uint32 → uint, int32 → int, uint64 → ulong,
    /// uint128 → <see cref="UInt128"/>, boolean → bool. Strings, and maps and arrays the record
    /// reaches through pointers (shared continent, country, city maps), come from per-reader caches,
    /// so treat byte[] values as read-only too.
    /// </summary>
    /// <returns>The record, or null when not found.</returns>
    /// <exception cref="ObjectDisposedException">The reader is disposed.</exception>
    /// <exception cref="InvalidDatabaseException">The record is corrupt.</exception>
    public object? Decode() => Found ? _reader!.DecodeRecord(_position) : null;

    /// <summary>
    /// Writes the whole record as JSON (<c>null</c> when not found). bytes become base64 strings,
    /// uint64/uint128 exact integers, and non-finite floating-point values the strings
    /// <c>Infinity</c>, <c>-Infinity</c> or <c>NaN</c>.
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    /// <exception cref="ObjectDisposedException">The reader is disposed.</exception>
    /// <exception cref="InvalidDatabaseException">The record is corrupt.</exception>
    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (!Found)
        {
            writer.WriteNullValue();
            return;
        }

        _reader!.WriteRecordJson(writer, _position);
    }
}
