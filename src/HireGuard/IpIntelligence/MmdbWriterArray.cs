namespace HireGuard.IpIntelligence;

/// <summary>An immutable array of the writer's value model, hash cached.</summary>
internal sealed class MmdbWriterArray(object[] items)
{
    private int _hash;

    public object[] Items { get; } = items;

    public int Hash
    {
        get
        {
            if (_hash == 0)
            {
                var hash = default(HashCode);
                hash.Add(11);
                foreach (var item in Items)
                {
                    hash.Add(MmdbValueComparer.Instance.GetHashCode(item));
                }

                _hash = hash.ToHashCode() | 1;
            }

            return _hash;
        }
    }
}
