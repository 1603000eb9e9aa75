using HireGuard.Linkage;
using HireGuard.Rules;
using HireGuard.Sanctions;
using HireGuard.Signals;

namespace HireGuard.Scoring;

/// <summary>
/// The explained outcome of evaluating one hiring case. The score is a calibrated probability × 100
/// and is exactly explained: <c>logit(Score/100) = BaseLogOdds + Σ Reasons[i].LogOdds</c>.
/// HireGuard recommends verification steps; it never recommends rejection.
/// </summary>
public sealed record RiskAssessment
{
    /// <summary>Gets the assessment's id (deterministic by default: derived from the input, the time and the rule set).</summary>
    public required string AssessmentId { get; init; }

    /// <summary>Gets the case id from the input.</summary>
    public required string CaseId { get; init; }

    /// <summary>Gets when the case was evaluated.</summary>
    public required DateTimeOffset EvaluatedAt { get; init; }

    /// <summary>Gets the risk score in [0, 100]: the calibrated probability × 100.</summary>
    public required double Score { get; init; }

    /// <summary>Gets the band.</summary>
    public required RiskBand Band { get; init; }

    /// <summary>Gets the recommendation (never a rejection).</summary>
    public required Recommendation Recommendation { get; init; }

    /// <summary>Gets whether a person must review the case before any decision (band medium or above, or an override).</summary>
    public required bool HumanReviewRequired { get; init; }

    /// <summary>Gets the base log-odds: the configured prior, or the model's expected value blended with it.</summary>
    public required double BaseLogOdds { get; init; }

    /// <summary>Gets the total log-odds: <see cref="BaseLogOdds"/> + Σ reason log-odds.</summary>
    public required double LogOdds { get; init; }

    /// <summary>Gets why the band was forced, when a definitive compliance hit forced it.</summary>
    public BandOverride? Override { get; init; }

    /// <summary>Gets the reasons, risk-raising first by size, then risk-reducing ones.</summary>
    public IReadOnlyList<Reason> Reasons { get; init => field = value ?? []; } = [];

    /// <summary>Gets the learned model's explanation, when a model is configured.</summary>
    public ModelExplanation? Model { get; init; }

    /// <summary>Gets every finding of every rule that fired, with the rule's version.</summary>
    public IReadOnlyList<Finding> Findings { get; init => field = value ?? []; } = [];

    /// <summary>Gets the identifiers this case shares with other cases (pseudonymous peer ids).</summary>
    public IReadOnlyList<LinkageMatch> Links { get; init => field = value ?? []; } = [];

    /// <summary>Gets the sanctions hits, with match details and what corroborated them.</summary>
    public IReadOnlyList<SanctionsHit> Sanctions { get; init => field = value ?? []; } = [];

    /// <summary>Gets the input warnings (unusable values that were treated as missing).</summary>
    public IReadOnlyList<InputWarning> Warnings { get; init => field = value ?? []; } = [];

    /// <summary>Gets the signals that were not available; the indicators behind them were not scored (missing is not clean).</summary>
    public IReadOnlyList<MissingSignal> MissingSignals { get; init => field = value ?? []; } = [];

    /// <summary>Gets the verification steps to apply (the same steps for everyone at this stage and band).</summary>
    public IReadOnlyList<RecommendedAction> RecommendedActions { get; init => field = value ?? []; } = [];

    /// <summary>Gets what the assessment was computed with.</summary>
    public required Provenance Provenance { get; init; }

    /// <summary>
    /// Returns the principal risk-raising reasons in plain language, for telling the candidate why
    /// more verification is needed.
    /// </summary>
    /// <param name="max">The most reasons to include (adverse-action practice: four).</param>
    /// <returns>The statement.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="max"/> is less than 1.</exception>
    public CandidateStatement ToCandidateStatement(int max = 4)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var items = new List<CandidateStatementItem>();
        var texts = new HashSet<string>(StringComparer.Ordinal);
        IEnumerable<Reason> ordered = Reasons.Where(r => r.LogOdds > 0);
        if (Override is { } o)
        {
            ordered = ordered.OrderByDescending(r => string.Equals(r.Code, o.Code, StringComparison.Ordinal));
        }

        foreach (var reason in ordered)
        {
            var text = reason.CandidateText
                ?? (IndicatorCatalog.TryGet(reason.Code, out var d) ? d.CandidateText : null);
            if (text is not null && texts.Add(text))
            {
                items.Add(new CandidateStatementItem(reason.Code, text));
                if (items.Count == max)
                {
                    break;
                }
            }
        }

        return new CandidateStatement { Items = items };
    }

    /// <summary>Serializes the assessment as JSON (camelCase, nulls omitted).</summary>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text; byte-identical for identical input and configuration.</returns>
    public string ToJson(bool indented = false) => RiskAssessmentJson.Write(this, indented);
}
