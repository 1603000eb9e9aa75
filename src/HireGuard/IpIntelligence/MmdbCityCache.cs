using System.Runtime.CompilerServices;

namespace HireGuard.IpIntelligence;

/// <summary>
/// The decoded City fields of recently read records, keyed by the record's file position: a City
/// database has far fewer records than networks (every network of a city shares one record), so a
/// repeat visit copies the decoded fields instead of walking the record and its shared maps (and
/// without touching the record's bytes, often a cache miss). A fixed two-way set-associative array
/// (a position may sit in either entry of its pair, so two records that hash alike do not evict each
/// other), no allocation after construction; each entry is a seqlock (odd version = being written),
/// so readers never lock and never see a torn entry, and a writer that loses a race simply does not store.
/// </summary>
[SkipLocalsInit]
internal sealed class MmdbCityCache
{
    /// <summary>The entries: 2^16 of 112 bytes (7 MiB per reader, created on its first City read), in 2^15 pairs.</summary>
    private const int EntryBits = 16;

    private readonly Entry[] _entries = new Entry[1 << EntryBits];

    /// <summary>Copies the remembered fields of the record at <paramref name="position"/>; false on a miss.</summary>
    public bool TryGet(long position, out MmdbCityValues values)
    {
        var set = SetOf(position);
        return TryRead(ref _entries[set], position, out values) || TryRead(ref _entries[set | 1], position, out values);
    }

    /// <summary>Remembers the fields of the record at <paramref name="position"/> (skipped when another thread is writing the entry, or beyond 4 GiB).</summary>
    public void Store(long position, in MmdbCityValues values)
    {
        if ((ulong)position > uint.MaxValue)
        {
            return;
        }

        // An empty entry of the pair, or the one already holding this position; else a victim
        // chosen by a hash bit the pair index does not use (no per-entry recency to keep up to date).
        var set = SetOf(position);
        ref var first = ref _entries[set];
        ref var second = ref _entries[set | 1];
        var index = Volatile.Read(ref first.Version) == 0 || first.Position == (uint)position ? set
            : Volatile.Read(ref second.Version) == 0 || second.Position == (uint)position ? set | 1
            : set | (int)VictimBit(position);
        ref var entry = ref _entries[index];
        var version = Volatile.Read(ref entry.Version);
        if ((version & 1) != 0 || Interlocked.CompareExchange(ref entry.Version, version + 1, version) != version)
        {
            return;
        }

        entry.Position = (uint)position;
        entry.Values = values;
        Volatile.Write(ref entry.Version, version + 2);
    }

    /// <summary>Returns the first entry of the pair a position maps to (always even).</summary>
    internal static int SetOf(long position) => (int)((Hash(position) >> (64 - EntryBits)) & ~1UL);

    private static ulong Hash(long position) => (ulong)position * 0x9E3779B97F4A7C15UL;

    private static ulong VictimBit(long position) => (Hash(position) >> (63 - EntryBits)) & 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryRead(ref Entry entry, long position, out MmdbCityValues values)
    {
        var version = Volatile.Read(ref entry.Version);
        if ((version & 1) != 0 || entry.Position != position || version == 0)
        {
            Unsafe.SkipInit(out values);
            return false;
        }

        values = entry.Values;
        Volatile.ReadBarrier();
        return Volatile.Read(ref entry.Version) == version;
    }

    private struct Entry
    {
        public int Version;
        public uint Position;
        public MmdbCityValues Values;
    }
}
