namespace HireGuard.Synthetic;

/// <summary>What <see cref="SyntheticPopulation.Write"/> produced (also written as <c>manifest.json</c>).</summary>
public sealed record SyntheticPopulationSummary
{
    /// <summary>Gets the output directory.</summary>
    public required string Directory { get; init; }

    /// <summary>Gets the number of cases written.</summary>
    public required int Count { get; init; }

    /// <summary>Gets the seed.</summary>
    public required int Seed { get; init; }

    /// <summary>Gets the scenario's text form (<c>general</c>, <c>low_base_rate</c>, <c>high_base_rate</c>, <c>adversarial</c>).</summary>
    public required string Scenario { get; init; }

    /// <summary>Gets the share of DPRK applicants the population was drawn with.</summary>
    public required double DprkShare { get; init; }

    /// <summary>Gets the number of cases per recorded outcome (<c>confirmed_dprk</c>, <c>other_fraud</c>, <c>cleared</c>).</summary>
    public required IReadOnlyDictionary<string, int> Outcomes { get; init; }

    /// <summary>Gets the number of cases per segment.</summary>
    public required IReadOnlyDictionary<string, int> Segments { get; init; }

    /// <summary>Gets the earliest application time.</summary>
    public required DateTimeOffset FirstApplication { get; init; }

    /// <summary>Gets the latest decision time.</summary>
    public required DateTimeOffset LastDecision { get; init; }
}
