using System.Buffers.Binary;
using System.Collections.ObjectModel;
using System.Security.Cryptography;
using System.Text;

namespace HireGuard.Model;

/// <summary>
/// A numeric training or evaluation table: rows of <see cref="double"/> features (NaN = missing),
/// a binary label per row, optional positive sample weights and optional group ids (e.g. the
/// operator cell a synthetic case belongs to, used to split by group rather than by record).
/// </summary>
/// <remarks>
/// Immutable and thread-safe: constructors copy their inputs. Values are stored row-major.
/// Infinite feature values are allowed and ordered as usual; NaN means "missing".
/// </remarks>
public sealed class FeatureTable
{
    private readonly double[] _values;
    private readonly bool[] _labels;
    private readonly double[]? _weights;
    private readonly string[]? _groups;

    /// <summary>Initializes a new instance of the <see cref="FeatureTable"/> class, copying the inputs.</summary>
    /// <param name="manifest">The feature names (and schema version) in column order.</param>
    /// <param name="values">Feature values, row-major: row <c>i</c> occupies <c>[i * FeatureCount, (i + 1) * FeatureCount)</c>. NaN means missing.</param>
    /// <param name="labels">One label per row (<see langword="true"/> = positive class).</param>
    /// <param name="weights">Optional sample weights, one per row, finite and strictly positive; empty for unit weights.</param>
    /// <param name="groups">Optional group ids, one non-null string per row; null when rows are independent.</param>
    /// <exception cref="ArgumentNullException"><paramref name="manifest"/> is null.</exception>
    /// <exception cref="ArgumentException">Lengths disagree, a weight is not finite and positive, or a group id is null.</exception>
    public FeatureTable(
        FeatureManifest manifest,
        ReadOnlySpan<double> values,
        ReadOnlySpan<bool> labels,
        ReadOnlySpan<double> weights = default,
        IReadOnlyList<string>? groups = null)
        : this(manifest, values.ToArray(), labels.ToArray(), weights.IsEmpty ? null : weights.ToArray(), groups is null ? null : [.. groups], validate: true)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="FeatureTable"/> class, copying the inputs.</summary>
    /// <param name="featureNames">Unique feature names in column order.</param>
    /// <param name="values">Feature values, row-major. NaN means missing.</param>
    /// <param name="labels">One label per row.</param>
    /// <exception cref="ArgumentNullException"><paramref name="featureNames"/> is null.</exception>
    /// <exception cref="ArgumentException">Names are not unique or lengths disagree.</exception>
    public FeatureTable(IEnumerable<string> featureNames, ReadOnlySpan<double> values, ReadOnlySpan<bool> labels)
        : this(new FeatureManifest(featureNames), values, labels)
    {
    }

    private FeatureTable(FeatureManifest manifest, double[] values, bool[] labels, double[]? weights, string[]? groups, bool validate)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        if (validate)
        {
            Validate(manifest, values, labels, weights, groups);
        }

        Manifest = manifest;
        _values = values;
        _labels = labels;
        _weights = weights;
        _groups = groups;
        GroupIds = groups is null ? null : new ReadOnlyCollection<string>(groups);
        var positives = 0;
        foreach (var label in labels)
        {
            positives += label ? 1 : 0;
        }

