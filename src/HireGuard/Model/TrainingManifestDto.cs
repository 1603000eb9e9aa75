namespace HireGuard.Model;

/// <summary>The training manifest as stored.</summary>
internal sealed class TrainingManifestDto
{
    public required string Trainer { get; init; }

    public required Dictionary<string, string> HyperParameters { get; init; }

    public required string DataSha256 { get; init; }

    public required int TrainingRowCount { get; init; }

    public required int TrainingPositiveCount { get; init; }

    public required int ValidationRowCount { get; init; }

    public required int ValidationPositiveCount { get; init; }

    public required int Seed { get; init; }

    public required int Iterations { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required DateTimeOffset FinishedAt { get; init; }

    public required string LibraryVersion { get; init; }
}
