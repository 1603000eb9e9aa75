using FsCheck;
using FsCheck.Fluent;
using HireGuard.Model;

namespace HireGuard.Tests.Model;

public class BinaryClassifierTests
{
    public static TheoryData<string> Models => new() { "trees", "linear" };

    [Fact]
    public void Explain_Trees_AddsUpToCalibratedLogOddsOnEveryPrediction() =>
        AssertAdditiveOnRandomRows(ModelTestData.Trees);

    [Fact]
    public void Explain_Linear_AddsUpToCalibratedLogOddsOnEveryPrediction() =>
        AssertAdditiveOnRandomRows(ModelTestData.Linear.WithCalibration(new PlattCalibration(0.8, -0.3)));

    [Theory]
    [MemberData(nameof(Models))]
    public void ExplainRaw_AddsUpToRawScore(string kind)
    {
        var model = Pick(kind);
        var random = new Random(1);
        for (var i = 0; i < 200; i++)
        {
            var x = ModelTestData.RandomRow(random, model.FeatureCount, 0.3);
            var phi = new double[model.FeatureCount];

            var rawBase = model.ExplainRaw(x, phi);

            Assert.True(Math.Abs(rawBase + phi.Sum() - model.PredictRaw(x)) <= 1e-9);
        }
    }

    [Fact]
    public void Explain_Linear_IsWeightTimesDistanceFromMean()
    {
        var model = ModelTestData.Linear;
        var scorer = (LinearScorer)model.Scorer;
        double[] x = [0.5, -0.2, 1, 3, 0.1, 0, 0, 0];

        var explanation = model.Explain(x);

        for (var j = 0; j < x.Length; j++)
        {
            var expected = (scorer.Weights[j] * (Math.Clamp(x[j], scorer.Minimums[j], scorer.Maximums[j]) - scorer.Means[j])) - (scorer.MissingWeights[j] * scorer.MissingRates[j]);
            Assert.Equal(expected, explanation.Contributions[j].LogOdds, 12);
        }

        Assert.Equal(ExplanationMethod.Linear, explanation.Method);
    }

    [Fact]
    public void Explain_LinearMissingValue_UsesMissingWeightAndRate()
    {
        var model = ModelTestData.Linear;
        var scorer = (LinearScorer)model.Scorer;
        Assert.True(scorer.MissingRates[4] > 0.2);
        Assert.NotEqual(0.0, scorer.MissingWeights[4]);
        double[] x = [0.5, -0.2, 1, 3, double.NaN, 0, 0, 0];

        var explanation = model.Explain(x);

        Assert.Equal(scorer.MissingWeights[4] * (1 - scorer.MissingRates[4]), explanation.Contributions[4].LogOdds, 12);
        Assert.True(explanation.AdditivityError <= 1e-9);
    }

    [Fact]
    public void BaseValue_Linear_IsMeanRawScoreOfTrainingData()
    {
        var table = ModelTestData.Table(3000, 8, seed: 11);
        var model = ModelTestData.Linear;

        var mean = Enumerable.Range(0, table.RowCount).Average(i => model.PredictRaw(table.GetRow(i)));

        Assert.Equal(mean, model.RawBaseValue, 9);
    }

    [Fact]
    public void BaseValue_Trees_IsMeanRawScoreOfTrainingRows()
    {
        // Covers are the training rows (the 90 % left after the validation hold-out), so the
        // path-dependent base value is their mean raw score.
        var table = ModelTestData.Table(3000, 8, seed: 11);
        var (train, _) = DataSplitter.Split(table, 0.1, 3);
        var model = ModelTestData.Trees;

        var mean = train.Average(i => model.PredictRaw(table.GetRow(i)));

        Assert.Equal(mean, model.RawBaseValue, 9);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Predict_WrongLength_ThrowsArgumentException(string kind)
    {
        var model = Pick(kind);

        Assert.Throws<ArgumentException>(() => model.Predict(new double[model.FeatureCount + 1]));
        Assert.Throws<ArgumentException>(() => model.ExplainRaw(new double[model.FeatureCount], new double[model.FeatureCount - 1]));
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Predict_ExtremeInputs_ReturnsProbabilityInUnitInterval(string kind)
    {
        var model = Pick(kind);
        double[] specials = [double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, -double.MaxValue, double.Epsilon, 0];
        var random = new Random(2);
        for (var i = 0; i < 200; i++)
        {
            var x = Enumerable.Range(0, model.FeatureCount).Select(_ => specials[random.Next(specials.Length)]).ToArray();

            var p = model.PredictProbability(x);

            Assert.InRange(p, 0, 1);
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Predict_ManyThreads_SameAnswersAsOneThread(string kind)
    {
        var model = Pick(kind);
        var random = new Random(9);
        var rows = Enumerable.Range(0, 500).Select(_ => ModelTestData.RandomRow(random, model.FeatureCount)).ToArray();
        var expected = rows.Select(r => (model.PredictRaw(r), model.Explain(r).Contributions.Sum(c => c.LogOdds))).ToArray();

        var actual = new (double, double)[rows.Length];
        Parallel.For(0, rows.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            actual[i] = (model.PredictRaw(rows[i]), model.Explain(rows[i]).Contributions.Sum(c => c.LogOdds)));

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void PredictAndExplain_Trees_AllocateNothingOnceWarm()
    {
        var model = ModelTestData.Trees;
        var x = ModelTestData.RandomRow(new Random(4), model.FeatureCount);
        var phi = new double[model.FeatureCount];
        model.Predict(x);
        model.Explain(x, phi);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            model.Predict(x);
            model.Explain(x, phi);
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    [Fact]
    public void WithMetrics_NotFinite_Throws()
    {
        var metrics = new Dictionary<string, double> { ["auc"] = double.NaN };

        Assert.Throws<ArgumentException>(() => ModelTestData.Trees.WithMetrics(metrics));
    }

    [Fact]
    public void Top_OrdersByMagnitude()
    {
        var explanation = ModelTestData.Trees.Explain([0.9, 0.9, 1, 5, double.NaN, 0, 0, 0]);

        var top = explanation.Top(3);

        Assert.Equal(3, top.Count);
        Assert.True(Math.Abs(top[0].LogOdds) >= Math.Abs(top[1].LogOdds));
        Assert.True(Math.Abs(top[1].LogOdds) >= Math.Abs(top[2].LogOdds));
    }

    private static BinaryClassifier Pick(string kind) => kind == "trees" ? ModelTestData.Trees : ModelTestData.Linear;

    private static void AssertAdditiveOnRandomRows(BinaryClassifier model)
    {
        var values = Gen.OneOf(
            Gen.Constant(double.NaN),
            Gen.Choose(-3000, 3000).Select(i => i / 1000.0),
            Gen.Elements(0.0, 1.0, double.PositiveInfinity, double.NegativeInfinity, 1e300, -1e300));
        var rows = Gen.ArrayOf(values, model.FeatureCount).ToArbitrary();
        Prop.ForAll(rows, x =>
        {
            var explanation = model.Explain(x);
            var scale = Math.Max(1, Math.Abs(explanation.LogOdds));
            return explanation.AdditivityError <= 1e-9 * scale
                && Math.Abs(explanation.LogOdds - model.Predict(x).LogOdds) <= 1e-12 * scale;
        }).QuickCheckThrowOnFailure();
    }
}
