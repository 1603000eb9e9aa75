namespace HireGuard.Model;

/// <summary>Model persistence in a <see cref="ModelContext"/> (ML.NET's <c>Model.Save</c>/<c>Model.Load</c>).</summary>
#pragma warning disable CA1822 // Instance members by design: the ML.NET-style catalog shape.
public sealed class ModelOperationsCatalog
{
    internal ModelOperationsCatalog()
    {
    }

    /// <summary>Writes a model file.</summary>
    /// <param name="model">The classifier.</param>
    /// <param name="stream">The destination.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Save(BinaryClassifier model, Stream stream) => ModelFile.Save(model, stream);

    /// <summary>Writes a model file to a path.</summary>
    /// <param name="model">The classifier.</param>
    /// <param name="path">The file to create or overwrite.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Save(BinaryClassifier model, string path) => ModelFile.Save(model, path);

    /// <summary>Loads and validates a model file.</summary>
    /// <param name="stream">The model file.</param>
    /// <param name="expectedFeatures">The features the caller will feed; null to accept the file's own.</param>
    /// <returns>The classifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ModelFileException">The file is refused (see <see cref="ModelFileException.Error"/>).</exception>
    public BinaryClassifier Load(Stream stream, FeatureManifest? expectedFeatures = null) => ModelFile.Load(stream, expectedFeatures);

    /// <summary>Loads and validates a model file from a path.</summary>
    /// <param name="path">The model file.</param>
    /// <param name="expectedFeatures">The features the caller will feed; null to accept the file's own.</param>
    /// <returns>The classifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="ModelFileException">The file is refused (see <see cref="ModelFileException.Error"/>).</exception>
    public BinaryClassifier Load(string path, FeatureManifest? expectedFeatures = null) => ModelFile.Load(path, expectedFeatures);
}
#pragma warning restore CA1822
