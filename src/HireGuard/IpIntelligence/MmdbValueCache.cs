namespace HireGuard.IpIntelligence;

/// <summary>
/// Decoded maps and arrays that records reach through pointers (a GeoIP2 record points at shared
/// continent, country, subdivision and city maps), keyed by file position. Decoded values are
/// immutable, so sharing them is safe; lock-free like <see cref="MmdbStringCache"/>.
/// </summary>
internal sealed class MmdbValueCache
{
    private readonly Entry?[] _entries;
    private readonly int _shift;

    public MmdbValueCache(int bits)
    {
        _entries = new Entry?[1 << bits];
        _shift = 64 - bits;
    }

    public bool TryGet(long position, out object value)
    {
        var entry = Volatile.Read(ref _entries[Index(position)]);
        if (entry is not null && entry.Position == position)
        {
            value = entry.Value;
            return true;
        }

        value = null!;
        return false;
    }

    public void Set(long position, object value) => Volatile.Write(ref _entries[Index(position)], new Entry(position, value));

    private int Index(long position) => (int)(((ulong)position * 0x9E3779B97F4A7C15UL) >> _shift);

    private sealed class Entry(long position, object value)
    {
        public long Position { get; } = position;

        public object Value { get; } = value;
    }
}
