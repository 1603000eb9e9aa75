using System.Text.Json.Serialization;

namespace HireGuard.Scoring;

/// <summary>Which part of the engine a reason's contribution comes from.</summary>
public enum ReasonSource
{
    /// <summary>Expert rule weights only.</summary>
    [JsonStringEnumMemberName("rule")]
    Rule,

    /// <summary>The learned model only.</summary>
    [JsonStringEnumMemberName("model")]
    Model,

    /// <summary>Both.</summary>
    [JsonStringEnumMemberName("both")]
    Both,
}
