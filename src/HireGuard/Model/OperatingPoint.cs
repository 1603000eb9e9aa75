namespace HireGuard.Model;

/// <summary>The best recall reachable without exceeding a target false-positive rate, and the threshold that reaches it.</summary>
/// <param name="TargetFalsePositiveRate">The false-positive rate that must not be exceeded.</param>
/// <param name="Threshold">Flag rows whose score is ≥ this (positive infinity: flag nothing).</param>
/// <param name="Recall">The recall at that threshold.</param>
/// <param name="FalsePositiveRate">The false-positive rate actually reached (≤ the target).</param>
public sealed record OperatingPoint(double TargetFalsePositiveRate, double Threshold, double Recall, double FalsePositiveRate);
