using System.Text.Json.Serialization;

namespace HireGuard.Signals;

/// <summary>
/// Source-generated System.Text.Json metadata for the input contract: camelCase properties,
/// camelCase enum strings, nulls omitted on write. Named floating-point literals
/// are allowed only so that a C# caller's NaN can be hashed; the reader rejects them as wrong types. Reflection-free and AOT-safe.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(HiringCase))]
internal sealed partial class HireGuardJsonContext : JsonSerializerContext;
