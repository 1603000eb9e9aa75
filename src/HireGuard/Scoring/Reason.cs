using System.Text.Json.Serialization;
using HireGuard.Rules;

namespace HireGuard.Scoring;

/// <summary>
/// One reason for the score: an indicator and its exact share of the log-odds. The score satisfies
/// <c>logit(score/100) = baseLogOdds + Σ reason.logOdds</c>.
/// </summary>
public sealed record Reason
{
    /// <summary>Gets the stable indicator code. Match on it, never on <see cref="Text"/>.</summary>
    public required string Code { get; init; }

    /// <summary>Gets the family.</summary>
    public required IndicatorCategory Category { get; init; }

    /// <summary>Gets a reviewer-facing sentence; it may change between versions.</summary>
    public required string Text { get; init; }

    /// <summary>Gets the contribution in log-odds (negative for risk-reducing reasons).</summary>
    public required double LogOdds { get; init; }

    /// <summary>Gets the odds multiplier, <c>exp(LogOdds)</c>.</summary>
    public double OddsMultiplier => Math.Exp(LogOdds);

    /// <summary>Gets where the contribution comes from.</summary>
    public required ReasonSource Source { get; init; }

    /// <summary>Gets the expert (rule) part before blending, when a rule found the indicator.</summary>
    public double? RuleLogOdds { get; init; }

    /// <summary>Gets the model part before blending, when the model covers the indicator.</summary>
    public double? ModelLogOdds { get; init; }

    /// <summary>Gets the inputs the reason rests on (secrets masked).</summary>
    public IReadOnlyList<EvidenceItem> Evidence { get; init => field = value ?? []; } = [];

    /// <summary>Gets the plain-language sentence a candidate may be shown (not serialized).</summary>
    [JsonIgnore]
    internal string? CandidateText { get; init; }
}
