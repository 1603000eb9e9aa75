using System.ComponentModel.DataAnnotations;

namespace HireGuard.Synthetic;

/// <summary>Options of a synthetic population: its size, seed, scenario and simulated time span.</summary>
/// <remarks>
/// The same options give byte-identical output on every run and machine: randomness comes only from
/// <see cref="Seed"/> and time only from <see cref="StartDate"/>. Validated when a population is
/// generated (<see cref="SyntheticPopulation.Generate(SyntheticPopulationOptions)"/> throws one
/// <see cref="Microsoft.Extensions.Options.OptionsValidationException"/> listing every failure).
/// </remarks>
public class SyntheticPopulationOptions
{
    /// <summary>Gets or sets how many cases to generate.</summary>
    /// <value>The default value is 10,000.</value>
    [Range(1, 10_000_000)]
    public int Count { get; set; } = 10_000;

    /// <summary>Gets or sets the seed of every random draw.</summary>
    /// <value>The default value is 1.</value>
    public int Seed { get; set; } = 1;

    /// <summary>Gets or sets the hiring channel imitated, which sets the base rates (INDICATORS.md §6.2).</summary>
    /// <value>The default value is <see cref="SyntheticScenario.General"/>.</value>
    [EnumDataType(typeof(SyntheticScenario))]
    public SyntheticScenario Scenario { get; set; } = SyntheticScenario.General;

    /// <summary>Gets or sets the first day of simulated time (UTC); applications spread from here over <see cref="DurationDays"/>.</summary>
    /// <value>The default value is 2024-01-01.</value>
    public DateOnly StartDate { get; set; } = new(2024, 1, 1);

    /// <summary>Gets or sets the simulated span in days, over which operator tactics drift (§6.6).</summary>
    /// <value>The default value is 730 (two years).</value>
    [Range(30, 3650)]
    public int DurationDays { get; set; } = 730;

    /// <summary>Gets or sets the share of applicants who are DPRK operators, overriding the scenario's base rate (e.g. to enrich a training set).</summary>
    /// <value>The default value is <see langword="null"/>: the scenario's rate.</value>
    /// <remarks>The manifest records the override, so an enriched set is never mistaken for a prevalence estimate.</remarks>
    [Range(0.0, 0.9)]
    public double? DprkShareOverride { get; set; }

    /// <summary>Gets or sets whether recorded outcomes carry label noise (INDICATORS.md §6.9); the true outcome is kept in <c>eval_true_outcome</c> either way.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool LabelNoise { get; set; } = true;
}
