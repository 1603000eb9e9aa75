using HireGuard.Model;
using Microsoft.Extensions.Options;

namespace HireGuard.Tests.Model;

public class GradientBoostedTreesTrainerTests
{
    [Fact]
    public void Fit_SameSeed_GivesByteIdenticalModel()
    {
        var table = ModelTestData.Table(2000, 8, seed: 1);

        var first = ModelTestData.TrainTrees(table, seed: 5, rowSample: 0.7, featureSample: 0.6);
        var second = ModelTestData.TrainTrees(table, seed: 5, rowSample: 0.7, featureSample: 0.6);

        Assert.Equal(first.Sha256, second.Sha256);
        Assert.Equal(Save(first), Save(second));
    }

    [Fact]
    public void Fit_DifferentSeed_GivesDifferentSampledModel()
    {
        var table = ModelTestData.Table(2000, 8, seed: 1);

        var first = ModelTestData.TrainTrees(table, seed: 5, rowSample: 0.7);
        var second = ModelTestData.TrainTrees(table, seed: 6, rowSample: 0.7);

        Assert.NotEqual(first.Sha256, second.Sha256);
    }

    [Fact]
    public void Fit_AnyThreadCount_GivesIdenticalModel()
    {
        var table = ModelTestData.Table(20_000, 8, seed: 2);

        var one = ModelTestData.TrainTrees(table, seed: 1, threads: 1);
        var four = ModelTestData.TrainTrees(table, seed: 1, threads: 4);

        Assert.Equal(one.Sha256, four.Sha256);
    }

    [Fact]
    public void Fit_LearnsThresholdsInteractionsAndMissingness()
    {
        var model = ModelTestData.Trees;
        var test = ModelTestData.Table(5000, 8, seed: 12);

        var metrics = BinaryClassificationEvaluator.Evaluate(model, test);

        Assert.True(metrics.AreaUnderRocCurve > 0.8, $"AUC {metrics.AreaUnderRocCurve}");
        double[] x = [0.9, 0.0, 0, 0, 0.0, 0, 0, 0];
        var present = model.PredictRaw(x);
        x[4] = double.NaN;
        Assert.True(model.PredictRaw(x) > present + 0.3, "a missing x4 raises the risk, as in the data");
    }

    [Fact]
    public void Fit_EarlyStopping_KeepsBestIteration()
    {
        var table = ModelTestData.Table(3000, 8, seed: 4);
        var options = new GradientBoostedTreesOptions { NumberOfIterations = 2000, LearningRate = 0.3, EarlyStoppingRounds = 5, Seed = 1 };

        var model = new GradientBoostedTreesTrainer(options).Fit(table);

        Assert.InRange(model.Training.Iterations, 1, 1999);
        Assert.Equal(model.Training.Iterations, ((TreeEnsembleScorer)model.Scorer).Trees.Length);
        Assert.True(model.Training.ValidationRowCount > 0);
        Assert.True(model.Metrics.ContainsKey("validation.auc"));
    }

    [Fact]
    public void Fit_ExplicitValidationSet_IsUsedAndRecorded()
    {
        var train = ModelTestData.Table(2000, 8, seed: 4);
        var valid = ModelTestData.Table(500, 8, seed: 5);

        var model = new GradientBoostedTreesTrainer(new GradientBoostedTreesOptions { NumberOfIterations = 30 }).Fit(train, valid);

        Assert.Equal(2000, model.Training.TrainingRowCount);
        Assert.Equal(500, model.Training.ValidationRowCount);
        Assert.Equal(CalibrationMethod.Platt, model.CalibrationMethod);
        Assert.True(model.Calibration.Slope > 0);
    }

