using System.Text;
using System.Text.Unicode;

namespace HireGuard.IpIntelligence;

/// <summary>
/// Materialises UTF-8 strings of one database, remembering recent ones by file position. MMDB
/// writers store each distinct string once and point at it, so in steady state most lookups find
/// their strings here and allocate nothing. Lock-free: entries are immutable and published with a
/// single reference write; a lost race only costs a duplicate decode.
/// </summary>
internal sealed unsafe class MmdbStringCache
{
    private const int MaxCachedLength = 512;
    private readonly Entry?[] _entries;
    private readonly int _shift;

    public MmdbStringCache(int bits)
    {
        _entries = new Entry?[1 << bits];
        _shift = 64 - bits;
    }

    /// <summary>Returns the string whose UTF-8 bytes start at <paramref name="position"/>.</summary>
    /// <exception cref="InvalidDatabaseException">The bytes are not valid UTF-8.</exception>
    public string Get(byte* basePointer, long position, int length)
    {
        if (length == 0)
        {
            return string.Empty;
        }

        if (length > MaxCachedLength)
        {
            return Decode(new ReadOnlySpan<byte>(basePointer + position, length));
        }

        var index = (int)(((ulong)position * 0x9E3779B97F4A7C15UL) >> _shift);
        var entry = Volatile.Read(ref _entries[index]);
        if (entry is not null && entry.Position == position && entry.Utf8Length == length)
        {
            return entry.Value;
        }

        var value = Decode(new ReadOnlySpan<byte>(basePointer + position, length));
        Volatile.Write(ref _entries[index], new Entry(position, length, value));
        return value;
    }

    /// <summary>Decodes strict UTF-8.</summary>
    /// <exception cref="InvalidDatabaseException">The bytes are not valid UTF-8.</exception>
    public static string Decode(ReadOnlySpan<byte> utf8)
    {
        if (!Utf8.IsValid(utf8))
        {
            throw new InvalidDatabaseException("The data section contains a string that is not valid UTF-8.");
        }

        return Encoding.UTF8.GetString(utf8);
    }

    private sealed class Entry(long position, int utf8Length, string value)
    {
        public long Position { get; } = position;

        public int Utf8Length { get; } = utf8Length;

        public string Value { get; } = value;
    }
}
