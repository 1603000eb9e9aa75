namespace HireGuard.Model;

/// <summary>Loads risk models for <see cref="Scoring.RiskEngineBuilder.UseModel"/>: from a model file, or the default model embedded in the package.</summary>
/// <example>
/// <code>
/// var engine = RiskEngine.CreateBuilder().UseModel(RiskModels.Load("model.json")).Build();
/// </code>
/// </example>
public static class RiskModels
{
    /// <summary>The manifest resource name of the embedded default model.</summary>
    public const string DefaultResourceName = "HireGuard.Model.default-model.json";

    private static readonly Lazy<ClassifierRiskModel> DefaultModel = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets whether this build of the package embeds a default model.</summary>
    public static bool HasDefault => typeof(RiskModels).Assembly.GetManifestResourceInfo(DefaultResourceName) is not null;

    /// <summary>
    /// Gets the default model: trained on HireGuard's synthetic population and embedded in the
    /// package with its training manifest and metrics. Loaded (and its SHA-256 verified) on first use,
    /// then shared.
    /// </summary>
    /// <exception cref="InvalidOperationException">This build embeds no default model (see <see cref="HasDefault"/>).</exception>
    /// <exception cref="ModelFileException">The embedded model is damaged or was trained on another feature schema.</exception>
    public static ClassifierRiskModel Default => DefaultModel.Value;

    /// <summary>Loads a model file trained with <c>hireguard train</c> (or <see cref="ModelContext"/> on <see cref="ClassifierRiskModel.FeatureManifest"/>).</summary>
    /// <param name="path">The model file.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="ModelFileException">The file is truncated, malformed, altered (SHA-256), of another format version, or trained on another feature schema.</exception>
    public static ClassifierRiskModel Load(string path) => ClassifierRiskModel.Load(path);

    /// <summary>Loads a model file from a stream.</summary>
    /// <param name="stream">The model file.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ModelFileException">The file is invalid (see <see cref="Load(string)"/>).</exception>
    public static ClassifierRiskModel Load(Stream stream) => ClassifierRiskModel.Load(stream);

    internal static ClassifierRiskModel LoadResource(System.Reflection.Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"This build of HireGuard embeds no default model (resource '{name}' is absent). Train one with 'hireguard train' and load it with RiskModels.Load(path).");
        return ClassifierRiskModel.Load(stream);
    }

    private static ClassifierRiskModel LoadDefault() => LoadResource(typeof(RiskModels).Assembly, DefaultResourceName);
}
