using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace HireGuard.Model;

/// <summary>
/// Reads and writes model files: JSON with a format id and version, the model content (feature
/// manifest, training manifest, metrics, calibration, parameters) and the SHA-256 of the content's
/// canonical serialisation (compact UTF-8 JSON, property order fixed by the source generator).
/// </summary>
internal static class ModelFile
{
    public const string FormatId = "hireguard.binary-classifier";

    public const int FormatVersion = 1;

    private const long MaximumFileBytes = 256L * 1024 * 1024;

    private const int MaximumNodesPerTree = 1 << 20;

    private const int MaximumDepth = 64;

    private static readonly JsonWriterOptions Indented = new() { Indented = true };

    public static void Save(BinaryClassifier model, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(stream);
        var content = ToDto(model);
        var document = new ModelFileDocument { Format = FormatId, FormatVersion = FormatVersion, Sha256 = Hash(content), Model = content };
        using var writer = new Utf8JsonWriter(stream, Indented);
        JsonSerializer.Serialize(writer, document, ModelJsonContext.Default.ModelFileDocument);
        writer.Flush();
        stream.WriteByte((byte)'\n');
    }

    public static void Save(BinaryClassifier model, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.Create(path);
        Save(model, stream);
    }

    public static BinaryClassifier Load(string path, FeatureManifest? expected)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return Load(stream, expected);
    }

    public static BinaryClassifier Load(Stream stream, FeatureManifest? expected)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = ReadAll(stream);
        CheckHeader(bytes);
        ModelFileDocument document;
        try
        {
            document = JsonSerializer.Deserialize(bytes, ModelJsonContext.Default.ModelFileDocument)
                ?? throw new ModelFileException(ModelFileError.Malformed, "The model file is the JSON literal null.");
        }
        catch (JsonException e)
        {
            throw new ModelFileException(ModelFileError.Malformed, $"The model file is malformed at {e.Path ?? "$"}: {e.Message}", e);
        }

        var actual = Hash(document.Model);
        if (!string.Equals(actual, document.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new ModelFileException(
                ModelFileError.IntegrityCheckFailed,
                $"The model file's SHA-256 does not match its content (recorded {document.Sha256}, computed {actual}): it was altered after it was written.");
        }

        var model = FromDto(document.Model);
        if (expected is not null)
        {
            var difference = model.Features.DescribeDifference(expected);
            if (difference is not null)
            {
                throw new ModelFileException(ModelFileError.FeatureMismatch, "The model's features do not match the expected feature manifest: " + difference + ".");
            }
        }

        return model;
    }

    public static string ComputeSha256(BinaryClassifier model) => Hash(ToDto(model));

    private static string Hash(ModelContentDto content)
    {
        var canonical = JsonSerializer.SerializeToUtf8Bytes(content, ModelJsonContext.Default.ModelContentDto);
        return Convert.ToHexStringLower(SHA256.HashData(canonical));
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaximumFileBytes)
            {
                throw new ModelFileException(ModelFileError.Malformed, $"The model file is larger than {MaximumFileBytes} bytes.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Checks the format id and version before the strict parse, so a newer file is reported as such.</summary>
    private static void CheckHeader(byte[] bytes)
    {
        try
        {
            using var json = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("format", out var format)
                || format.ValueKind != JsonValueKind.String
                || format.GetString() != FormatId)
            {
                throw new ModelFileException(ModelFileError.Malformed, $"Not a HireGuard model file (expected \"format\": \"{FormatId}\").");
            }

            if (!root.TryGetProperty("formatVersion", out var version) || version.ValueKind != JsonValueKind.Number)
            {
                throw new ModelFileException(ModelFileError.Malformed, "The model file has no numeric formatVersion.");
            }

            if (!version.TryGetInt32(out var v) || v != FormatVersion)
            {
                throw new ModelFileException(
                    ModelFileError.UnsupportedFormatVersion,
                    $"The model file has format version {version.GetRawText()}; this library reads version {FormatVersion.ToString(CultureInfo.InvariantCulture)}.");
            }
        }
        catch (JsonException e)
        {
            throw new ModelFileException(
                ModelFileError.Malformed,
                $"The model file is truncated or not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine}).",
                e);
        }
    }

    private static ModelContentDto ToDto(BinaryClassifier model)
    {
        var t = model.Training;
        return new ModelContentDto
        {
            Kind = t.Trainer,
            Features = new FeatureManifestDto { SchemaVersion = model.Features.SchemaVersion, Names = [.. model.Features.Names] },
            Training = new TrainingManifestDto
            {
                Trainer = t.Trainer,
                HyperParameters = new Dictionary<string, string>(t.HyperParameters, StringComparer.Ordinal),
                DataSha256 = t.DataSha256,
                TrainingRowCount = t.TrainingRowCount,
                TrainingPositiveCount = t.TrainingPositiveCount,
                ValidationRowCount = t.ValidationRowCount,
                ValidationPositiveCount = t.ValidationPositiveCount,
                Seed = t.Seed,
                Iterations = t.Iterations,
                StartedAt = t.StartedAt,
                FinishedAt = t.FinishedAt,
                LibraryVersion = t.LibraryVersion,
            },
            Metrics = new Dictionary<string, double>(model.Metrics.OrderBy(m => m.Key, StringComparer.Ordinal), StringComparer.Ordinal),
            Calibration = new CalibrationDto
            {
                Method = model.CalibrationMethod == CalibrationMethod.Platt ? "platt" : "none",
                Slope = model.Calibration.Slope,
                Intercept = model.Calibration.Intercept,
            },
            Linear = model.Scorer is LinearScorer linear
                ? new LinearModelDto
                {
                    Intercept = linear.Intercept,
                    Weights = linear.Weights.ToArray(),
                    Means = linear.Means.ToArray(),
                    MissingWeights = linear.MissingWeights.ToArray(),
                    MissingRates = linear.MissingRates.ToArray(),
                    Minimums = linear.Minimums.ToArray(),
                    Maximums = linear.Maximums.ToArray(),
                }
                : null,
            Trees = model.Scorer is TreeEnsembleScorer ensemble
                ? new TreeEnsembleDto
                {
                    Bias = ensemble.Bias,
                    Trees = [.. ensemble.Trees.Select(tree => new TreeDto
                    {
                        Feature = tree.Feature,
                        Threshold = tree.Threshold,
                        Left = tree.Left,
                        Right = tree.Right,
                        MissingLeft = tree.MissingLeft,
                        Value = tree.Value,
                        Cover = tree.Cover,
                    })],
                }
                : null,
        };
    }

    private static BinaryClassifier FromDto(ModelContentDto dto)
    {
        var names = dto.Features.Names;
        var problem = FeatureManifest.FindProblem(names);
        if (problem is not null)
        {
            throw Invalid("features: " + problem);
        }

        var features = new FeatureManifest(names, dto.Features.SchemaVersion);
        var p = features.Count;
        var t = dto.Training;
        if (!string.Equals(t.Trainer, dto.Kind, StringComparison.Ordinal))
        {
            throw Invalid($"training.trainer '{t.Trainer}' differs from kind '{dto.Kind}'");
        }

        if (t.TrainingRowCount < 0 || t.TrainingPositiveCount < 0 || t.ValidationRowCount < 0 || t.ValidationPositiveCount < 0 || t.Iterations < 0)
        {
            throw Invalid("training counts must not be negative");
        }

        foreach (var (name, value) in dto.Metrics)
        {
            if (!double.IsFinite(value))
            {
                throw Invalid($"metric '{name}' is not finite");
            }
        }

        var calibration = dto.Calibration;
        CalibrationMethod method;
        PlattCalibration platt;
        switch (calibration.Method)
        {
            case "none" when calibration.Slope == 1 && calibration.Intercept == 0:
                method = CalibrationMethod.None;
                platt = PlattCalibration.Identity;
                break;
            case "platt" when double.IsFinite(calibration.Slope) && calibration.Slope > 0 && double.IsFinite(calibration.Intercept):
                method = CalibrationMethod.Platt;
                platt = new PlattCalibration(calibration.Slope, calibration.Intercept);
                break;
            default:
                throw Invalid($"calibration '{calibration.Method}' with slope {calibration.Slope} and intercept {calibration.Intercept} is not valid");
        }

        ScoringModel scorer = dto.Kind switch
        {
            LogisticRegressionTrainer.TrainerName when dto.Linear is not null && dto.Trees is null => ToLinear(dto.Linear, p),
            "gradient-boosted-trees" when dto.Trees is not null && dto.Linear is null => ToTrees(dto.Trees, p),
            _ => throw Invalid($"kind '{dto.Kind}' is unknown or does not match the parameters present"),
        };

        var manifest = new TrainingManifest
        {
            Trainer = t.Trainer,
            HyperParameters = t.HyperParameters,
            DataSha256 = t.DataSha256,
            TrainingRowCount = t.TrainingRowCount,
            TrainingPositiveCount = t.TrainingPositiveCount,
            ValidationRowCount = t.ValidationRowCount,
            ValidationPositiveCount = t.ValidationPositiveCount,
            Seed = t.Seed,
            Iterations = t.Iterations,
            StartedAt = t.StartedAt,
            FinishedAt = t.FinishedAt,
            LibraryVersion = t.LibraryVersion,
        };
        return new BinaryClassifier(scorer, platt, method, features, manifest, dto.Metrics);
    }

    private static LinearScorer ToLinear(LinearModelDto dto, int p)
    {
        foreach (var (name, array) in (ReadOnlySpan<(string, double[])>)[("weights", dto.Weights), ("means", dto.Means), ("missingWeights", dto.MissingWeights), ("missingRates", dto.MissingRates), ("minimums", dto.Minimums), ("maximums", dto.Maximums)])
        {
            if (array.Length != p)
            {
                throw Invalid($"linear.{name} has {array.Length} entries for {p} features");
            }

            foreach (var v in array)
            {
                if (!double.IsFinite(v))
                {
                    throw Invalid($"linear.{name} holds a value that is not finite");
                }
            }
        }

        foreach (var rate in dto.MissingRates)
        {
            if (rate is < 0 or > 1)
            {
                throw Invalid("linear.missingRates must lie in [0, 1]");
            }
        }

        for (var j = 0; j < p; j++)
        {
            if (dto.Minimums[j] > dto.Maximums[j])
            {
                throw Invalid($"linear.minimums[{j}] exceeds linear.maximums[{j}]");
            }
        }

        if (!double.IsFinite(dto.Intercept))
        {
            throw Invalid("linear.intercept is not finite");
        }

        return new LinearScorer(dto.Intercept, dto.Weights, dto.Means, dto.MissingWeights, dto.MissingRates, dto.Minimums, dto.Maximums);
    }

    private static TreeEnsembleScorer ToTrees(TreeEnsembleDto dto, int p)
    {
        if (!double.IsFinite(dto.Bias))
        {
            throw Invalid("trees.bias is not finite");
        }

        var trees = new List<RegressionTree>(dto.Trees.Count);
        for (var k = 0; k < dto.Trees.Count; k++)
        {
            trees.Add(ToTree(dto.Trees[k], p, k));
        }

        return new TreeEnsembleScorer(p, dto.Bias, trees);
    }

    private static RegressionTree ToTree(TreeDto dto, int p, int k)
    {
        var n = dto.Feature.Length;
        if (n == 0 || n > MaximumNodesPerTree)
        {
            throw Invalid($"tree {k} has {n} nodes");
        }

        if (dto.Threshold.Length != n || dto.Left.Length != n || dto.Right.Length != n || dto.MissingLeft.Length != n || dto.Value.Length != n || dto.Cover.Length != n)
        {
            throw Invalid($"tree {k}'s node arrays differ in length");
        }

        var parents = new int[n];
        var depth = new int[n];
        for (var i = 0; i < n; i++)
        {
            var f = dto.Feature[i];
            if (!double.IsFinite(dto.Cover[i]) || dto.Cover[i] <= 0)
            {
                throw Invalid($"tree {k} node {i} has cover {dto.Cover[i]}; covers must be finite and positive");
            }

            if (f == -1)
            {
                if (!double.IsFinite(dto.Value[i]))
                {
                    throw Invalid($"tree {k} leaf {i} has a value that is not finite");
                }

                continue;
            }

            if (f < 0 || f >= p)
            {
                throw Invalid($"tree {k} node {i} splits on feature {f}, outside 0..{p - 1}");
            }

            var l = dto.Left[i];
            var r = dto.Right[i];
            if (l <= i || r <= i || l >= n || r >= n || l == r)
            {
                throw Invalid($"tree {k} node {i} has children {l} and {r}; children must be distinct nodes after their parent");
            }

            if (double.IsNaN(dto.Threshold[i]))
            {
                throw Invalid($"tree {k} node {i} has a NaN threshold");
            }

            parents[l]++;
            parents[r]++;
            depth[l] = depth[i] + 1;
            depth[r] = depth[i] + 1;
            if (depth[l] > MaximumDepth)
            {
                throw Invalid($"tree {k} is deeper than {MaximumDepth}");
            }

            var sum = dto.Cover[l] + dto.Cover[r];
            if (Math.Abs(sum - dto.Cover[i]) > 1e-9 * Math.Max(1, dto.Cover[i]))
            {
                throw Invalid($"tree {k} node {i} has cover {dto.Cover[i]} but its children add up to {sum}");
            }
        }

        for (var i = 1; i < n; i++)
        {
            if (parents[i] != 1)
            {
                throw Invalid($"tree {k} node {i} has {parents[i]} parents; every node but the root needs exactly one");
            }
        }

        return new RegressionTree(dto.Feature, dto.Threshold, dto.Left, dto.Right, dto.MissingLeft, dto.Value, dto.Cover);
    }

    private static ModelFileException Invalid(string message) =>
        new(ModelFileError.InvalidContent, "The model file describes an invalid model: " + message + ".");
}
