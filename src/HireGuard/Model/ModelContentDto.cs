namespace HireGuard.Model;

/// <summary>Everything the SHA-256 covers: the model proper.</summary>
internal sealed class ModelContentDto
{
    public required string Kind { get; init; }

    public required FeatureManifestDto Features { get; init; }

    public required TrainingManifestDto Training { get; init; }

    public required Dictionary<string, double> Metrics { get; init; }

    public required CalibrationDto Calibration { get; init; }

    public LinearModelDto? Linear { get; init; }

    public TreeEnsembleDto? Trees { get; init; }
}
