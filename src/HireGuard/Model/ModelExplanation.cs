namespace HireGuard.Model;

/// <summary>
/// An exact additive explanation of one prediction: <c>BaseValue + Σ Contributions[i].LogOdds = LogOdds</c>
/// (calibrated log-odds), up to floating-point rounding, which <see cref="AdditivityError"/> reports.
/// </summary>
public sealed record ModelExplanation
{
    /// <summary>Gets how the contributions were computed.</summary>
    public required ExplanationMethod Method { get; init; }

    /// <summary>Gets the output space of every number below: calibrated log-odds.</summary>
    public string OutputSpace { get; } = "log-odds";

    /// <summary>Gets the calibrated log-odds of the reference population (the training data's expected raw score, calibrated).</summary>
    public required double BaseValue { get; init; }

    /// <summary>Gets the calibrated log-odds of this prediction.</summary>
    public required double LogOdds { get; init; }

    /// <summary>Gets the calibrated probability of this prediction.</summary>
    public required double Probability { get; init; }

    /// <summary>Gets the raw (uncalibrated) score.</summary>
    public required double RawScore { get; init; }

    /// <summary>Gets the raw base value (before calibration).</summary>
    public required double RawBaseValue { get; init; }

    /// <summary>Gets the calibration slope that scaled every raw contribution.</summary>
    public required double CalibrationSlope { get; init; }

    /// <summary>Gets one contribution per feature, in manifest order (zero for features that played no part).</summary>
    public required IReadOnlyList<FeatureContribution> Contributions { get; init; }

    /// <summary>Gets |BaseValue + Σ contributions − LogOdds|: floating-point rounding only.</summary>
    public double AdditivityError
    {
        get
        {
            var sum = BaseValue;
            foreach (var c in Contributions)
            {
                sum += c.LogOdds;
            }

            return Math.Abs(sum - LogOdds);
        }
    }

    /// <summary>Returns the contributions ordered by absolute size, largest first (ties by feature index).</summary>
    /// <param name="count">How many to return at most.</param>
    /// <returns>The largest contributions.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public IReadOnlyList<FeatureContribution> Top(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var ordered = Contributions.ToArray();
        Array.Sort(ordered, static (x, y) =>
        {
            var c = Math.Abs(y.LogOdds).CompareTo(Math.Abs(x.LogOdds));
            return c != 0 ? c : x.FeatureIndex.CompareTo(y.FeatureIndex);
        });
        return ordered.Length <= count ? ordered : ordered[..count];
    }
}
