using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace HireGuard.IpIntelligence;

/// <summary>
/// A decoded MMDB map: immutable, in file order, the first of duplicate keys kept. Small maps (all
/// of a GeoIP2 record's) are searched linearly; larger ones get an index on first lookup. Immutable,
/// so decoded maps reached through pointers can be shared between lookups.
/// </summary>
internal sealed class MmdbMap : IReadOnlyDictionary<string, object>
{
    private const int LinearLimit = 12;
    private readonly KeyValuePair<string, object>[] _entries;
    private Dictionary<string, object>? _index;

    public MmdbMap(KeyValuePair<string, object>[] entries)
    {
        _entries = entries;
    }

    public static MmdbMap Empty { get; } = new([]);

    public int Count => _entries.Length;

    public IEnumerable<string> Keys => _entries.Select(e => e.Key);

    public IEnumerable<object> Values => _entries.Select(e => e.Value);

    public object this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The map has no key '{key}'.");

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_entries.Length <= LinearLimit)
        {
            foreach (var entry in _entries)
            {
                if (string.Equals(entry.Key, key, StringComparison.Ordinal))
                {
                    value = entry.Value;
                    return true;
                }
            }

            value = null;
            return false;
        }

        var index = Volatile.Read(ref _index);
        if (index is null)
        {
            index = new Dictionary<string, object>(_entries.Length, StringComparer.Ordinal);
            foreach (var (k, v) in _entries)
            {
                index.TryAdd(k, v);
            }

            Volatile.Write(ref _index, index);
        }

        return index.TryGetValue(key, out value);
    }

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object>>)_entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
