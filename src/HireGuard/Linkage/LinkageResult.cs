namespace HireGuard.Linkage;

/// <summary>What a linkage store found for one case.</summary>
public sealed record LinkageResult
{
    /// <summary>Gets the result with no links.</summary>
    public static LinkageResult Empty { get; } = new();

    /// <summary>Gets the shared identifiers.</summary>
    public IReadOnlyList<LinkageMatch> Matches { get; init => field = value ?? []; } = [];
}
