using System.Text.Json.Serialization;

namespace HireGuard.Sanctions;

/// <summary>Source-generated JSON metadata for the watchlist format (trimming- and AOT-safe).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    MaxDepth = 16)]
[JsonSerializable(typeof(WatchlistJsonDocument))]
internal sealed partial class WatchlistJsonContext : JsonSerializerContext
{
}
