namespace HireGuard.Model;

/// <summary>A tree ensemble as stored: raw = bias + Σ trees.</summary>
internal sealed class TreeEnsembleDto
{
    public required double Bias { get; init; }

    public required List<TreeDto> Trees { get; init; }
}
