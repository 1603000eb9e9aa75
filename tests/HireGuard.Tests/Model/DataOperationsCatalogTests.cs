using HireGuard.Model;

namespace HireGuard.Tests.Model;

public class DataOperationsCatalogTests
{
    [Fact]
    public void TrainTestSplit_WithGroups_NeverSplitsAGroup()
    {
        var table = ModelTestData.Table(1003, 4, seed: 1);

        var split = new ModelContext(seed: 4).Data.TrainTestSplit(table, testFraction: 0.25);

        var trainGroups = split.TrainSet.GroupIds!.ToHashSet();
        var testGroups = split.TestSet.GroupIds!.ToHashSet();
        Assert.Empty(trainGroups.Intersect(testGroups));
        Assert.Equal(1003, split.TrainSet.RowCount + split.TestSet.RowCount);
        Assert.InRange(split.TestSet.RowCount, 240, 260);
    }

    [Fact]
    public void TrainTestSplit_SameSeed_SameSplit_OtherSeed_OtherSplit()
    {
        var table = ModelTestData.Table(500, 4, seed: 1);
        var data = new ModelContext(seed: 1).Data;

        var a = data.TrainTestSplit(table, 0.3);
        var b = data.TrainTestSplit(table, 0.3);
        var c = data.TrainTestSplit(table, 0.3, seed: 2);

        Assert.Equal(a.TestSet.ComputeSha256(), b.TestSet.ComputeSha256());
        Assert.NotEqual(a.TestSet.ComputeSha256(), c.TestSet.ComputeSha256());
    }

    [Fact]
    public void TrainTestSplit_WithoutGroups_StratifiesByLabel()
    {
        var random = new Random(2);
        var labels = Enumerable.Range(0, 1000).Select(i => i % 50 == 0).ToArray();
        var table = new FeatureTable(["a"], labels.Select(_ => random.NextDouble()).ToArray(), labels);

        var split = new ModelContext().Data.TrainTestSplit(table, 0.2);

        Assert.Equal(4, split.TestSet.PositiveCount);
        Assert.Equal(200, split.TestSet.RowCount);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void TrainTestSplit_BadFraction_Throws(double fraction) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ModelContext().Data.TrainTestSplit(ModelTestData.Table(10, 4, 1), fraction));

    [Fact]
    public void ModelContext_EndToEnd_FitEvaluateSaveLoad()
    {
        var ml = new ModelContext(seed: 3, new FixedTimeProvider());
        var split = ml.Data.TrainTestSplit(ModelTestData.Table(3000, 8, seed: 21), 0.2);

        var model = ml.BinaryClassification.Trainers.GradientBoostedTrees(new GradientBoostedTreesOptions { NumberOfIterations = 30 }).Fit(split.TrainSet);
        var metrics = ml.BinaryClassification.Evaluate(model, split.TestSet);
        var withMetrics = model.WithMetrics(metrics.ToDictionary("test."));
        using var stream = new MemoryStream();
        ml.Model.Save(withMetrics, stream);
        stream.Position = 0;
        var loaded = ml.Model.Load(stream, split.TrainSet.Manifest);

        Assert.Equal(3, model.Training.Seed);
        Assert.Equal(metrics.AreaUnderRocCurve, loaded.Metrics["test.auc"]);
        Assert.True(metrics.AreaUnderRocCurve > 0.75);
    }
}
