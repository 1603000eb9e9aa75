using System.Collections.Concurrent;

namespace HireGuard.Internal;

/// <summary>Cached IANA time-zone resolution (the system lookup reads tzdata and is slow on first use per id).</summary>
internal static class TimeZones
{
    private const int MaxCached = 4096;
    private static readonly ConcurrentDictionary<string, TimeZoneInfo?> Cache = new(StringComparer.Ordinal);

    public static TimeZoneInfo? Find(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 64)
        {
            return null;
        }

        if (Cache.TryGetValue(id, out var zone))
        {
            return zone;
        }

        zone = TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found) ? found : null;
        if (Cache.Count < MaxCached)
        {
            Cache.TryAdd(id, zone);
        }

        return zone;
    }
}
