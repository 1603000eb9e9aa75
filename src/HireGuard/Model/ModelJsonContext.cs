using System.Text.Json.Serialization;

namespace HireGuard.Model;

/// <summary>Source-generated JSON for model files: camelCase, strict (unknown members and nulls refused).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(ModelFileDocument))]
[JsonSerializable(typeof(ModelContentDto))]
internal sealed partial class ModelJsonContext : JsonSerializerContext
{
}
