namespace HireGuard.Model;

/// <summary>The feature manifest as stored.</summary>
internal sealed class FeatureManifestDto
{
    public required string SchemaVersion { get; init; }

    public required List<string> Names { get; init; }
}
