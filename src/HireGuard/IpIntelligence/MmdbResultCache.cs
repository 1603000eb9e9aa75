using System.Runtime.CompilerServices;

namespace HireGuard.IpIntelligence;

/// <summary>
/// What one plan node found inside a map or array that records reach through a pointer (the
/// shared country, city, subdivision maps of a GeoIP2 record), keyed by the map's file position: a
/// repeat visit copies at most 8 slot assignments instead of walking the map again. Fixed arrays, no
/// allocation after construction; each entry is a seqlock (odd version = being written), so readers
/// never lock and never see a torn entry.
/// </summary>
[SkipLocalsInit]
internal sealed class MmdbResultCache
{
    private const int Entries = 256;
    private const int MaxItems = 8;

    private readonly int[] _versions = new int[Entries];
    private readonly long[] _positions = new long[Entries];
    private readonly byte[] _counts = new byte[Entries];
    private readonly byte[] _slotIndexes = new byte[Entries * MaxItems];
    private readonly MmdbSlot[] _items = new MmdbSlot[Entries * MaxItems];

    /// <summary>Applies the remembered assignments for <paramref name="position"/>; false on a miss.</summary>
    public bool TryApply(long position, Span<MmdbSlot> slots)
    {
        var entry = Index(position);
        var version = Volatile.Read(ref _versions[entry]);
        if (version == 0 || (version & 1) != 0 || _positions[entry] != position)
        {
            return false;
        }

        int count = _counts[entry];
        Span<MmdbSlot> items = stackalloc MmdbSlot[MaxItems];
        Span<byte> indexes = stackalloc byte[MaxItems];
        _items.AsSpan(entry * MaxItems, count).CopyTo(items);
        _slotIndexes.AsSpan(entry * MaxItems, count).CopyTo(indexes);
        Volatile.ReadBarrier();
        if (Volatile.Read(ref _versions[entry]) != version)
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            ref var slot = ref slots[indexes[i]];
            if (items[i].Priority < slot.Priority)
            {
                slot = items[i];
            }
        }

        return true;
    }

    /// <summary>Remembers the assignments a walk made into <paramref name="scratch"/> (skipped when more than 8, or when another thread is writing the entry).</summary>
    public void Store(long position, ReadOnlySpan<MmdbSlot> scratch)
    {
        var count = 0;
        foreach (var slot in scratch)
        {
            if (slot.IsSet && ++count > MaxItems)
            {
                return;
            }
        }

        var entry = Index(position);
        var version = Volatile.Read(ref _versions[entry]);
        if ((version & 1) != 0 || Interlocked.CompareExchange(ref _versions[entry], version + 1, version) != version)
        {
            return;
        }

        _positions[entry] = position;
        _counts[entry] = (byte)count;
        var n = 0;
        for (var i = 0; i < scratch.Length; i++)
        {
            if (scratch[i].IsSet)
            {
                _slotIndexes[(entry * MaxItems) + n] = (byte)i;
                _items[(entry * MaxItems) + n] = scratch[i];
                n++;
            }
        }

        Volatile.Write(ref _versions[entry], version + 2);
    }

    private static int Index(long position) => (int)(((ulong)position * 0x9E3779B97F4A7C15UL) >> 56);
}
