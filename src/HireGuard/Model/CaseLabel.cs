namespace HireGuard.Model;

/// <summary>One row of a label file: how a case was adjudicated, and the columns used to split and audit.</summary>
public sealed record CaseLabel
{
    /// <summary>Gets the case id (equal to the <c>caseId</c> of the hiring case).</summary>
    public required string CaseId { get; init; }

    /// <summary>Gets the adjudicated outcome.</summary>
    public required CaseOutcome Outcome { get; init; }

    /// <summary>Gets when the outcome was decided.</summary>
    public required DateTimeOffset DecidedAt { get; init; }

    /// <summary>Gets the group the case belongs to (an operator cell, a facilitator network, a requisition): cases of one group always land on the same side of a split.</summary>
    public required string Group { get; init; }

    /// <summary>Gets the segment (e.g. the look-alike archetype of a legitimate case), or null when the row leaves it empty.</summary>
    public string? Segment { get; init; }

    /// <summary>
    /// Gets the evaluation-only columns (<c>eval_*</c>, keyed by the full column name), e.g. synthetic
    /// protected attributes used to audit false-positive rates. They never reach a model or a rule.
    /// </summary>
    public IReadOnlyDictionary<string, string> EvaluationAttributes { get; init => field = value ?? new Dictionary<string, string>(); } = new Dictionary<string, string>();

    /// <summary>Gets whether the case is in the positive class (<see cref="CaseOutcome.ConfirmedDprk"/>).</summary>
    public bool IsPositive => Outcome == CaseOutcome.ConfirmedDprk;
}
