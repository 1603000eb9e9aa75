namespace HireGuard.Model;

/// <summary>
/// A logistic-regression score: raw = intercept + Σ_j g_j(x_j), where g_j(x) = w_j·clamp(x) for a
/// present value and w_j·mean_j + m_j for a missing one (mean imputation plus a learned
/// missing-value weight). clamp limits a value to the range seen in training, so no single
/// out-of-range (or infinite) input can move the score further than the training data did.
/// </summary>
/// <remarks>
/// Because the model is additive, its exact Shapley values (interventional game, features
/// independent) are φ_j = g_j(x_j) − E[g_j], and the base value is E[raw] over the training data
/// = intercept + Σ (w_j·mean_j + m_j·missingRate_j). For a present value φ_j = w_j(clamp(x_j) − mean_j) − m_j·missingRate_j.
/// </remarks>
internal sealed class LinearScorer : ScoringModel
{
    private readonly double[] _weights;
    private readonly double[] _means;
    private readonly double[] _missingWeights;
    private readonly double[] _missingRates;
    private readonly double[] _minimums;
    private readonly double[] _maximums;
    private readonly double _baseValue;

    public LinearScorer(double intercept, double[] weights, double[] means, double[] missingWeights, double[] missingRates, double[] minimums, double[] maximums)
    {
        Intercept = intercept;
        _minimums = minimums;
        _maximums = maximums;
        _weights = weights;
        _means = means;
        _missingWeights = missingWeights;
        _missingRates = missingRates;
        var b = intercept;
        for (var j = 0; j < weights.Length; j++)
        {
            b += (weights[j] * means[j]) + (missingWeights[j] * missingRates[j]);
        }

        _baseValue = b;
    }

    public override int FeatureCount => _weights.Length;

    public override ExplanationMethod Method => ExplanationMethod.Linear;

    public override double BaseValue => _baseValue;

    public double Intercept { get; }

    public ReadOnlySpan<double> Weights => _weights;

    public ReadOnlySpan<double> Means => _means;

    public ReadOnlySpan<double> MissingWeights => _missingWeights;

    public ReadOnlySpan<double> MissingRates => _missingRates;

    public ReadOnlySpan<double> Minimums => _minimums;

    public ReadOnlySpan<double> Maximums => _maximums;

    public override double PredictRaw(ReadOnlySpan<double> features)
    {
        var sum = Intercept;
        var w = _weights.AsSpan(0, features.Length);
        for (var j = 0; j < w.Length; j++)
        {
            var v = features[j];
            sum += double.IsNaN(v) ? (w[j] * _means[j]) + _missingWeights[j] : w[j] * Math.Clamp(v, _minimums[j], _maximums[j]);
        }

        return sum;
    }

    public override void Explain(ReadOnlySpan<double> features, Span<double> contributions)
    {
        for (var j = 0; j < _weights.Length; j++)
        {
            var v = features[j];
            contributions[j] = double.IsNaN(v)
                ? _missingWeights[j] * (1 - _missingRates[j])
                : (_weights[j] * (Math.Clamp(v, _minimums[j], _maximums[j]) - _means[j])) - (_missingWeights[j] * _missingRates[j]);
        }
    }
}
