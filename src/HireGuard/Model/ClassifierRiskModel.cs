using HireGuard.Evidence;
using HireGuard.Rules;

namespace HireGuard.Model;

/// <summary>
/// An <see cref="IRiskModel"/> over a <see cref="BinaryClassifier"/> trained on HireGuard's case
/// feature schema: it builds the allow-listed feature vector from the evidence and findings, predicts
/// calibrated log-odds and explains them exactly (linear terms or TreeSHAP), one contribution per
/// feature, each naming the indicator code it speaks for.
/// </summary>
/// <remarks>
/// Immutable, thread-safe and free of I/O once created. <see cref="ModelPrediction.BaseValue"/> plus
/// the contributions equals <see cref="ModelPrediction.LogOdds"/> up to floating-point rounding (well
/// below 1e-9). Models trained on another feature schema version or feature list are refused.
/// </remarks>
public sealed class ClassifierRiskModel : IRiskModel
{
    private readonly CaseFeatureSchema _schema;
    private readonly string[] _codes;

    private ClassifierRiskModel(BinaryClassifier classifier, CaseFeatureSchema schema, string id)
    {
        Classifier = classifier;
        _schema = schema;
        _codes = [.. schema.Features.Select(f => f.Code)];
        var method = classifier.ExplanationMethod == ExplanationMethod.TreeShap ? "tree-shap" : "linear";
        Info = new ModelInfo(id, classifier.Sha256, method, schema.Version);
    }

    /// <summary>Gets the version of the feature schema this library extracts (models must be trained on it).</summary>
    public static string FeatureSchemaVersion => CaseFeatureSchema.CurrentVersion;

    /// <summary>Gets the feature manifest (names in vector order and schema version) a model must carry to be used here.</summary>
    public static FeatureManifest FeatureManifest => CaseFeatureSchema.Current.Manifest;

    /// <inheritdoc/>
    public ModelInfo Info { get; }

    /// <summary>Gets the wrapped classifier (its manifests, calibration and metrics).</summary>
    public BinaryClassifier Classifier { get; }

    /// <summary>Wraps a trained classifier.</summary>
    /// <param name="classifier">A classifier trained on <see cref="FeatureManifest"/>.</param>
    /// <param name="id">The model id for provenance; null for <c>&lt;trainer&gt;-&lt;first 12 hex digits of the SHA-256&gt;</c>.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="classifier"/> is null.</exception>
    /// <exception cref="ArgumentException">The classifier's features differ from <see cref="FeatureManifest"/>, or <paramref name="id"/> is blank.</exception>
    public static ClassifierRiskModel Create(BinaryClassifier classifier, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        if (id is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(id);
        }

        var schema = CaseFeatureSchema.Current;
        if (classifier.Features.DescribeDifference(schema.Manifest) is { } difference)
        {
            throw new ArgumentException(MismatchMessage(difference + "."), nameof(classifier));
        }

        return new ClassifierRiskModel(classifier, schema, id ?? DefaultId(classifier));
    }

    /// <summary>Loads a model file and checks it against this library's feature schema.</summary>
    /// <param name="stream">The model file.</param>
    /// <param name="id">The model id for provenance; null for the default (see <see cref="Create"/>).</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ModelFileException">The file is truncated, malformed, of another format version or altered (SHA-256), or was trained on another feature schema version or feature list (<see cref="ModelFileError.FeatureMismatch"/>).</exception>
    public static ClassifierRiskModel Load(Stream stream, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var schema = CaseFeatureSchema.Current;
        BinaryClassifier classifier;
        try
        {
            classifier = ModelFile.Load(stream, schema.Manifest);
        }
        catch (ModelFileException ex) when (ex.Error == ModelFileError.FeatureMismatch)
        {
            var loaded = ex.Message;
            throw new ModelFileException(ModelFileError.FeatureMismatch, MismatchMessage(loaded), ex);
        }

        return new ClassifierRiskModel(classifier, schema, string.IsNullOrWhiteSpace(id) ? DefaultId(classifier) : id);
    }

    /// <summary>Loads a model file from a path and checks it against this library's feature schema.</summary>
    /// <param name="path">The model file.</param>
    /// <param name="id">The model id for provenance; null for the default (see <see cref="Create"/>).</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="ModelFileException">The file is invalid (see <see cref="Load(Stream, string?)"/>).</exception>
    public static ClassifierRiskModel Load(string path, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return Load(stream, id);
    }

    /// <inheritdoc/>
    public ModelPrediction Predict(CaseEvidence evidence, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(findings);
        var n = _schema.Count;
        var features = new double[n];
        CaseFeatureExtractor.Extract(_schema, evidence, findings, features);
        var phi = new double[n];
        var baseValue = Classifier.Explain(features, phi);
        var prediction = Classifier.Predict(features);
        var contributions = new ModelContribution[n];
        for (var j = 0; j < n; j++)
        {
            contributions[j] = new ModelContribution(_schema.Features[j].Name, _codes[j], features[j], phi[j]);
        }

        return new ModelPrediction
        {
            BaseValue = baseValue,
            Contributions = contributions,
            LogOdds = prediction.LogOdds,
            RawScore = prediction.Score,
        };
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Info.Id} ({Info.Method}, schema {Info.FeatureSchemaVersion})";

    internal double[] ExtractFeatures(CaseEvidence evidence, IReadOnlyList<Finding> findings) =>
        CaseFeatureExtractor.Extract(_schema, evidence, findings);

    private static string DefaultId(BinaryClassifier classifier) => classifier.Training.Trainer + "-" + classifier.Sha256[..12];

    private static string MismatchMessage(string difference) =>
        $"The model was not trained on this library's case features (schema {CaseFeatureSchema.CurrentVersion}, {CaseFeatureSchema.Current.Count} features): {difference} Retrain it with 'hireguard train' on this version.";
}
