using System.Text.Json.Serialization;

namespace HireGuard.Scoring;

/// <summary>What HireGuard recommends. It never recommends rejection: people decide, after verification.</summary>
public enum Recommendation
{
    /// <summary>Continue the normal process.</summary>
    [JsonStringEnumMemberName("proceed")]
    Proceed,

    /// <summary>Run the recommended verification steps before continuing.</summary>
    [JsonStringEnumMemberName("verify")]
    Verify,

    /// <summary>Hand the case to security or compliance.</summary>
    [JsonStringEnumMemberName("escalate")]
    Escalate,
}
