using System.Globalization;
using System.Reflection;

namespace HireGuard.Model;

/// <summary>Checks and bookkeeping shared by the trainers.</summary>
internal static class TrainingSupport
{
    public static string LibraryVersion { get; } =
        typeof(TrainingSupport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public static void CheckTable(FeatureTable table, string what)
    {
        if (table.RowCount < 2)
        {
            throw new ModelTrainingException($"The {what} data has {table.RowCount} rows; at least 2 are needed.");
        }

        if (table.PositiveCount == 0 || table.PositiveCount == table.RowCount)
        {
            throw new ModelTrainingException($"The {what} data must contain both positive and negative labels ({table.PositiveCount} of {table.RowCount} rows are positive).");
        }
    }

    public static void CheckSameFeatures(FeatureTable training, FeatureTable validation)
    {
        var difference = validation.Manifest.DescribeDifference(training.Manifest);
        if (difference is not null)
        {
            throw new ArgumentException("The validation table's features differ from the training table's: " + difference, nameof(validation));
        }
    }

    /// <summary>Resolves the training and validation tables: explicit validation, a seeded hold-out, or none.</summary>
    public static (FeatureTable Train, FeatureTable? Validation) Resolve(FeatureTable training, FeatureTable? validation, bool holdOut, double fraction, int seed)
    {
        if (validation is not null)
        {
            CheckSameFeatures(training, validation);
            CheckTable(training, "training");
            CheckTable(validation, "validation");
            return (training, validation);
        }

        CheckTable(training, "training");
        if (!holdOut || fraction <= 0)
        {
            return (training, null);
        }

        var (trainRows, validRows) = DataSplitter.Split(training, fraction, seed);
        var train = training.SelectRows(trainRows);
        var valid = training.SelectRows(validRows);
        if (train.PositiveCount == 0 || train.PositiveCount == train.RowCount || valid.PositiveCount == 0 || valid.PositiveCount == valid.RowCount)
        {
            throw new ModelTrainingException(
                $"Holding out {fraction.ToString(CultureInfo.InvariantCulture)} of the rows leaves a side without both classes; pass a validation table or set ValidationFraction to 0.");
        }

        return (train, valid);
    }

    public static double[] Weights(FeatureTable table)
    {
        if (table.RawWeights is { } w)
        {
            return w;
        }

        var ones = new double[table.RowCount];
        Array.Fill(ones, 1.0);
        return ones;
    }

    public static double WeightedLogLoss(ReadOnlySpan<double> raw, ReadOnlySpan<bool> labels, ReadOnlySpan<double> weights)
    {
        double total = 0, weight = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            total += weights[i] * MathFunctions.LogLoss(raw[i], labels[i]);
            weight += weights[i];
        }

        return total / weight;
    }

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The held-out figures a trainer records in the model (AUC and calibrated log-loss).</summary>
    public static Dictionary<string, double> ValidationMetrics(BinaryClassifier model, FeatureTable validation)
    {
        var metrics = BinaryClassificationEvaluator.Evaluate(model, validation);
        return new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["validation.auc"] = metrics.AreaUnderRocCurve,
            ["validation.logLoss"] = metrics.LogLoss,
        };
    }
}
