namespace HireGuard.Model;

/// <summary>The numeric heart of a classifier: a raw log-odds score and its exact additive explanation.</summary>
internal abstract class ScoringModel
{
    public abstract int FeatureCount { get; }

    public abstract ExplanationMethod Method { get; }

    /// <summary>Gets the base value of the explanation: the expected raw score over the training data (as the method defines it).</summary>
    public abstract double BaseValue { get; }

    public abstract double PredictRaw(ReadOnlySpan<double> features);

    /// <summary>Writes one contribution per feature (raw score space); they add up to <c>PredictRaw − BaseValue</c>.</summary>
    public abstract void Explain(ReadOnlySpan<double> features, Span<double> contributions);
}
