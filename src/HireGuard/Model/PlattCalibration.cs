namespace HireGuard.Model;

/// <summary>
/// Platt scaling: calibrated log-odds = <see cref="Slope"/> × raw score + <see cref="Intercept"/>.
/// </summary>
/// <remarks>
/// <para>It is linear in the raw score, so an explanation stays exact after calibration: the base
/// value maps to Slope × base + Intercept and every contribution is multiplied by Slope.</para>
/// <para>Isotonic regression is deliberately not offered: it is a step function of the raw score,
/// so no per-feature scaling reproduces it (explanations would stop adding up), it ties distinct
/// scores within a step (losing the ranking resolution that recall at 0.1 % FPR depends on), and it
/// needs far more held-out positives than a rare-event problem has.</para>
/// </remarks>
public sealed record PlattCalibration
{
    /// <summary>Initializes a new instance of the <see cref="PlattCalibration"/> class.</summary>
    /// <param name="slope">The multiplier of the raw score; finite and strictly positive.</param>
    /// <param name="intercept">The shift of the calibrated log-odds; finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public PlattCalibration(double slope, double intercept)
    {
        if (!double.IsFinite(slope) || slope <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(slope), slope, "The slope must be finite and strictly positive.");
        }

        if (!double.IsFinite(intercept))
        {
            throw new ArgumentOutOfRangeException(nameof(intercept), intercept, "The intercept must be finite.");
        }

        Slope = slope;
        Intercept = intercept;
    }

    /// <summary>Gets the calibration that changes nothing (slope 1, intercept 0).</summary>
    public static PlattCalibration Identity { get; } = new(1, 0);

    /// <summary>Gets the multiplier of the raw score.</summary>
    public double Slope { get; }

    /// <summary>Gets the shift of the calibrated log-odds.</summary>
    public double Intercept { get; }

    /// <summary>Gets whether this is the identity.</summary>
    public bool IsIdentity => Slope == 1 && Intercept == 0;

    /// <summary>Maps a raw score to calibrated log-odds.</summary>
    /// <param name="rawScore">The raw score.</param>
    /// <returns>The calibrated log-odds.</returns>
    public double Apply(double rawScore) => (Slope * rawScore) + Intercept;

    /// <summary>
    /// Fits slope and intercept by maximum likelihood on held-out scores, with Platt's smoothed
    /// targets ((N₊ + 1)/(N₊ + 2) and 1/(N₋ + 2)) so that a perfectly separated sample still gives
    /// finite parameters.
    /// </summary>
    /// <param name="rawScores">Raw scores of held-out rows.</param>
    /// <param name="labels">Their labels.</param>
    /// <param name="weights">Optional weights (empty for unit weights).</param>
    /// <returns>The fitted calibration.</returns>
    /// <exception cref="ArgumentException">Lengths disagree.</exception>
    /// <exception cref="ModelTrainingException">A class is absent, a score is not finite, or the scores rank the classes the wrong way round (slope ≤ 0).</exception>
    public static PlattCalibration Fit(ReadOnlySpan<double> rawScores, ReadOnlySpan<bool> labels, ReadOnlySpan<double> weights = default)
    {
        if (rawScores.Length != labels.Length || (!weights.IsEmpty && weights.Length != labels.Length))
        {
            throw new ArgumentException("Scores, labels and weights must have the same length.", nameof(labels));
        }

        double positives = 0, negatives = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            if (!double.IsFinite(rawScores[i]))
            {
                throw new ModelTrainingException("Platt calibration needs finite raw scores.");
            }

            var w = weights.IsEmpty ? 1.0 : weights[i];
            if (labels[i])
            {
                positives += w;
            }
            else
            {
                negatives += w;
            }
        }

        if (positives <= 0 || negatives <= 0)
        {
            throw new ModelTrainingException("Platt calibration needs both classes among the held-out rows.");
        }

        var highTarget = (positives + 1) / (positives + 2);
        var lowTarget = 1 / (negatives + 2);

        // Newton's method with a backtracking line search on the (convex) weighted log-loss of (a, b).
        double a = 1, b = 0;
        var loss = Loss(a, b, rawScores, labels, weights, highTarget, lowTarget);
        for (var iteration = 0; iteration < 100; iteration++)
        {
            double ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
            for (var i = 0; i < labels.Length; i++)
            {
                var w = weights.IsEmpty ? 1.0 : weights[i];
                var s = rawScores[i];
                var p = MathFunctions.Sigmoid((a * s) + b);
                var r = (p - (labels[i] ? highTarget : lowTarget)) * w;
                var h = Math.Max(p * (1 - p), 1e-12) * w;
                ga += r * s;
                gb += r;
                haa += h * s * s;
                hab += h * s;
                hbb += h;
            }

            var scale = positives + negatives;
            if (Math.Max(Math.Abs(ga), Math.Abs(gb)) / scale < 1e-12)
            {
                break;
            }

            haa += 1e-12 * scale;
            hbb += 1e-12 * scale;
            var det = (haa * hbb) - (hab * hab);
            var da = -((hbb * ga) - (hab * gb)) / det;
            var db = -((haa * gb) - (hab * ga)) / det;
            var step = 1.0;
            var improved = false;
            for (var k = 0; k < 50; k++)
            {
                var candidate = Loss(a + (step * da), b + (step * db), rawScores, labels, weights, highTarget, lowTarget);
                if (candidate <= loss)
                {
                    a += step * da;
                    b += step * db;
                    improved = loss - candidate > 1e-15 * Math.Max(1, Math.Abs(loss));
                    loss = candidate;
                    break;
                }

                step *= 0.5;
            }

            if (!improved)
            {
                break;
            }
        }

        if (!(a > 0) || !double.IsFinite(a) || !double.IsFinite(b))
        {
            throw new ModelTrainingException(
                "The held-out scores rank the classes the wrong way round (Platt slope ≤ 0): the model has no usable signal on the calibration rows.");
        }

        return new PlattCalibration(a, b);
    }

    private static double Loss(double a, double b, ReadOnlySpan<double> s, ReadOnlySpan<bool> y, ReadOnlySpan<double> weights, double high, double low)
    {
        var total = 0.0;
        for (var i = 0; i < y.Length; i++)
        {
            var w = weights.IsEmpty ? 1.0 : weights[i];
            var z = (a * s[i]) + b;
            var t = y[i] ? high : low;
            total += w * ((t * MathFunctions.LogOnePlusExp(-z)) + ((1 - t) * MathFunctions.LogOnePlusExp(z)));
        }

        return total;
    }
}
