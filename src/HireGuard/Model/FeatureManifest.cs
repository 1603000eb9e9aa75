using System.Collections.ObjectModel;

namespace HireGuard.Model;

/// <summary>
/// The ordered list of feature names a model reads, plus the version of the feature schema that
/// produced them. A model only accepts vectors laid out exactly as its manifest says.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class FeatureManifest : IEquatable<FeatureManifest>
{
    private readonly string[] _names;

    /// <summary>Initializes a new instance of the <see cref="FeatureManifest"/> class.</summary>
    /// <param name="names">Feature names in vector order; non-empty, unique (ordinal), no blank names.</param>
    /// <param name="schemaVersion">The feature-schema version that produced the vector, or an empty string when none applies.</param>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> or <paramref name="schemaVersion"/> is null.</exception>
    /// <exception cref="ArgumentException">A name is null, blank or repeated, or there is no name.</exception>
    public FeatureManifest(IEnumerable<string> names, string schemaVersion = "")
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(schemaVersion);
        _names = [.. names];
        var problem = FindProblem(_names);
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(names));
        }

        SchemaVersion = schemaVersion;
        Names = new ReadOnlyCollection<string>(_names);
    }

    /// <summary>Gets the feature names in vector order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Gets the number of features.</summary>
    public int Count => _names.Length;

    /// <summary>Gets the version of the feature schema that produced the vector (empty when none applies).</summary>
    public string SchemaVersion { get; }

    /// <summary>Returns the position of a feature, or -1 when the manifest does not contain it.</summary>
    /// <param name="name">The feature name (ordinal comparison).</param>
    /// <returns>The zero-based index, or -1.</returns>
    public int IndexOf(string name) => Array.IndexOf(_names, name);

    /// <summary>
    /// Describes the first difference between this manifest and <paramref name="other"/> (schema
    /// version, count, or the first name out of place), or returns null when they are equal.
    /// </summary>
    /// <param name="other">The manifest to compare with.</param>
    /// <returns>A human-readable description of the first difference, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public string? DescribeDifference(FeatureManifest other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!string.Equals(SchemaVersion, other.SchemaVersion, StringComparison.Ordinal))
        {
            return $"feature schema version '{SchemaVersion}' differs from '{other.SchemaVersion}'";
        }

        var common = Math.Min(Count, other.Count);
        for (var i = 0; i < common; i++)
        {
            if (!string.Equals(_names[i], other._names[i], StringComparison.Ordinal))
            {
                return $"feature {i} is '{_names[i]}' but '{other._names[i]}' was expected";
            }
        }

        return Count == other.Count
            ? null
            : $"{Count} features where {other.Count} were expected";
    }

    /// <inheritdoc/>
    public bool Equals(FeatureManifest? other) => other is not null && DescribeDifference(other) is null;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FeatureManifest);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(SchemaVersion, StringComparer.Ordinal);
        foreach (var name in _names)
        {
            hash.Add(name, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc/>
    public override string ToString() =>
        SchemaVersion.Length == 0 ? $"{Count} features" : $"{Count} features (schema {SchemaVersion})";

    internal static string? FindProblem(IReadOnlyList<string?> names)
    {
        if (names.Count == 0)
        {
            return "A feature manifest needs at least one feature.";
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (string.IsNullOrWhiteSpace(name))
            {
                return $"Feature {i} has no name.";
            }

            if (!seen.Add(name))
            {
                return $"Feature name '{name}' appears more than once.";
            }
        }

        return null;
    }
}
