using System.Text.Json.Serialization;

namespace HireGuard.Signals;

/// <summary>The severity of an EDR finding.</summary>
public enum EdrSeverity
{
    /// <summary>Informational or low.</summary>
    [JsonStringEnumMemberName("low")]
    Low,

    /// <summary>Medium.</summary>
    [JsonStringEnumMemberName("medium")]
    Medium,

    /// <summary>High.</summary>
    [JsonStringEnumMemberName("high")]
    High,

    /// <summary>Critical.</summary>
    [JsonStringEnumMemberName("critical")]
    Critical,
}
