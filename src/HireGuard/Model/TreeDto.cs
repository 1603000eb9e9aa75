namespace HireGuard.Model;

/// <summary>One tree as stored: parallel node arrays, root first, children after parents, feature -1 for leaves.</summary>
internal sealed class TreeDto
{
    public required int[] Feature { get; init; }

    public required double[] Threshold { get; init; }

    public required int[] Left { get; init; }

    public required int[] Right { get; init; }

    public required bool[] MissingLeft { get; init; }

    public required double[] Value { get; init; }

    public required double[] Cover { get; init; }
}
