namespace HireGuard.IpIntelligence;

/// <summary>An immutable map of the writer's value model: entries sorted by ordinal key, hash cached.</summary>
internal sealed class MmdbWriterMap(KeyValuePair<string, object>[] entries)
{
    private int _hash;

    public KeyValuePair<string, object>[] Entries { get; } = entries;

    public int Hash
    {
        get
        {
            if (_hash == 0)
            {
                var hash = default(HashCode);
                hash.Add(7);
                foreach (var (key, value) in Entries)
                {
                    hash.Add(key);
                    hash.Add(MmdbValueComparer.Instance.GetHashCode(value));
                }

                _hash = hash.ToHashCode() | 1;
            }

            return _hash;
        }
    }

    public bool TryGet(string key, out object value)
    {
        var index = Array.BinarySearch(Entries, new KeyValuePair<string, object>(key, null!), EntryComparer.Instance);
        if (index >= 0)
        {
            value = Entries[index].Value;
            return true;
        }

        value = null!;
        return false;
    }

    /// <summary>Orders entries by ordinal key.</summary>
    internal sealed class EntryComparer : IComparer<KeyValuePair<string, object>>
    {
        public static EntryComparer Instance { get; } = new();

        public int Compare(KeyValuePair<string, object> x, KeyValuePair<string, object> y) => string.CompareOrdinal(x.Key, y.Key);
    }
}
