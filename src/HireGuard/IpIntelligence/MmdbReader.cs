using System.Buffers.Binary;
using System.Net;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace HireGuard.IpIntelligence;

/// <summary>
/// Reads MaxMind DB (MMDB, format 2.0) files: GeoIP2/GeoLite2, DB-IP, IPinfo, ip-location-db and
/// files written by <see cref="MmdbWriter"/>. Record sizes 24, 28 and 32; IPv4 and IPv6 trees;
/// every data type; typed fast paths that allocate nothing per lookup, and a generic decoder.
/// </summary>
/// <remarks>
/// <para>
/// <b>Backing.</b> <see cref="Open"/> memory-maps the file read-only (shared for read and delete, so
/// the file may be replaced by rename while it is open); <see cref="Load"/> and
/// <see cref="FromMemory"/> read from managed memory. Replace database files atomically (write a new
/// file, then rename it over the old one); truncating a mapped file in place is undefined behaviour
/// at the operating-system level.
/// </para>
/// <para>
/// <b>Addresses.</b> IPv4 lookups in an IPv6 tree start at the cached node for <c>::0.0.0.0/96</c>.
/// An IPv4-mapped address (<c>::ffff:a.b.c.d</c>) is always answered as its IPv4 address, whether or
/// not the file aliases <c>::ffff:0:0/96</c> (MaxMind's files do, many third-party files do not); in
/// an IPv4-only file it is the only kind of IPv6 address that can be found. Other IPv6 addresses in an
/// IPv4-only file are not found. 6to4 and Teredo addresses are looked up as given here;
/// <see cref="IpIntelligenceService"/> decodes them to the embedded IPv4 address when configured to.
/// </para>
/// <para>
/// <b>Prefix lengths</b> are reported in the family of the address asked about: an IPv4 address in
/// an IPv6 file gets its IPv4 prefix (libmaxminddb reports 96 more), and 0 when the file's tree
/// answers for all IPv4 space above bit 96. An IPv4-mapped address gets its IPv6 prefix.
/// </para>
/// <para>
/// <b>Threads.</b> A reader is immutable and safe to share; lookups never lock. <see cref="Dispose"/>
/// must not run while other threads still use the reader or values it returned (the memory map is
/// released); <see cref="IpIntelligenceService"/> reference-counts readers so hot reload never
/// disposes one under a lookup.
/// </para>
/// <para>
/// <b>Errors.</b> Opening checks the metadata and layout; a lookup that reaches a corrupt part of
/// the tree or data throws <see cref="InvalidDatabaseException"/>; <see cref="Verify"/> checks the
/// whole file. Nothing else escapes on any input file.
/// </para>
/// </remarks>
public sealed unsafe partial class MmdbReader : IDisposable
{
    /// <summary>The libmaxminddb cap on the metadata block (marker search window).</summary>
    private const int MetadataMaxSize = 128 * 1024;

    /// <summary>The most IPv4 bits the jump table resolves (2^20 entries: 4 MiB, plus 1 MiB of depths).</summary>
    private const int MaxJumpBits = 20;

    /// <summary>The smallest tree that gets a jump table.</summary>
    private const long JumpTableMinimumNodes = 1 << 17;

    /// <summary>The most values one record may expand to when decoded.</summary>
    private const long MaxValuesPerRecord = 1 << 20;

    private readonly MmdbMemory _memory;
    private readonly byte* _base;
    private readonly long _nodeCount;
    private readonly int _recordSize;
    private readonly long _treeSize;
    private readonly long _dataStart;
    private readonly long _dataEnd;
    private readonly long _ipv4Start;
    private readonly int _ipv4StartDepth;
    private readonly uint[]? _ipv4Table;
    private readonly byte[]? _ipv4TableDepth;
    private readonly int _jumpBits;
    private readonly bool _isIPv6;
    private readonly MmdbStringCache _strings;
    private readonly MmdbValueCache _values;
    private volatile bool _disposed;

