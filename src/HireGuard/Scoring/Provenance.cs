using HireGuard.Evidence;

namespace HireGuard.Scoring;

/// <summary>Everything an assessment was computed with, so it can be reproduced and audited.</summary>
public sealed record Provenance
{
    /// <summary>Gets the HireGuard library version.</summary>
    public required string LibraryVersion { get; init; }

    /// <summary>Gets the rule-set version: a hash over the rules that ran, their versions, weights and thresholds.</summary>
    public required string RuleSetVersion { get; init; }

    /// <summary>Gets the rules that ran, as <c>id@version</c>.</summary>
    public IReadOnlyList<string> Rules { get; init => field = value ?? []; } = [];

    /// <summary>Gets the model id, when a model is configured.</summary>
    public string? ModelId { get; init; }

    /// <summary>Gets the SHA-256 of the model, when a model is configured.</summary>
    public string? ModelSha256 { get; init; }

    /// <summary>Gets the feature-schema version, when a model is configured.</summary>
    public string? FeatureSchemaVersion { get; init; }

    /// <summary>Gets the date of the oldest sanctions list screened against, when a screener is configured.</summary>
    public DateTimeOffset? SanctionsListDate { get; init; }

    /// <summary>Gets the reference data (IP databases and lists, sanctions lists) with build dates.</summary>
    public IReadOnlyList<DataSourceInfo> DataSources { get; init => field = value ?? []; } = [];

    /// <summary>Gets the SHA-256 of the canonical JSON of the input case, lower-case hex.</summary>
    public required string InputSha256 { get; init; }
}