    [Fact]
    public void Fit_RespectsDepthAndLeafLimits()
    {
        var table = ModelTestData.Table(3000, 8, seed: 4);
        var options = new GradientBoostedTreesOptions { NumberOfIterations = 10, MaximumDepth = 3, MaximumLeafCount = 6, MinimumExampleCountPerLeaf = 50, EarlyStoppingRounds = 0, Calibration = CalibrationMethod.None, ValidationFraction = 0 };

        var model = new GradientBoostedTreesTrainer(options).Fit(table);

        foreach (var tree in ((TreeEnsembleScorer)model.Scorer).Trees)
        {
            Assert.True(tree.MaxDepth <= 3);
            Assert.True(tree.Feature.Count(f => f < 0) <= 6);
            for (var i = 0; i < tree.NodeCount; i++)
            {
                Assert.True(tree.Feature[i] >= 0 || tree.Cover[i] >= 50);
            }
        }
    }

    [Fact]
    public void Fit_RecordsManifest()
    {
        var table = ModelTestData.Table(1000, 8, seed: 4);

        var model = ModelTestData.TrainTrees(table, seed: 9);

        Assert.Equal("gradient-boosted-trees", model.Training.Trainer);
        Assert.Equal(table.ComputeSha256(), model.Training.DataSha256);
        Assert.Equal(9, model.Training.Seed);
        Assert.Equal(FixedTimeProvider.Instant, model.Training.StartedAt);
        Assert.Equal("40", model.Training.HyperParameters["numberOfIterations"]);
        Assert.Equal(table.RowCount, model.Training.TrainingRowCount + model.Training.ValidationRowCount);
    }

    [Fact]
    public void Fit_SingleClass_ThrowsModelTrainingException()
    {
        var table = new FeatureTable(["a"], [1.0, 2.0, 3.0], [false, false, false]);

        var error = Assert.Throws<ModelTrainingException>(() => new GradientBoostedTreesTrainer().Fit(table));

        Assert.Contains("both positive and negative", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_ValidationWithOtherFeatures_ThrowsArgumentException()
    {
        var train = ModelTestData.Table(200, 8, seed: 1);
        var valid = ModelTestData.Table(200, 7, seed: 1);

        Assert.Throws<ArgumentException>(() => new GradientBoostedTreesTrainer().Fit(train, valid));
    }

    [Fact]
    public void Fit_AllMissingAndConstantFeatures_StillTrains()
    {
        var random = new Random(1);
        var n = 400;
        var values = new double[n * 3];
        var labels = new bool[n];
        for (var i = 0; i < n; i++)
        {
            values[i * 3] = double.NaN;
            values[(i * 3) + 1] = 7;
            values[(i * 3) + 2] = random.NextDouble();
            labels[i] = random.NextDouble() < values[(i * 3) + 2];
        }

        var model = new GradientBoostedTreesTrainer(new GradientBoostedTreesOptions { MinimumExampleCountPerLeaf = 5 }).Fit(new FeatureTable(["nan", "const", "x"], values, labels));

        var phi = new double[3];
        model.ExplainRaw([double.NaN, 7, 0.9], phi);
        Assert.Equal(0.0, phi[0]);
        Assert.Equal(0.0, phi[1]);
        Assert.True(phi[2] > 0);
    }

    [Fact]
    public void Constructor_InvalidOptions_ListsEveryFailure()
    {
        var options = new GradientBoostedTreesOptions
        {
            LearningRate = 0,
            MaximumBinCount = 1,
            MaximumDegreeOfParallelism = 0,
            L2Regularization = 0,
            MinimumHessianPerLeaf = 0,
        };

        var error = Assert.Throws<OptionsValidationException>(() => new GradientBoostedTreesTrainer(options));

        Assert.Contains(error.Failures, f => f.Contains(nameof(options.LearningRate), StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains(nameof(options.MaximumBinCount), StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains(nameof(options.MaximumDegreeOfParallelism), StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("unbounded", StringComparison.Ordinal));
    }

    [Fact]
    public void Constructor_HoldOutWithoutUse_IsRejected()
    {
        var options = new GradientBoostedTreesOptions { EarlyStoppingRounds = 0, Calibration = CalibrationMethod.None, ValidationFraction = 0.2 };

        var error = Assert.Throws<OptionsValidationException>(() => new GradientBoostedTreesTrainer(options));

        Assert.Contains(error.Failures, f => f.Contains(nameof(options.ValidationFraction), StringComparison.Ordinal));
    }

    private static byte[] Save(BinaryClassifier model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