    private MmdbReader(MmdbMemory memory, MmdbFieldMap? fieldMap, int jumpBits = -1)
    {
        _memory = memory;
        try
        {
            _base = memory.Pointer;
            var length = memory.Length;
            var searchStart = Math.Max(0, length - MetadataMaxSize);
            var tail = new ReadOnlySpan<byte>(_base + searchStart, (int)(length - searchStart));
            var index = tail.LastIndexOf(MetadataMarker);
            if (index < 0)
            {
                throw new InvalidDatabaseException("The file has no MMDB metadata marker in its last 128 KiB: it is not an MMDB database, or it is truncated.");
            }

            var markerStart = searchStart + index;
            var metadataStart = markerStart + MetadataMarker.Length;
            if (metadataStart >= length)
            {
                throw new InvalidDatabaseException("The MMDB metadata section after the marker is empty.");
            }

            Metadata = ReadMetadata(new MmdbDecoder(_base, metadataStart, length, null));
            _nodeCount = Metadata.NodeCount;
            _recordSize = Metadata.RecordSize;
            _isIPv6 = Metadata.IpVersion == 6;
            _treeSize = _nodeCount * _recordSize / 4;
            _dataStart = _treeSize + 16;
            _dataEnd = markerStart;
            if (_dataStart > _dataEnd)
            {
                throw new InvalidDatabaseException(
                    $"The MMDB metadata is invalid: node_count {_nodeCount} needs a {_treeSize}-byte search tree, but the file has only {markerStart} bytes before the metadata.");
            }

            if (_isIPv6)
            {
                long node = 0;
                var depth = 0;
                for (; depth < 96 && node < _nodeCount; depth++)
                {
                    node = ReadRecord(node, 0);
                }

                _ipv4Start = node;
                _ipv4StartDepth = depth;
            }

            // Large trees: the first 16-20 levels of every IPv4 walk (each a likely cache miss) come
            // from one table lookup. The table has at most half an entry per node: 4 bytes for the
            // node (or the record a short prefix ends on) and 1 for the depth a record ends at.
            var ipv4Root = _isIPv6 ? _ipv4Start : 0;
            if (jumpBits < 0 && _nodeCount >= JumpTableMinimumNodes)
            {
                jumpBits = Math.Clamp(System.Numerics.BitOperations.Log2((ulong)_nodeCount) - 1, 16, MaxJumpBits);
            }

            if (jumpBits > 0 && ipv4Root < _nodeCount)
            {
                _jumpBits = Math.Min(jumpBits, MaxJumpBits);
                _ipv4Table = new uint[1 << _jumpBits];
                _ipv4TableDepth = new byte[1 << _jumpBits];
                FillJumpTable(ipv4Root, 0, 0);
            }

            _strings = new MmdbStringCache(15);
            _values = new MmdbValueCache(15);
            FieldMap = fieldMap ?? MmdbFieldMap.ForDatabaseType(Metadata.DatabaseType);
            _cityPlan = MmdbFieldPlan.Compile(FieldMap, CityFields);
            _asnPlan = MmdbFieldPlan.Compile(FieldMap, AsnFields);
            _ispPlan = MmdbFieldPlan.Compile(FieldMap, IspFields);
            _connectionTypePlan = MmdbFieldPlan.Compile(FieldMap, [MmdbField.ConnectionType]);
            _anonymityPlan = MmdbFieldPlan.Compile(FieldMap, AnonymityFields);
            _allPlan = MmdbFieldPlan.Compile(FieldMap, Enum.GetValues<MmdbField>());
        }
        catch
        {
            memory.Dispose();
            throw;
        }
    }

    /// <summary>Gets the database's metadata.</summary>
    public MmdbMetadata Metadata { get; }

    /// <summary>Gets the field map the typed lookups use (given at open, or the preset for the database type).</summary>
    public MmdbFieldMap FieldMap { get; }

    /// <summary>Gets the byte size of the database.</summary>
    public long Size => _memory.Length;

    /// <summary>Gets a decoder over the data section.</summary>
    internal MmdbDecoder DataDecoder => new(_base, _dataStart, _dataEnd, _strings);

    /// <summary>Gets a decoder over the data section that shares decoded pointer targets.</summary>
    internal MmdbDecoder SharingDecoder => new(_base, _dataStart, _dataEnd, _strings, _values);

