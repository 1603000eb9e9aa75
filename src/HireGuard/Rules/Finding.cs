namespace HireGuard.Rules;

/// <summary>One indicator a rule found, with the weight it carries and the inputs it rests on.</summary>
public sealed record Finding
{
    /// <summary>Gets the indicator code.</summary>
    public required string Code { get; init; }

    /// <summary>Gets the family.</summary>
    public required IndicatorCategory Category { get; init; }

    /// <summary>Gets the id of the rule that found it.</summary>
    public required string RuleId { get; init; }

    /// <summary>Gets the version of the rule that found it.</summary>
    public required string RuleVersion { get; init; }

    /// <summary>Gets how strongly it fired, in (0, 1].</summary>
    public required double Strength { get; init; }

    /// <summary>Gets the configured weight in log-odds at full strength.</summary>
    public required double Weight { get; init; }

    /// <summary>Gets the expert contribution: <see cref="Weight"/> × <see cref="Strength"/>, in log-odds.</summary>
    public double LogOdds => Weight * Strength;

    /// <summary>Gets whether it is a definitive compliance hit, which forces the <c>Critical</c> band and <c>Escalate</c>.</summary>
    public bool Definitive { get; init; }

    /// <summary>Gets a specific, reviewer-facing sentence.</summary>
    public required string Text { get; init; }

    /// <summary>Gets the inputs it rests on.</summary>
    public IReadOnlyList<EvidenceItem> Evidence { get; init => field = value ?? []; } = [];
}
