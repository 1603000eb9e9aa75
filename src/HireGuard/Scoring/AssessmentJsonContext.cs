using System.Text.Json.Serialization;

namespace HireGuard.Scoring;

/// <summary>Source-generated JSON metadata for the output contract.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(RiskAssessment))]
internal sealed partial class AssessmentJsonContext : JsonSerializerContext;