    /// <summary>Gets whether the tree is an IPv6 tree.</summary>
    internal bool IsIPv6 => _isIPv6;

    private static ReadOnlySpan<byte> MetadataMarker =>
        [0xAB, 0xCD, 0xEF, (byte)'M', (byte)'a', (byte)'x', (byte)'M', (byte)'i', (byte)'n', (byte)'d', (byte)'.', (byte)'c', (byte)'o', (byte)'m'];

    /// <summary>Opens a database by memory-mapping the file (read-only; the file may be replaced by rename while open).</summary>
    /// <param name="path">The <c>.mmdb</c> file.</param>
    /// <param name="fieldMap">Where the typed fields live; null picks the preset for the database type (<see cref="MmdbFieldMap.ForDatabaseType"/>).</param>
    /// <returns>The open reader.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="fieldMap"/> has an invalid path.</exception>
    /// <exception cref="IOException">The file cannot be opened or mapped (e.g. <see cref="FileNotFoundException"/>).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="InvalidDatabaseException">The file is not a valid MMDB database.</exception>
    public static MmdbReader Open(string path, MmdbFieldMap? fieldMap = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new MmdbReader(MmdbMemory.MapFile(path), fieldMap);
    }

    /// <summary>Opens a database by reading the whole file into memory (for platforms without memory-mapped files; at most 2 GiB).</summary>
    /// <param name="path">The <c>.mmdb</c> file.</param>
    /// <param name="fieldMap">Where the typed fields live; null picks the preset for the database type.</param>
    /// <returns>The open reader.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="fieldMap"/> has an invalid path.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="InvalidDatabaseException">The file is not a valid MMDB database.</exception>
    public static MmdbReader Load(string path, MmdbFieldMap? fieldMap = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return FromMemory(File.ReadAllBytes(path), fieldMap);
    }

    /// <summary>Opens a database held in memory. The memory is pinned until the reader is disposed and must not change.</summary>
    /// <param name="database">The bytes of an MMDB file.</param>
    /// <param name="fieldMap">Where the typed fields live; null picks the preset for the database type.</param>
    /// <returns>The open reader.</returns>
    /// <exception cref="ArgumentException"><paramref name="fieldMap"/> has an invalid path.</exception>
    /// <exception cref="InvalidDatabaseException">The bytes are not a valid MMDB database.</exception>
    public static MmdbReader FromMemory(ReadOnlyMemory<byte> database, MmdbFieldMap? fieldMap = null) =>
        new(MmdbMemory.Pin(database), fieldMap);

    /// <summary>Opens a database held in memory with a given IPv4 jump-table width (0 = none), so tests can compare every width with the plain walk.</summary>
    internal static MmdbReader FromMemoryWithJumpBits(ReadOnlyMemory<byte> database, int jumpBits) =>
        new(MmdbMemory.Pin(database), null, jumpBits);

