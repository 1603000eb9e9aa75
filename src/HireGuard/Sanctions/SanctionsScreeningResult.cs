namespace HireGuard.Sanctions;

/// <summary>The outcome of screening one party.</summary>
public sealed record SanctionsScreeningResult
{
    /// <summary>Gets the result with no hits.</summary>
    public static SanctionsScreeningResult Empty { get; } = new();

    /// <summary>Gets the hits, strongest first.</summary>
    public IReadOnlyList<SanctionsHit> Hits { get; init => field = value ?? []; } = [];
}
