namespace HireGuard.Model;

/// <summary>The model file's top level: format id and version, the SHA-256 of the canonical content, and the content.</summary>
internal sealed class ModelFileDocument
{
    public required string Format { get; init; }

    public required int FormatVersion { get; init; }

    public required string Sha256 { get; init; }

    public required ModelContentDto Model { get; init; }
}
