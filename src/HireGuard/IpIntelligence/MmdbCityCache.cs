namespace HireGuard.IpIntelligence;

/// <summary>
/// The decoded City fields of recently read records, keyed by the record's file position: a City
/// database has far fewer records than networks (every network of a city shares one record), so a
/// repeat visit copies the decoded fields instead of walking the record and its shared maps (and
/// without touching the record's bytes, often a cache miss). A fixed direct-mapped array, no
/// allocation after construction; each entry is a seqlock (odd version = being written), so readers
/// never lock and never see a torn entry, and a writer that loses a race simply does not store.
/// </summary>
internal sealed class MmdbCityCache
{
    /// <summary>The entries: 2^16 of 112 bytes (7 MiB per reader, created on its first City read).</summary>
    private const int EntryBits = 16;

    private readonly Entry[] _entries = new Entry[1 << EntryBits];

    /// <summary>Copies the remembered fields of the record at <paramref name="position"/>; false on a miss.</summary>
    public bool TryGet(long position, out MmdbCityValues values)
    {
        ref var entry = ref _entries[IndexOf(position)];
        var version = Volatile.Read(ref entry.Version);
        if ((version & 1) != 0 || entry.Position != position || version == 0)
        {
            values = default;
            return false;
        }

        values = entry.Values;
        Volatile.ReadBarrier();
        return Volatile.Read(ref entry.Version) == version;
    }

    /// <summary>Remembers the fields of the record at <paramref name="position"/> (skipped when another thread is writing the entry, or beyond 4 GiB).</summary>
    public void Store(long position, in MmdbCityValues values)
    {
        if ((ulong)position > uint.MaxValue)
        {
            return;
        }

        ref var entry = ref _entries[IndexOf(position)];
        var version = Volatile.Read(ref entry.Version);
        if ((version & 1) != 0 || Interlocked.CompareExchange(ref entry.Version, version + 1, version) != version)
        {
            return;
        }

        entry.Position = (uint)position;
        entry.Values = values;
        Volatile.Write(ref entry.Version, version + 2);
    }

    /// <summary>Returns the entry a position maps to.</summary>
    internal static int IndexOf(long position) => (int)(((ulong)position * 0x9E3779B97F4A7C15UL) >> (64 - EntryBits));

    private struct Entry
    {
        public int Version;
        public uint Position;
        public MmdbCityValues Values;
    }
}
