namespace HireGuard.Synthetic;

/// <summary>
/// The label of one synthetic case: what the labels file (<c>labels.csv</c>) records for it. The
/// <see cref="Outcome"/> carries label noise (INDICATORS.md §6.9); <see cref="TrueOutcome"/> and the
/// protected attributes are evaluation-only and must never reach a feature.
/// </summary>
public sealed record SyntheticLabel
{
    /// <summary>Gets the case id (equal to the case's <c>caseId</c>).</summary>
    public required string CaseId { get; init; }

    /// <summary>Gets the recorded outcome, with label noise.</summary>
    public required SyntheticOutcome Outcome { get; init; }

    /// <summary>Gets when the outcome was decided (UTC).</summary>
    public required DateTimeOffset DecidedAt { get; init; }

    /// <summary>Gets the split group: the DPRK cell, the fraud actor, or the legitimate hiring cohort. Never split one group across train and test.</summary>
    public required string Group { get; init; }

    /// <summary>Gets the segment: the DPRK persona type, other-fraud sub-type or legitimate look-alike archetype (§6.5).</summary>
    public required string Segment { get; init; }

    /// <summary>Gets the outcome without label noise (evaluation only).</summary>
    public required SyntheticOutcome TrueOutcome { get; init; }

    /// <summary>Gets the simulated time as a fraction of the scenario span, 0 to 1 (evaluation only; for drift studies).</summary>
    public required double SimulatedTime { get; init; }

    /// <summary>
    /// Gets the evaluation-only columns, in file order, keyed without the <c>eval_</c> prefix: protected
    /// attributes drawn from the same distribution for every class (sex, national-origin group,
    /// citizenship, immigrant status, disability, primary language, age band) and generator latents
    /// (true outcome, sophistication, identity type, facilitator, stage reached).
    /// </summary>
    public required IReadOnlyList<KeyValuePair<string, string>> Evaluation { get; init; }
}