    /// <summary>Looks up an address.</summary>
    /// <param name="address">An IPv4 or IPv6 address.</param>
    /// <returns>The record and network, or a result whose <see cref="MmdbLookupResult.Found"/> is false.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is null.</exception>
    /// <exception cref="ObjectDisposedException">The reader is disposed.</exception>
    /// <exception cref="InvalidDatabaseException">The search tree is corrupt on this address's path.</exception>
    public MmdbLookupResult Find(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out var written);
        return Find(bytes[..written]);
    }

    /// <summary>Looks up an address given as its network-order bytes, without allocating.</summary>
    /// <param name="address">4 bytes (IPv4) or 16 bytes (IPv6), most significant first.</param>
    /// <returns>The record and network, or a result whose <see cref="MmdbLookupResult.Found"/> is false.</returns>
    /// <exception cref="ArgumentException"><paramref name="address"/> is neither 4 nor 16 bytes long.</exception>
    /// <exception cref="ObjectDisposedException">The reader is disposed.</exception>
    /// <exception cref="InvalidDatabaseException">The search tree is corrupt on this address's path.</exception>
    public MmdbLookupResult Find(ReadOnlySpan<byte> address)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (address.Length == 4)
        {
            return FindIPv4(BinaryPrimitives.ReadUInt32BigEndian(address), mapped: false);
        }

        if (address.Length != 16)
        {
            throw new ArgumentException("An address is 4 bytes (IPv4) or 16 bytes (IPv6).", nameof(address));
        }

        var high = BinaryPrimitives.ReadUInt64BigEndian(address);
        var low = BinaryPrimitives.ReadUInt64BigEndian(address[8..]);
        if (high == 0 && (low >> 32) == 0xFFFF)
        {
            return FindIPv4((uint)low, mapped: true);
        }

        return FindIPv6(high, low);
    }

    /// <summary>
    /// Releases the memory map or pinned memory. Must not run while other threads still use this
    /// reader or the <see cref="MmdbString"/> values it returned.
    /// </summary>
    public void Dispose()
    {
        _disposed = true;
        _memory.Dispose();
    }

    /// <summary>Throws <see cref="ObjectDisposedException"/> after <see cref="Dispose"/>.</summary>
    internal void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    /// <summary>Returns the UTF-8 bytes at an absolute position (bounds were checked when the value was read).</summary>
    internal ReadOnlySpan<byte> Bytes(long position, int length)
    {
        ThrowIfDisposed();
        return new ReadOnlySpan<byte>(_base + position, length);
    }

    /// <summary>Materialises a string (cached by position).</summary>
    internal string String(long position, int length)
    {
        ThrowIfDisposed();
        return _strings.Get(_base, position, length);
    }

    /// <summary>Decodes a whole record generically.</summary>
    internal object DecodeRecord(long position)
    {
        ThrowIfDisposed();
        var decoder = SharingDecoder;
        var budget = Math.Min(decoder.DefaultBudget, MaxValuesPerRecord);
        return decoder.Decode(ref position, 0, ref budget);
    }

    /// <summary>Writes a whole record as JSON.</summary>
    internal void WriteRecordJson(System.Text.Json.Utf8JsonWriter writer, long position)
    {
        ThrowIfDisposed();
        var decoder = DataDecoder;
        var budget = Math.Min(decoder.DefaultBudget, MaxValuesPerRecord);
        decoder.WriteJson(writer, ref position, 0, ref budget);
    }

    /// <summary>Computes the SHA-256 of the bytes this reader serves (lower-case hex).</summary>
    internal string ComputeSha256()
    {
        ThrowIfDisposed();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        const int Chunk = 1 << 26;
        for (long offset = 0; offset < _memory.Length; offset += Chunk)
        {
            var count = (int)Math.Min(Chunk, _memory.Length - offset);
            hash.AppendData(new ReadOnlySpan<byte>(_base + offset, count));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static MmdbMetadata ReadMetadata(MmdbDecoder decoder)
    {
        var pos = decoder.Start;
        var budget = Math.Min(decoder.DefaultBudget, MaxValuesPerRecord);
        var value = decoder.Decode(ref pos, 0, ref budget);
        if (value is not IReadOnlyDictionary<string, object> map)
        {
            throw new InvalidDatabaseException($"The MMDB metadata is a {Describe(value)}, not a map.");
        }

        var nodeCount = RequiredUnsigned(map, "node_count");
        if (nodeCount > uint.MaxValue)
        {
            throw new InvalidDatabaseException($"The MMDB metadata is invalid: node_count {nodeCount} does not fit in 32 bits.");
        }

        var recordSize = RequiredUnsigned(map, "record_size");
        if (recordSize is not (24 or 28 or 32))
        {
            throw new InvalidDatabaseException($"The MMDB metadata is invalid: record_size {recordSize} is not supported (24, 28 or 32).");
        }

        var ipVersion = RequiredUnsigned(map, "ip_version");
        if (ipVersion is not (4 or 6))
        {
            throw new InvalidDatabaseException($"The MMDB metadata is invalid: ip_version {ipVersion} is neither 4 nor 6.");
        }

        var major = RequiredUnsigned(map, "binary_format_major_version");
        if (major != 2)
        {
            throw new InvalidDatabaseException($"The MMDB binary format major version {major} is not supported (only 2).");
        }

        var minor = RequiredUnsigned(map, "binary_format_minor_version");
        var epoch = RequiredUnsigned(map, "build_epoch");
        if (!map.TryGetValue("database_type", out var typeValue) || typeValue is not string databaseType)
        {
            throw new InvalidDatabaseException("The MMDB metadata is invalid: database_type is missing or not a string.");
        }

        var languages = new List<string>();
        if (map.TryGetValue("languages", out var languagesValue))
        {
            if (languagesValue is not IReadOnlyList<object> list || list.Any(l => l is not string))
            {
                throw new InvalidDatabaseException("The MMDB metadata is invalid: languages is not an array of strings.");
            }

            languages.AddRange(list.Cast<string>());
        }

        var description = new Dictionary<string, string>(StringComparer.Ordinal);
        if (map.TryGetValue("description", out var descriptionValue))
        {
            if (descriptionValue is not IReadOnlyDictionary<string, object> descriptions)
            {
                throw new InvalidDatabaseException("The MMDB metadata is invalid: description is not a map.");
            }

            foreach (var (language, text) in descriptions)
            {
                description[language] = text as string
                    ?? throw new InvalidDatabaseException("The MMDB metadata is invalid: a description is not a string.");
            }
        }

        return new MmdbMetadata
        {
            BinaryFormatMajorVersion = (int)major,
            BinaryFormatMinorVersion = (int)Math.Min(minor, int.MaxValue),
            BuildEpoch = epoch,
            DatabaseType = databaseType,
            Description = description,
            IpVersion = (int)ipVersion,
            Languages = languages,
            NodeCount = (long)nodeCount,
            RecordSize = (int)recordSize,
        };
    }

    private static ulong RequiredUnsigned(IReadOnlyDictionary<string, object> map, string key)
    {
        if (!map.TryGetValue(key, out var value))
        {
            throw new InvalidDatabaseException($"The MMDB metadata is invalid: {key} is missing.");
        }

        return value switch
        {
            ushort u => u,
            uint u => u,
            ulong u => u,
            int i when i >= 0 => (ulong)i,
            UInt128 u when u <= ulong.MaxValue => (ulong)u,
            _ => throw new InvalidDatabaseException($"The MMDB metadata is invalid: {key} is a {Describe(value)}, not an unsigned integer."),
        };
    }

    private static string Describe(object value) => value switch
    {
        IReadOnlyDictionary<string, object> => "map",
        IReadOnlyList<object> => "array",
        string => "string",
        byte[] => "bytes",
        _ => value.GetType().Name,
    };

    private MmdbLookupResult FindIPv4(uint address, bool mapped)
    {
        long node;
        int depth;
        if (_ipv4Table is { } table)
        {
            var index = address >> (32 - _jumpBits);
            node = table[index];
            int used;
            if (node < _nodeCount)
            {
                node = WalkIPv4(node, address, _jumpBits, out used);
            }
            else
            {
                used = _ipv4TableDepth![index];
            }

            depth = (_isIPv6 ? 96 : 0) + used;
        }
        else if (_isIPv6)
        {
            node = _ipv4Start;
            depth = _ipv4StartDepth;
            if (node < _nodeCount)
            {
                node = WalkIPv4(node, address, 0, out var used);
                depth = 96 + used;
            }
        }
        else
        {
            node = WalkIPv4(0, address, 0, out depth);
        }

        var high = 0UL;
        var low = mapped ? (0xFFFFUL << 32) | address : address;
        var position = Resolve(node, depth, high, low, isIPv4: !mapped);
        int prefix;
        if (mapped)
        {
            prefix = _isIPv6 ? depth : 96 + depth;
        }
        else
        {
            prefix = _isIPv6 ? Math.Max(0, depth - 96) : depth;
        }

        return new MmdbLookupResult(this, position, high, low, isIPv4: !mapped, prefix, depth);
    }

    private MmdbLookupResult FindIPv6(ulong high, ulong low)
    {
        if (!_isIPv6)
        {
            return new MmdbLookupResult(this, -1, high, low, isIPv4: false, 0, 0);
        }

        var node = WalkIPv6(high, low, out var depth);
        var position = Resolve(node, depth, high, low, isIPv4: false);
        return new MmdbLookupResult(this, position, high, low, isIPv4: false, depth, depth);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long Resolve(long record, int depth, ulong high, ulong low, bool isIPv4)
    {
        if (record == _nodeCount)
        {
            return -1;
        }

        if (record > _nodeCount)
        {
            var offset = record - _nodeCount - 16;
            if (offset < 0)
            {
                throw TreeError("a record points into the 16-byte data section separator", high, low, isIPv4, depth);
            }

            var position = _dataStart + offset;
            if (position >= _dataEnd)
            {
                throw TreeError("a record points past the end of the data section", high, low, isIPv4, depth);
            }

            return position;
        }

        throw TreeError("the walk used every bit of the address and still ended on a node (a cycle)", high, low, isIPv4, depth);
    }

    private InvalidDatabaseException TreeError(string what, ulong high, ulong low, bool isIPv4, int depth)
    {
        var prefix = isIPv4 ? Math.Max(0, _isIPv6 ? depth - 96 : depth) : depth;
        var network = new MmdbLookupResult(this, -1, high, low, isIPv4, prefix, depth).Network;
        return new InvalidDatabaseException($"The MMDB search tree is corrupt at {network}: {what}.");
    }

    /// <summary>Reads one record of a node (bit 0 = left), for cold paths.</summary>
    internal long ReadRecord(long node, int bit)
    {
        var p = _base + (node * _recordSize / 4);
        switch (_recordSize)
        {
            case 24:
                p += bit * 3;
                return (p[0] << 16) | (p[1] << 8) | p[2];
            case 28:
                return bit == 0
                    ? ((p[3] & 0xF0) << 20) | (p[0] << 16) | (p[1] << 8) | p[2]
                    : ((p[3] & 0x0F) << 24) | (p[4] << 16) | (p[5] << 8) | p[6];
            default:
                return BinaryPrimitives.ReadUInt32BigEndian(new ReadOnlySpan<byte>(p + (bit * 4), 4));
        }
    }

    private void FillJumpTable(long node, int depth, uint prefix)
    {
        if (depth == _jumpBits || node >= _nodeCount)
        {
            // Record values are at most 32 bits, so every node or record fits a uint.
            var first = (int)(prefix << (_jumpBits - depth));
            var count = 1 << (_jumpBits - depth);
            Array.Fill(_ipv4Table!, (uint)node, first, count);
            Array.Fill(_ipv4TableDepth!, (byte)depth, first, count);
            return;
        }

        FillJumpTable(ReadRecord(node, 0), depth + 1, prefix << 1);
        FillJumpTable(ReadRecord(node, 1), depth + 1, (prefix << 1) | 1);
    }

    private long WalkIPv4(long node, uint address, int start, out int used)
    {
        var nodeCount = _nodeCount;
        var tree = _base;
        var i = start;
        switch (_recordSize)
        {
            case 24:
                while (i < 32 && node < nodeCount)
                {
                    var p = tree + (node * 6) + ((int)((address >> (31 - i)) & 1) * 3);
                    node = (p[0] << 16) | (p[1] << 8) | p[2];
                    i++;
                }

                break;
            case 28:
                while (i < 32 && node < nodeCount)
                {
                    var p = tree + (node * 7);
                    node = ((address >> (31 - i)) & 1) == 0
                        ? ((p[3] & 0xF0) << 20) | (p[0] << 16) | (p[1] << 8) | p[2]
                        : ((p[3] & 0x0F) << 24) | (p[4] << 16) | (p[5] << 8) | p[6];
                    i++;
                }

                break;
            default:
                while (i < 32 && node < nodeCount)
                {
                    var p = tree + (node * 8) + ((int)((address >> (31 - i)) & 1) * 4);
                    node = BinaryPrimitives.ReadUInt32BigEndian(new ReadOnlySpan<byte>(p, 4));
                    i++;
                }

                break;
        }

        used = i;
        return node;
    }

    private long WalkIPv6(ulong high, ulong low, out int used)
    {
        long node = 0;
        var i = 0;
        for (; i < 128 && node < _nodeCount; i++)
        {
            var bit = i < 64 ? (int)((high >> (63 - i)) & 1) : (int)((low >> (127 - i)) & 1);
            node = ReadRecord(node, bit);
        }

        used = i;
        return node;
    }
}
