namespace HireGuard.IpIntelligence;

/// <summary>
/// The writer's in-memory binary trie. A record is 0 (empty), a positive node index, or a negative
/// value reference <c>-(valueIndex + 1)</c>. Node 0 is the root. Values are deduplicated on insert.
/// </summary>
internal sealed class MmdbWriterTrie
{
    private readonly List<object> _values = [];
    private readonly Dictionary<object, int> _valueIndex = new(MmdbValueComparer.Instance);
    private readonly Dictionary<(int Old, int New, MmdbMergeStrategy Strategy), int> _merges = [];
    private int[] _left = new int[1024];
    private int[] _right = new int[1024];
    private int _count = 1;

    public MmdbWriterTrie(int bits)
    {
        Bits = bits;
    }

    public int Bits { get; }

    public int NodeCount => _count;

    public IReadOnlyList<object> Values => _values;

    /// <summary>Returns the record that refers to a value (deduplicated).</summary>
    public int ValueRecord(object value)
    {
        if (!_valueIndex.TryGetValue(value, out var index))
        {
            index = _values.Count;
            _values.Add(value);
            _valueIndex[value] = index;
        }

        return -(index + 1);
    }

    public int Get(int node, int bit) => bit == 0 ? _left[node] : _right[node];

    /// <summary>Sets the network's record (0 removes), merging with what is there per <paramref name="strategy"/>.</summary>
    public void Insert(UInt128 address, int prefix, int record, MmdbMergeStrategy strategy)
    {
        if (prefix == 0)
        {
            Apply(0, 0, record, strategy);
            Apply(0, 1, record, strategy);
            return;
        }

        var node = 0;
        for (var depth = 0; depth < prefix; depth++)
        {
            var bit = (int)((address >> (Bits - 1 - depth)) & UInt128.One);
            if (depth == prefix - 1)
            {
                Apply(node, bit, record, strategy);
                return;
            }

            var current = Get(node, bit);
            if (current > 0)
            {
                node = current;
                continue;
            }

            var child = NewNode(current, current);
            Set(node, bit, child);
            node = child;
        }
    }

    /// <summary>Returns the record covering <c>address/prefix</c> (walking at most <paramref name="prefix"/> bits).</summary>
    public int RecordAt(UInt128 address, int prefix)
    {
        var node = 0;
        for (var depth = 0; depth < prefix; depth++)
        {
            var bit = (int)((address >> (Bits - 1 - depth)) & UInt128.One);
            var record = Get(node, bit);
            if (depth == prefix - 1 || record <= 0)
            {
                return record;
            }

            node = record;
        }

        return node;
    }

    /// <summary>Replaces every node whose two halves hold the same value (or are both empty) by that value.</summary>
    public void MergeAdjacent()
    {
        _left[0] = Simplify(_left[0]);
        _right[0] = Simplify(_right[0]);
    }

    private int Simplify(int record)
    {
        if (record <= 0)
        {
            return record;
        }

        var left = Simplify(_left[record]);
        var right = Simplify(_right[record]);
        _left[record] = left;
        _right[record] = right;
        return left == right && left <= 0 ? left : record;
    }

    private void Apply(int node, int bit, int record, MmdbMergeStrategy strategy)
    {
        if (record >= 0 || strategy == MmdbMergeStrategy.Replace)
        {
            Set(node, bit, record);
            return;
        }

        Set(node, bit, MergeInto(Get(node, bit), record, strategy));
    }

    private int MergeInto(int current, int record, MmdbMergeStrategy strategy)
    {
        if (current == 0)
        {
            return record;
        }

        if (current < 0)
        {
            var key = (-current - 1, -record - 1, strategy);
            if (!_merges.TryGetValue(key, out var merged))
            {
                merged = ValueRecord(MmdbWriterValues.Merge(_values[key.Item1], _values[key.Item2], strategy));
                _merges[key] = merged;
            }

            return merged;
        }

        _left[current] = MergeInto(_left[current], record, strategy);
        _right[current] = MergeInto(_right[current], record, strategy);
        return current;
    }

    private void Set(int node, int bit, int record)
    {
        if (bit == 0)
        {
            _left[node] = record;
        }
        else
        {
            _right[node] = record;
        }
    }

    private int NewNode(int left, int right)
    {
        if (_count == _left.Length)
        {
            Array.Resize(ref _left, _left.Length * 2);
            Array.Resize(ref _right, _right.Length * 2);
        }

        _left[_count] = left;
        _right[_count] = right;
        return _count++;
    }
}
