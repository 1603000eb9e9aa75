using System.Text.Json.Serialization;

namespace HireGuard.Scoring;

/// <summary>The risk band of an assessment.</summary>
public enum RiskBand
{
    /// <summary>Below the medium threshold.</summary>
    [JsonStringEnumMemberName("low")]
    Low,

    /// <summary>Worth verifying; human review required.</summary>
    [JsonStringEnumMemberName("medium")]
    Medium,

    /// <summary>Strong evidence; human review required.</summary>
    [JsonStringEnumMemberName("high")]
    High,

    /// <summary>Very strong evidence or a definitive compliance hit; escalate.</summary>
    [JsonStringEnumMemberName("critical")]
    Critical,
}
