namespace HireGuard.Model;

/// <summary>A logistic model as stored: raw = intercept + Σ (present ? w·clamp(x, min, max) : w·mean + missingWeight).</summary>
internal sealed class LinearModelDto
{
    public required double Intercept { get; init; }

    public required double[] Weights { get; init; }

    public required double[] Means { get; init; }

    public required double[] MissingWeights { get; init; }

    public required double[] MissingRates { get; init; }

    public required double[] Minimums { get; init; }

    public required double[] Maximums { get; init; }
}
