namespace HireGuard.Scoring;

/// <summary>The learned model's exact, additive explanation.</summary>
public sealed record ModelExplanation
{
    /// <summary>Gets the model id.</summary>
    public required string ModelId { get; init; }

    /// <summary>Gets how contributions were computed: <c>linear</c> or <c>tree-shap</c>.</summary>
    public required string Method { get; init; }

    /// <summary>Gets the output space of the numbers (always <c>log-odds</c>, calibrated).</summary>
    public string OutputSpace { get; init; } = "log-odds";

    /// <summary>Gets the expected log-odds over the training population.</summary>
    public required double BaseValue { get; init; }

    /// <summary>Gets the model's calibrated log-odds for this case (base value + Σ contributions).</summary>
    public required double LogOdds { get; init; }

    /// <summary>Gets the uncalibrated margin.</summary>
    public double RawScore { get; init; }

    /// <summary>Gets the weight of the model in the blend with expert weights (see the README's scoring section).</summary>
    public required double BlendWeight { get; init; }

    /// <summary>Gets the non-zero per-feature contributions, largest magnitude first.</summary>
    public IReadOnlyList<FeatureContribution> Contributions { get; init => field = value ?? []; } = [];

    /// <summary>Gets |base value + Σ contributions − log-odds|, which the model contract keeps below 1e-9.</summary>
    public double AdditivityError { get; init; }
}
