using System.Text.Json.Serialization;

namespace HireGuard.Rules;

/// <summary>Under what controls an indicator may be scored (INDICATORS.md §0).</summary>
public enum IndicatorUse
{
    /// <summary>Usable as a scoring signal.</summary>
    [JsonStringEnumMemberName("ok")]
    Ok,

    /// <summary>
    /// Usable only with controls: applied uniformly to everyone, measured for disparate impact, with
    /// a documented business need and an accommodation path. Kept at low default weights.
    /// </summary>
    [JsonStringEnumMemberName("contextual")]
    Contextual,
}