        PositiveCount = positives;
    }

    /// <summary>Gets the feature names and schema version, in column order.</summary>
    public FeatureManifest Manifest { get; }

    /// <summary>Gets the feature names in column order.</summary>
    public IReadOnlyList<string> FeatureNames => Manifest.Names;

    /// <summary>Gets the number of rows.</summary>
    public int RowCount => _labels.Length;

    /// <summary>Gets the number of feature columns.</summary>
    public int FeatureCount => Manifest.Count;

    /// <summary>Gets the number of positive labels.</summary>
    public int PositiveCount { get; }

    /// <summary>Gets the labels, one per row.</summary>
    public ReadOnlySpan<bool> Labels => _labels;

    /// <summary>Gets whether the table carries explicit sample weights.</summary>
    public bool HasWeights => _weights is not null;

    /// <summary>Gets the sample weights, or an empty span when every row weighs 1.</summary>
    public ReadOnlySpan<double> Weights => _weights;

    /// <summary>Gets the group id of every row, or null when the table has no groups.</summary>
    public IReadOnlyList<string>? GroupIds { get; }

    /// <summary>Gets the row-major feature values.</summary>
    public ReadOnlySpan<double> Values => _values;

    internal double[] RawValues => _values;

    internal bool[] RawLabels => _labels;

    internal double[]? RawWeights => _weights;

    internal string[]? RawGroups => _groups;

    /// <summary>Gets one feature value.</summary>
    /// <param name="row">The row index.</param>
    /// <param name="feature">The feature (column) index.</param>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    public double this[int row, int feature]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(row);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, RowCount);
            ArgumentOutOfRangeException.ThrowIfNegative(feature);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(feature, FeatureCount);
            return _values[(row * FeatureCount) + feature];
        }
    }

    /// <summary>Gets the feature vector of one row.</summary>
    /// <param name="row">The row index.</param>
    /// <returns>A view of the row's values (length <see cref="FeatureCount"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is out of range.</exception>
    public ReadOnlySpan<double> GetRow(int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, RowCount);
        return _values.AsSpan(row * FeatureCount, FeatureCount);
    }

    /// <summary>Gets the weight of one row (1 when the table has no weights).</summary>
    /// <param name="row">The row index.</param>
    /// <returns>The sample weight.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is out of range.</exception>
    public double GetWeight(int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, RowCount);
        return _weights is null ? 1.0 : _weights[row];
    }

    /// <summary>Returns a new table holding the given rows, in the given order.</summary>
    /// <param name="rows">Row indices (repeats allowed).</param>
    /// <returns>The selected rows, with their labels, weights and group ids.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A row index is out of range.</exception>
    public FeatureTable SelectRows(ReadOnlySpan<int> rows)
    {
        var p = FeatureCount;
        var values = new double[rows.Length * p];
        var labels = new bool[rows.Length];
        var weights = _weights is null ? null : new double[rows.Length];
        var groups = _groups is null ? null : new string[rows.Length];
        for (var k = 0; k < rows.Length; k++)
        {
            var r = rows[k];
            ArgumentOutOfRangeException.ThrowIfNegative(r, nameof(rows));
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(r, RowCount, nameof(rows));
            Array.Copy(_values, r * p, values, k * p, p);
            labels[k] = _labels[r];
            if (weights is not null)
            {
                weights[k] = _weights![r];
            }

            if (groups is not null)
            {
                groups[k] = _groups![r];
            }
        }

        return new FeatureTable(Manifest, values, labels, weights, groups, validate: false);
    }

    /// <summary>
    /// Computes the SHA-256 of the table's content (manifest, values bit for bit, labels, weights,
    /// groups) as lower-case hex: the data hash recorded in a model's training manifest.
    /// </summary>
    /// <returns>64 lower-case hexadecimal characters.</returns>
    public string ComputeSha256()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[8];
        void AddInt64(long v)
        {
            BinaryPrimitives.WriteInt64LittleEndian(buffer, v);
            hash.AppendData(buffer);
        }

        void AddString(string s)
        {
            var bytes = Encoding.UTF8.GetBytes(s);
            AddInt64(bytes.Length);
            hash.AppendData(bytes);
        }

        AddString("hireguard.feature-table/1");
        AddString(Manifest.SchemaVersion);
        AddInt64(FeatureCount);
        foreach (var name in Manifest.Names)
        {
            AddString(name);
        }

        AddInt64(RowCount);
        var chunk = new byte[8 * 4096];
        for (var start = 0; start < _values.Length; start += 4096)
        {
            var count = Math.Min(4096, _values.Length - start);
            for (var i = 0; i < count; i++)
            {
                BinaryPrimitives.WriteInt64LittleEndian(chunk.AsSpan(8 * i), BitConverter.DoubleToInt64Bits(_values[start + i]));
            }

            hash.AppendData(chunk, 0, 8 * count);
        }

        var labelBytes = new byte[_labels.Length];
        for (var i = 0; i < _labels.Length; i++)
        {
            labelBytes[i] = _labels[i] ? (byte)1 : (byte)0;
        }

        hash.AppendData(labelBytes);
        AddInt64(_weights is null ? 0 : 1);
        if (_weights is not null)
        {
            foreach (var w in _weights)
            {
                AddInt64(BitConverter.DoubleToInt64Bits(w));
            }
        }

        AddInt64(_groups is null ? 0 : 1);
        if (_groups is not null)
        {
            foreach (var g in _groups)
            {
                AddString(g);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    internal static FeatureTable CreateUnchecked(FeatureManifest manifest, double[] values, bool[] labels, double[]? weights, string[]? groups) =>
        new(manifest, values, labels, weights, groups, validate: false);

    private static void Validate(FeatureManifest manifest, double[] values, bool[] labels, double[]? weights, string[]? groups)
    {
        var n = labels.Length;
        if ((long)n * manifest.Count != values.Length)
        {
            throw new ArgumentException($"{values.Length} values do not make {n} rows of {manifest.Count} features.", nameof(values));
        }

        if (weights is not null)
        {
            if (weights.Length != n)
            {
                throw new ArgumentException($"{weights.Length} weights for {n} rows.", nameof(weights));
            }

            foreach (var w in weights)
            {
                if (!double.IsFinite(w) || w <= 0)
                {
                    throw new ArgumentException("Sample weights must be finite and strictly positive.", nameof(weights));
                }
            }
        }

        if (groups is not null)
        {
            if (groups.Length != n)
            {
                throw new ArgumentException($"{groups.Length} group ids for {n} rows.", nameof(groups));
            }

            if (Array.IndexOf(groups, null) >= 0)
            {
                throw new ArgumentException("Group ids must not be null.", nameof(groups));
            }
        }
    }
}
