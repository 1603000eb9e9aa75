using System.Text.Json.Serialization;

namespace HireGuard.Rules;

/// <summary>How much one hit of an indicator says on its own (INDICATORS.md §0).</summary>
public enum IndicatorStrength
{
    /// <summary>Only useful in aggregate or as a tie-breaker.</summary>
    [JsonStringEnumMemberName("weak")]
    Weak,

    /// <summary>Informative, with common legitimate causes; needs corroboration.</summary>
    [JsonStringEnumMemberName("moderate")]
    Moderate,

    /// <summary>Tied to a mechanism of the scheme and rare among legitimate hires; one hit justifies human review.</summary>
    [JsonStringEnumMemberName("strong")]
    Strong,

    /// <summary>A compliance hold (sanctions), not a risk estimate.</summary>
    [JsonStringEnumMemberName("definitive")]
    Definitive,
}
