using System.Collections;
using System.Numerics;

namespace HireGuard.IpIntelligence;

/// <summary>Turns caller objects into the writer's immutable value model, and merges values.</summary>
internal static class MmdbWriterValues
{
    /// <summary>
    /// Converts a caller value: string, bool, double, float, byte[], ushort, uint, int, ulong,
    /// <see cref="UInt128"/>, a string-keyed dictionary (map) or any other enumerable (array).
    /// <c>byte</c> → uint16, <c>sbyte</c>/<c>short</c> → int32, <c>long</c> → uint32/uint64 when
    /// non-negative (smallest that fits) or int32 when negative, <see cref="BigInteger"/> → uint128.
    /// </summary>
    /// <exception cref="ArgumentException">The value (or something inside it) cannot be stored.</exception>
    public static object Normalize(object? value, string parameterName, int depth = 0)
    {
        if (depth > MmdbDecoder.MaxDepth - 8)
        {
            throw new ArgumentException($"The value is nested deeper than {MmdbDecoder.MaxDepth - 8} levels (or contains itself).", parameterName);
        }

        switch (value)
        {
            case null:
                throw new ArgumentException("MMDB has no null value; leave the key out instead.", parameterName);
            case string or bool or double or float or ushort or uint or int or ulong or UInt128:
                return value;
            case MmdbWriterMap or MmdbWriterArray:
                return value;
            case byte b:
                return (ushort)b;
            case sbyte sb:
                return (int)sb;
            case short sh:
                return (int)sh;
            case long l:
                return l switch
                {
                    >= 0 and <= uint.MaxValue => (uint)l,
                    >= 0 => (ulong)l,
                    >= int.MinValue => (int)l,
                    _ => throw new ArgumentException($"{l} cannot be stored: MMDB has no signed 64-bit type.", parameterName),
                };
            case BigInteger big:
                if (big.Sign < 0 || big > (BigInteger)UInt128.MaxValue)
                {
                    throw new ArgumentException($"{big} does not fit in uint128.", parameterName);
                }

                return (UInt128)big;
            case byte[] bytes:
                return bytes.ToArray();
            case IDictionary dictionary:
                {
                    var entries = new List<KeyValuePair<string, object>>(dictionary.Count);
                    foreach (DictionaryEntry entry in dictionary)
                    {
                        if (entry.Key is not string key)
                        {
                            throw new ArgumentException("Map keys must be strings.", parameterName);
                        }

                        entries.Add(new(key, Normalize(entry.Value, parameterName, depth + 1)));
                    }

                    return ToMap(entries);
                }

            case IEnumerable<KeyValuePair<string, object?>> pairs:
                {
                    var entries = new List<KeyValuePair<string, object>>();
                    foreach (var (key, item) in pairs)
                    {
                        entries.Add(new(key, Normalize(item, parameterName, depth + 1)));
                    }

                    return ToMap(entries);
                }

            case IEnumerable enumerable:
                {
                    var items = new List<object>();
                    foreach (var item in enumerable)
                    {
                        items.Add(Normalize(item, parameterName, depth + 1));
                    }

                    return new MmdbWriterArray([.. items]);
                }

            default:
                throw new ArgumentException($"A {value.GetType().Name} cannot be stored in an MMDB database.", parameterName);
        }
    }

    /// <summary>Merges <paramref name="incoming"/> into <paramref name="existing"/>.</summary>
    public static object Merge(object existing, object incoming, MmdbMergeStrategy strategy)
    {
        if (strategy == MmdbMergeStrategy.Replace)
        {
            return incoming;
        }

        if (existing is MmdbWriterMap oldMap && incoming is MmdbWriterMap newMap)
        {
            var merged = new Dictionary<string, object>(StringComparer.Ordinal);
            foreach (var (key, value) in oldMap.Entries)
            {
                merged[key] = value;
            }

            foreach (var (key, value) in newMap.Entries)
            {
                merged[key] = strategy == MmdbMergeStrategy.MergeDeep && merged.TryGetValue(key, out var old)
                    ? Merge(old, value, strategy)
                    : value;
            }

            return ToMap([.. merged]);
        }

        if (strategy == MmdbMergeStrategy.MergeDeep && existing is MmdbWriterArray oldArray && incoming is MmdbWriterArray newArray)
        {
            var items = new List<object>(oldArray.Items);
            var seen = new HashSet<object>(oldArray.Items, MmdbValueComparer.Instance);
            foreach (var item in newArray.Items)
            {
                if (seen.Add(item))
                {
                    items.Add(item);
                }
            }

            return new MmdbWriterArray([.. items]);
        }

        return incoming;
    }

    private static MmdbWriterMap ToMap(List<KeyValuePair<string, object>> entries)
    {
        var array = entries.ToArray();
        Array.Sort(array, MmdbWriterMap.EntryComparer.Instance);
        return new MmdbWriterMap(array);
    }
}
