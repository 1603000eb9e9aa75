namespace HireGuard.Model;

/// <summary>A model's output for one case: calibrated log-odds and its exact decomposition.</summary>
public sealed record ModelPrediction
{
    /// <summary>Gets the expected log-odds over the training population (the explanation's base value).</summary>
    public required double BaseValue { get; init; }

    /// <summary>Gets the per-feature contributions, including zero ones (a code listed here is covered by the model).</summary>
    public required IReadOnlyList<ModelContribution> Contributions { get; init; }

    /// <summary>Gets the calibrated log-odds: <see cref="BaseValue"/> + Σ contributions.</summary>
    public required double LogOdds { get; init; }

    /// <summary>Gets the uncalibrated model margin, for reference.</summary>
    public double RawScore { get; init; }
}
