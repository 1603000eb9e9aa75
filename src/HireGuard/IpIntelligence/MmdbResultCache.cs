using System.Runtime.CompilerServices;

namespace HireGuard.IpIntelligence;

/// <summary>
/// What one plan node found inside a map or array that records reach through a pointer (the
/// shared country, city, subdivision maps of a GeoIP2 record), keyed by the map's file position: a
/// repeat visit copies the few slot assignments instead of walking the map again (and without
/// touching the map's bytes, often a cache miss). Fixed arrays, no allocation after construction;
/// each entry is a seqlock (odd version = being written), so readers never lock and never see a
/// torn entry.
/// </summary>
[SkipLocalsInit]
internal sealed class MmdbResultCache
{
    /// <summary>The most assignments an entry holds.</summary>
    public const int MaxItemsLimit = 8;

    private const int EntryBits = 12;

    private readonly int _maxItems;
    private readonly Header[] _headers = new Header[1 << EntryBits];
    private readonly Item[] _items;

    /// <summary>Initializes a new instance of the <see cref="MmdbResultCache"/> class.</summary>
    /// <param name="maxItems">The assignments one entry holds: the number of fields below the node (1–8).</param>
    public MmdbResultCache(int maxItems)
    {
        _maxItems = maxItems;
        _items = new Item[(1 << EntryBits) * maxItems];
    }

    /// <summary>Applies the remembered assignments for <paramref name="position"/>; false on a miss.</summary>
    public bool TryApply(long position, Span<MmdbSlot> slots)
    {
        var entry = Index(position);
        ref var header = ref _headers[entry];
        var version = Volatile.Read(ref header.Version);
        if (version == 0 || (version & 1) != 0 || header.Position != position)
        {
            return false;
        }

        var count = header.Count;
        Span<Item> copy = stackalloc Item[MaxItemsLimit];
        var first = entry * _maxItems;
        for (var i = 0; i < count; i++)
        {
            copy[i] = _items[first + i];
        }

        Volatile.ReadBarrier();
        if (Volatile.Read(ref header.Version) != version)
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            ref var slot = ref slots[copy[i].Index];
            if (copy[i].Slot.Priority < slot.Priority)
            {
                slot = copy[i].Slot;
            }
        }

        return true;
    }

    /// <summary>Remembers the assignments a walk made into <paramref name="scratch"/> (skipped when there are more than fit, or when another thread is writing the entry).</summary>
    public void Store(long position, ReadOnlySpan<MmdbSlot> scratch)
    {
        var count = 0;
        foreach (var slot in scratch)
        {
            if (slot.IsSet && ++count > _maxItems)
            {
                return;
            }
        }

        var entry = Index(position);
        ref var header = ref _headers[entry];
        var version = Volatile.Read(ref header.Version);
        if ((version & 1) != 0 || Interlocked.CompareExchange(ref header.Version, version + 1, version) != version)
        {
            return;
        }

        header.Position = position;
        header.Count = count;
        var n = entry * _maxItems;
        for (var i = 0; i < scratch.Length; i++)
        {
            if (scratch[i].IsSet)
            {
                _items[n++] = new Item { Index = i, Slot = scratch[i] };
            }
        }

        Volatile.Write(ref header.Version, version + 2);
    }

    private static int Index(long position) => (int)(((ulong)position * 0x9E3779B97F4A7C15UL) >> (64 - EntryBits));

    private struct Header
    {
        public long Position;
        public int Version;
        public int Count;
    }

    private struct Item
    {
        public int Index;
        public MmdbSlot Slot;
    }
}
