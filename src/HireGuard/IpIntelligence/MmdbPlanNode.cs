namespace HireGuard.IpIntelligence;

/// <summary>A node of a compiled field plan: the keys and indexes to descend into and the fields fed here.</summary>
internal sealed class MmdbPlanNode
{
    private readonly List<(byte[] Key, MmdbPlanNode Child)> _keyBuilder = [];
    private readonly List<(int Index, MmdbPlanNode Child)> _indexBuilder = [];
    private readonly List<MmdbPlanTarget> _targetBuilder = [];

    // Map keys are almost always pointers to one shared copy of each key string, so the child a
    // key position leads to is remembered: (position << 16) | (child + 2), 0 = empty. One 64-bit
    // write per entry keeps concurrent readers consistent without locks.
    private readonly long[] _keyCache = new long[32];
    private MmdbResultCache? _resultCache;

    public byte[][] Keys { get; private set; } = [];

    public MmdbPlanNode[] KeyChildren { get; private set; } = [];

    public int[] Indexes { get; private set; } = [];

    public MmdbPlanNode[] IndexChildren { get; private set; } = [];

    public MmdbPlanTarget[] Targets { get; private set; } = [];

    /// <summary>Gets the largest non-negative index wanted, or -1.</summary>
    public int MaxIndex { get; private set; } = -1;

    /// <summary>Gets whether an index counts from the end (so the whole array must be walked).</summary>
    public bool HasNegativeIndex { get; private set; }

    /// <summary>Gets whether the node descends into maps or arrays.</summary>
    public bool HasChildren { get; private set; }

    /// <summary>Gets the number of distinct fields fed below this node.</summary>
    public int SubtreeSlots { get; private set; }

    /// <summary>Gets whether repeat visits to shared maps under this node are cached (1–8 fields below it).</summary>
    public bool Caches => HasChildren && SubtreeSlots is > 0 and <= MmdbResultCache.MaxItemsLimit;

    /// <summary>Gets the cache of what this node found in shared maps and arrays (created on first use).</summary>
    public MmdbResultCache ResultCache
    {
        get
        {
            var cache = Volatile.Read(ref _resultCache);
            if (cache is null)
            {
                Interlocked.CompareExchange(ref _resultCache, new MmdbResultCache(SubtreeSlots), null);
                cache = _resultCache!;
            }

            return cache;
        }
    }

    public MmdbPlanNode ChildFor(MmdbPathSegment segment)
    {
        if (segment.Key is { } key)
        {
            foreach (var (k, child) in _keyBuilder)
            {
                if (k.AsSpan().SequenceEqual(key))
                {
                    return child;
                }
            }

            var created = new MmdbPlanNode();
            _keyBuilder.Add((key, created));
            return created;
        }

        foreach (var (i, child) in _indexBuilder)
        {
            if (i == segment.Index)
            {
                return child;
            }
        }

        var node = new MmdbPlanNode();
        _indexBuilder.Add((segment.Index, node));
        return node;
    }

    public void AddTarget(MmdbPlanTarget target) => _targetBuilder.Add(target);

    /// <summary>Freezes the builders into arrays (recursively).</summary>
    public void Freeze()
    {
        Keys = [.. _keyBuilder.Select(x => x.Key)];
        KeyChildren = [.. _keyBuilder.Select(x => x.Child)];
        Indexes = [.. _indexBuilder.Select(x => x.Index)];
        IndexChildren = [.. _indexBuilder.Select(x => x.Child)];
        Targets = [.. _targetBuilder];
        MaxIndex = Indexes.Length == 0 ? -1 : Indexes.Max();
        HasNegativeIndex = Indexes.Any(i => i < 0);
        HasChildren = Keys.Length > 0 || Indexes.Length > 0;
        foreach (var child in KeyChildren.Concat(IndexChildren))
        {
            child.Freeze();
        }

        SubtreeSlots = SlotsBelow().Distinct().Count();
    }

    private IEnumerable<int> SlotsBelow() =>
        KeyChildren.Concat(IndexChildren).SelectMany(c => c.Targets.Select(t => t.Slot).Concat(c.SlotsBelow()));

    /// <summary>Returns the child remembered for a key string at <paramref name="position"/>: its index, -1 for none, -2 when unknown.</summary>
    public int CachedKey(long position)
    {
        var entry = Volatile.Read(ref _keyCache[(int)(position ^ (position >> 5)) & 31]);
        return entry >> 16 == position ? (int)(entry & 0xFFFF) - 2 : -2;
    }

    /// <summary>Remembers the child for a key string at <paramref name="position"/>.</summary>
    public void RememberKey(long position, int child)
    {
        if (position < (1L << 46))
        {
            Volatile.Write(ref _keyCache[(int)(position ^ (position >> 5)) & 31], (position << 16) | (long)(child + 2));
        }
    }

    /// <summary>Finds the child for a map key, or -1.</summary>
    public int FindKey(ReadOnlySpan<byte> key)
    {
        var keys = Keys;
        for (var i = 0; i < keys.Length; i++)
        {
            var candidate = keys[i];
            if (candidate.Length == key.Length && key.SequenceEqual(candidate))
            {
                return i;
            }
        }

        return -1;
    }
}
