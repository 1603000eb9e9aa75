namespace HireGuard.Model;

/// <summary>How a model was trained: trainer, hyper-parameters, data fingerprint, sizes, seed and time.</summary>
public sealed record TrainingManifest
{
    /// <summary>Gets the trainer's name (<c>gradient-boosted-trees</c> or <c>logistic-regression</c>).</summary>
    public required string Trainer { get; init; }

    /// <summary>Gets the hyper-parameters, formatted with the invariant culture.</summary>
    public required IReadOnlyDictionary<string, string> HyperParameters { get; init; }

    /// <summary>Gets the SHA-256 of the training table as passed to <c>Fit</c> (see <see cref="FeatureTable.ComputeSha256"/>).</summary>
    public required string DataSha256 { get; init; }

    /// <summary>Gets the number of rows the model was fitted on (after any hold-out).</summary>
    public required int TrainingRowCount { get; init; }

    /// <summary>Gets the number of positive rows the model was fitted on.</summary>
    public required int TrainingPositiveCount { get; init; }

    /// <summary>Gets the number of held-out rows used for early stopping and calibration (0 when none).</summary>
    public required int ValidationRowCount { get; init; }

    /// <summary>Gets the number of positive held-out rows.</summary>
    public required int ValidationPositiveCount { get; init; }

    /// <summary>Gets the seed the trainer used.</summary>
    public required int Seed { get; init; }

    /// <summary>Gets the number of iterations kept (trees, or Newton steps for logistic regression).</summary>
    public required int Iterations { get; init; }

    /// <summary>Gets when training started, from the trainer's <see cref="TimeProvider"/>.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>Gets when training finished, from the trainer's <see cref="TimeProvider"/>.</summary>
    public required DateTimeOffset FinishedAt { get; init; }

    /// <summary>Gets the HireGuard library version that trained the model.</summary>
    public required string LibraryVersion { get; init; }
}
