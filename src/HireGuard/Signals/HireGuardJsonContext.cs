using System.Text.Json.Serialization;

namespace HireGuard.Signals;

/// <summary>
/// Source-generated System.Text.Json metadata for the input contract: camelCase properties,
/// camelCase enum strings, nulls omitted on write. Reflection-free and AOT-safe.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(HiringCase))]
internal sealed partial class HireGuardJsonContext : JsonSerializerContext;
