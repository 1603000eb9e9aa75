using System.Collections;

namespace HireGuard.IpIntelligence;

/// <summary>A decoded MMDB array: immutable, so it can be shared between lookups.</summary>
internal sealed class MmdbList(object[] items) : IReadOnlyList<object>
{
    public static MmdbList Empty { get; } = new([]);

    public int Count => items.Length;

    public object this[int index] => items[index];

    public IEnumerator<object> GetEnumerator() => ((IEnumerable<object>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
