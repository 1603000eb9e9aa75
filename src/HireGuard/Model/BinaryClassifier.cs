using System.Collections.ObjectModel;

namespace HireGuard.Model;

/// <summary>
/// A trained binary classifier over a numeric feature vector: raw log-odds score, calibrated
/// probability, and an exact additive explanation (linear terms or path-dependent TreeSHAP).
/// </summary>
/// <remarks>
/// Immutable and thread-safe: one instance can serve every thread (unlike ML.NET's
/// <c>PredictionEngine</c>). <see cref="PredictRaw"/>, <see cref="Predict"/> and the span overloads
/// of <c>Explain</c> do not allocate (explanations reuse a per-thread scratch buffer).
/// </remarks>
public sealed class BinaryClassifier
{
    private readonly ScoringModel _scorer;
    private readonly Lazy<string> _sha256;

    internal BinaryClassifier(
        ScoringModel scorer,
        PlattCalibration calibration,
        CalibrationMethod calibrationMethod,
        FeatureManifest features,
        TrainingManifest training,
        IReadOnlyDictionary<string, double> metrics)
    {
        _scorer = scorer;
        Calibration = calibration;
        CalibrationMethod = calibrationMethod;
        Features = features;
        Training = training;
        Metrics = new ReadOnlyDictionary<string, double>(new Dictionary<string, double>(metrics, StringComparer.Ordinal));
        _sha256 = new Lazy<string>(() => ModelFile.ComputeSha256(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Gets the features the model reads, in vector order.</summary>
    public FeatureManifest Features { get; }

    /// <summary>Gets the number of features a vector must have.</summary>
    public int FeatureCount => Features.Count;

    /// <summary>Gets how the model was trained.</summary>
    public TrainingManifest Training { get; }

    /// <summary>Gets the calibration applied to the raw score.</summary>
    public PlattCalibration Calibration { get; }

    /// <summary>Gets the calibration method that produced <see cref="Calibration"/>.</summary>
    public CalibrationMethod CalibrationMethod { get; }

    /// <summary>Gets the figures recorded with the model (validation metrics from training, plus any attached with <see cref="WithMetrics"/>).</summary>
    public IReadOnlyDictionary<string, double> Metrics { get; }

    /// <summary>Gets how explanations are computed.</summary>
    public ExplanationMethod ExplanationMethod => _scorer.Method;

    /// <summary>Gets the explanation base value in raw score space (the expected raw score of the training data).</summary>
    public double RawBaseValue => _scorer.BaseValue;

    /// <summary>Gets the explanation base value in calibrated log-odds.</summary>
    public double BaseValue => Calibration.Apply(_scorer.BaseValue);

    /// <summary>Gets the SHA-256 of the model's canonical content (lower-case hex): the model's identity in provenance records.</summary>
    public string Sha256 => _sha256.Value;

    internal ScoringModel Scorer => _scorer;

    /// <summary>Computes the raw (uncalibrated) log-odds score.</summary>
    /// <param name="features">The feature vector, in <see cref="Features"/> order; NaN means missing.</param>
    /// <returns>The raw score.</returns>
    /// <exception cref="ArgumentException">The vector's length differs from <see cref="FeatureCount"/>.</exception>
    public double PredictRaw(ReadOnlySpan<double> features)
    {
        CheckLength(features);
        return _scorer.PredictRaw(features);
    }

    /// <summary>Computes the calibrated probability of the positive class.</summary>
    /// <param name="features">The feature vector; NaN means missing.</param>
    /// <returns>The probability.</returns>
    /// <exception cref="ArgumentException">The vector's length differs from <see cref="FeatureCount"/>.</exception>
    public double PredictProbability(ReadOnlySpan<double> features) => MathFunctions.Sigmoid(Calibration.Apply(PredictRaw(features)));

    /// <summary>Predicts raw score, calibrated log-odds and probability.</summary>
    /// <param name="features">The feature vector; NaN means missing.</param>
    /// <returns>The prediction.</returns>
    /// <exception cref="ArgumentException">The vector's length differs from <see cref="FeatureCount"/>.</exception>
    public BinaryPrediction Predict(ReadOnlySpan<double> features)
    {
        var raw = PredictRaw(features);
        var logOdds = Calibration.Apply(raw);
        return new BinaryPrediction(raw, logOdds, MathFunctions.Sigmoid(logOdds));
    }

    /// <summary>
    /// Writes each feature's contribution in raw score space; <c>returned base + Σ contributions = PredictRaw(features)</c>
    /// up to rounding. Allocation-free.
    /// </summary>
    /// <param name="features">The feature vector; NaN means missing.</param>
    /// <param name="contributions">Receives one value per feature (length ≥ <see cref="FeatureCount"/>).</param>
    /// <returns>The raw base value.</returns>
    /// <exception cref="ArgumentException">A span has the wrong length.</exception>
    public double ExplainRaw(ReadOnlySpan<double> features, Span<double> contributions)
    {
        CheckLength(features);
        if (contributions.Length < FeatureCount)
        {
            throw new ArgumentException($"Room for {FeatureCount} contributions is needed.", nameof(contributions));
        }

        _scorer.Explain(features, contributions[..FeatureCount]);
        return _scorer.BaseValue;
    }

    /// <summary>
    /// Writes each feature's contribution in calibrated log-odds; <c>returned base + Σ contributions</c>
    /// equals the calibrated log-odds up to rounding. Allocation-free.
    /// </summary>
    /// <param name="features">The feature vector; NaN means missing.</param>
    /// <param name="contributions">Receives one value per feature (length ≥ <see cref="FeatureCount"/>).</param>
    /// <returns>The calibrated base value.</returns>
    /// <exception cref="ArgumentException">A span has the wrong length.</exception>
    public double Explain(ReadOnlySpan<double> features, Span<double> contributions)
    {
        var rawBase = ExplainRaw(features, contributions);
        var slope = Calibration.Slope;
        if (slope != 1)
        {
            foreach (ref var c in contributions[..FeatureCount])
            {
                c *= slope;
            }
        }

        return Calibration.Apply(rawBase);
    }

    /// <summary>Explains one prediction: base value, calibrated log-odds and one named contribution per feature.</summary>
    /// <param name="features">The feature vector; NaN means missing.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="ArgumentException">The vector's length differs from <see cref="FeatureCount"/>.</exception>
    public ModelExplanation Explain(ReadOnlySpan<double> features)
    {
        var raw = PredictRaw(features);
        var phi = new double[FeatureCount];
        var rawBase = ExplainRaw(features, phi);
        var list = new FeatureContribution[FeatureCount];
        for (var j = 0; j < list.Length; j++)
        {
            list[j] = new FeatureContribution(j, Features.Names[j], features[j], Calibration.Slope * phi[j]);
        }

        var logOdds = Calibration.Apply(raw);
        return new ModelExplanation
        {
            Method = ExplanationMethod,
            BaseValue = Calibration.Apply(rawBase),
            LogOdds = logOdds,
            Probability = MathFunctions.Sigmoid(logOdds),
            RawScore = raw,
            RawBaseValue = rawBase,
            CalibrationSlope = Calibration.Slope,
            Contributions = list,
        };
    }

    /// <summary>Returns a copy with another calibration (e.g. one fitted with <see cref="PlattCalibration.Fit"/> on fresh data).</summary>
    /// <param name="calibration">The calibration.</param>
    /// <returns>The re-calibrated classifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calibration"/> is null.</exception>
    public BinaryClassifier WithCalibration(PlattCalibration calibration)
    {
        ArgumentNullException.ThrowIfNull(calibration);
        var method = calibration.IsIdentity ? CalibrationMethod.None : CalibrationMethod.Platt;
        return new BinaryClassifier(_scorer, calibration, method, Features, Training, Metrics);
    }

    /// <summary>Returns a copy whose <see cref="Metrics"/> also hold <paramref name="metrics"/> (same names are replaced).</summary>
    /// <param name="metrics">Named figures to record (finite values).</param>
    /// <returns>The classifier with the metrics attached.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="metrics"/> is null.</exception>
    /// <exception cref="ArgumentException">A value is not finite or a name is blank.</exception>
    public BinaryClassifier WithMetrics(IReadOnlyDictionary<string, double> metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var merged = new Dictionary<string, double>(Metrics, StringComparer.Ordinal);
        foreach (var (name, value) in metrics)
        {
            if (string.IsNullOrWhiteSpace(name) || !double.IsFinite(value))
            {
                throw new ArgumentException($"Metric '{name}' must have a name and a finite value.", nameof(metrics));
            }

            merged[name] = value;
        }

        return new BinaryClassifier(_scorer, Calibration, CalibrationMethod, Features, Training, merged);
    }

    /// <summary>Writes the model file (JSON with format version, manifests, metrics and SHA-256).</summary>
    /// <param name="stream">The destination.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public void Save(Stream stream) => ModelFile.Save(this, stream);

    /// <summary>Writes the model file to a path.</summary>
    /// <param name="path">The file to create or overwrite.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public void Save(string path) => ModelFile.Save(this, path);

    /// <summary>Loads and validates a model file.</summary>
    /// <param name="stream">The model file.</param>
    /// <param name="expectedFeatures">The manifest the caller will feed; null to accept the file's own.</param>
    /// <returns>The classifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ModelFileException">The file is truncated or malformed, has another format version, fails its SHA-256, has inconsistent content, or its features differ from <paramref name="expectedFeatures"/>.</exception>
    public static BinaryClassifier Load(Stream stream, FeatureManifest? expectedFeatures = null) => ModelFile.Load(stream, expectedFeatures);

    /// <summary>Loads and validates a model file from a path.</summary>
    /// <param name="path">The model file.</param>
    /// <param name="expectedFeatures">The manifest the caller will feed; null to accept the file's own.</param>
    /// <returns>The classifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="ModelFileException">The file is invalid (see <see cref="Load(Stream, FeatureManifest?)"/>).</exception>
    public static BinaryClassifier Load(string path, FeatureManifest? expectedFeatures = null) => ModelFile.Load(path, expectedFeatures);

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Training.Trainer} over {Features} (sha256 {Sha256[..12]}…)";

    private void CheckLength(ReadOnlySpan<double> features)
    {
        if (features.Length != FeatureCount)
        {
            throw new ArgumentException($"The model reads {FeatureCount} features; got {features.Length}.", nameof(features));
        }
    }
}
