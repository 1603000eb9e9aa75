using HireGuard.Evidence;

namespace HireGuard.Rules;

/// <summary>Everything the engine needs to know about one indicator: its code, meaning, default weight and the steps it calls for.</summary>
public sealed record IndicatorDescriptor
{
    /// <summary>Gets the stable code (e.g. <c>PAY.PAYOUT_NAME_MISMATCH</c>). Match on it, never on text.</summary>
    public required string Code { get; init; }

    /// <summary>Gets the family.</summary>
    public required IndicatorCategory Category { get; init; }

    /// <summary>Gets a one-line title for reviewers.</summary>
    public required string Title { get; init; }

    /// <summary>Gets how much one hit says on its own.</summary>
    public IndicatorStrength Strength { get; init; } = IndicatorStrength.Moderate;

    /// <summary>Gets under what controls the indicator may be scored.</summary>
    public IndicatorUse Use { get; init; } = IndicatorUse.Ok;

    /// <summary>Gets the default expert weight in log-odds at full strength; negative for risk-reducing indicators. Options may override it.</summary>
    public double DefaultWeight { get; init; }

    /// <summary>Gets a plain-language sentence a candidate may be shown when this indicator raised the score, without internal jargon.</summary>
    public string? CandidateText { get; init; }

    /// <summary>Gets the codes of the verification steps (see <see cref="Scoring.VerificationActions"/>) this indicator calls for.</summary>
    public IReadOnlyList<string> Actions { get; init => field = value ?? []; } = [];

    /// <summary>Gets the enrichment sources the indicator needs; when one is not configured the indicator is reported as missing.</summary>
    public EvidenceSources RequiredSources { get; init; }

    /// <summary>Gets whether the indicator lowers the risk (a passed verification).</summary>
    public bool IsRiskReducing => DefaultWeight < 0;
}
