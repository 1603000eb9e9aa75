using HireGuard.Model;

namespace HireGuard.Tests.Model;

/// <summary>Small deterministic tables and fixed models for the model tests.</summary>
internal static class ModelTestData
{
    private static readonly Lazy<BinaryClassifier> LazyTrees = new(() => TrainTrees(Table(3000, 8, seed: 11), seed: 3));
    private static readonly Lazy<BinaryClassifier> LazyLinear = new(() => new LogisticRegressionTrainer(new LogisticRegressionOptions { Seed = 3 }).Fit(Table(3000, 8, seed: 11)));

    /// <summary>Gets a small trained GBDT (8 features, with NaNs and interactions).</summary>
    public static BinaryClassifier Trees => LazyTrees.Value;

    /// <summary>Gets a small trained logistic model on the same data.</summary>
    public static BinaryClassifier Linear => LazyLinear.Value;

    /// <summary>
    /// A table whose label depends on thresholds, an interaction and missingness: feature 0 and 1
    /// continuous, 2 binary, 3 count, 4 continuous with 30 % NaN (missing = riskier), the rest noise.
    /// Rows come in groups of 5 ("cells").
    /// </summary>
    public static FeatureTable Table(int rows, int features, int seed, double positiveShift = -2.0)
    {
        var random = new Random(seed);
        var values = new double[rows * features];
        var labels = new bool[rows];
        var groups = new string[rows];
        for (var i = 0; i < rows; i++)
        {
            var x = values.AsSpan(i * features, features);
            for (var j = 0; j < features; j++)
            {
                x[j] = random.NextDouble() * 2 - 1;
            }

            x[2] = random.NextDouble() < 0.3 ? 1 : 0;
            x[3] = random.Next(0, 6);
            var missing = random.NextDouble() < 0.3;
            if (features > 4 && missing)
            {
                x[4] = double.NaN;
            }

            var eta = positiveShift + (2.5 * (x[0] > 0.3 ? 1 : 0)) + (1.5 * x[1] * x[2]) + (0.4 * x[3]) + (features > 4 && missing ? 1.0 : 0);
            labels[i] = random.NextDouble() < 1 / (1 + Math.Exp(-eta));
            groups[i] = "g" + (i / 5);
        }

        var names = Enumerable.Range(0, features).Select(j => "x" + j).ToArray();
        return new FeatureTable(new FeatureManifest(names), values, labels, default, groups);
    }

    public static BinaryClassifier TrainTrees(FeatureTable table, int seed, int iterations = 40, int threads = 1, double rowSample = 1, double featureSample = 1) =>
        new GradientBoostedTreesTrainer(new GradientBoostedTreesOptions
        {
            NumberOfIterations = iterations,
            MaximumLeafCount = 12,
            MinimumExampleCountPerLeaf = 10,
            Seed = seed,
            MaximumDegreeOfParallelism = threads,
            RowSampleFraction = rowSample,
            FeatureSampleFraction = featureSample,
        }, new FixedTimeProvider()).Fit(table);

    /// <summary>A random row: values in [-1.5, 1.5] or small counts, with NaNs.</summary>
    public static double[] RandomRow(Random random, int features, double missingRate = 0.2)
    {
        var x = new double[features];
        for (var j = 0; j < features; j++)
        {
            x[j] = random.NextDouble() < missingRate ? double.NaN : (random.NextDouble() * 3) - 1.5;
        }

        return x;
    }
}
