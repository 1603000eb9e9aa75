namespace HireGuard.Sanctions;

/// <summary>The outcome of screening one party.</summary>
public sealed record SanctionsScreeningResult
{
    /// <summary>Gets the result with no hits.</summary>
    public static SanctionsScreeningResult Empty { get; } = new();

    /// <summary>Gets the hits, strongest first.</summary>
    public IReadOnlyList<SanctionsHit> Hits { get; init => field = value ?? []; } = [];

    /// <summary>Gets the lists the party was screened against (the same snapshot for every hit, even during a reload).</summary>
    public IReadOnlyList<Evidence.DataSourceInfo> Lists { get; init => field = value ?? []; } = [];

    /// <summary>Gets whether any hit is <see cref="SanctionsMatchConfidence.Definitive"/>.</summary>
    public bool HasDefinitiveHit => Hits.Any(h => h.Confidence == SanctionsMatchConfidence.Definitive);
}
