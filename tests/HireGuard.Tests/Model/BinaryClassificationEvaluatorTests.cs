using HireGuard.Model;
using HireGuard.Tests.TestUtilities;

namespace HireGuard.Tests.Model;

public class BinaryClassificationEvaluatorTests
{
    [Fact]
    public void RocAuc_HandComputedWithTies_CountsTiesHalf()
    {
        double[] scores = [0.9, 0.5, 0.5, 0.1];
        bool[] labels = [true, true, false, false];

        // Pairs (pos, neg): (0.9,0.5)=1, (0.9,0.1)=1, (0.5,0.5)=0.5, (0.5,0.1)=1 → 3.5/4.
        Assert.Equal(0.875, BinaryClassificationEvaluator.RocAuc(scores, labels), 12);
    }

    [Fact]
    public void AveragePrecision_HandComputed_MatchesDefinition()
    {
        double[] scores = [0.9, 0.8, 0.7, 0.6];
        bool[] labels = [true, false, true, false];

        // Thresholds 0.9: P=1, R=0.5; 0.8: P=0.5, R=0.5; 0.7: P=2/3, R=1 → 0.5·1 + 0.5·2/3.
        Assert.Equal(0.5 + (0.5 * 2 / 3), BinaryClassificationEvaluator.AveragePrecision(scores, labels), 12);
    }

    [Fact]
    public void AtFalsePositiveRate_NeverExceedsTarget()
    {
        var random = new Random(3);
        var scores = Enumerable.Range(0, 5000).Select(_ => random.NextDouble()).ToArray();
        var labels = scores.Select(s => random.NextDouble() < s * s).ToArray();

        var point = BinaryClassificationEvaluator.AtFalsePositiveRate(scores, labels, 0.01);
        var confusion = BinaryClassificationEvaluator.Confusion(scores, labels, point.Threshold);

        Assert.True(point.FalsePositiveRate <= 0.01);
        Assert.Equal(point.FalsePositiveRate, confusion.FalsePositiveRate, 12);
        Assert.Equal(point.Recall, confusion.Recall, 12);
        var looser = BinaryClassificationEvaluator.Confusion(scores, labels, scores.Where(s => s < point.Threshold).DefaultIfEmpty(0).Max());
        Assert.True(looser.FalsePositiveRate > 0.01);
    }

    [Fact]
    public void AtFalsePositiveRate_NothingQualifies_FlagsNothing()
    {
        var point = BinaryClassificationEvaluator.AtFalsePositiveRate([1.0, 0.5], [false, true], 0.0);

        Assert.Equal(double.PositiveInfinity, point.Threshold);
        Assert.Equal(0, point.Recall);
    }

    [Fact]
    public void ExpectedCalibrationError_PerfectlyCalibratedBins_IsZero()
    {
        double[] p = [0.25, 0.25, 0.25, 0.25, 0.75, 0.75, 0.75, 0.75];
        bool[] y = [true, false, false, false, true, true, true, false];

        Assert.Equal(0, BinaryClassificationEvaluator.ExpectedCalibrationError(p, y), 12);
        Assert.Equal(0.5, BinaryClassificationEvaluator.ExpectedCalibrationError([0.5, 0.5], [true, true]), 12);
    }

    [Fact]
    public void FalsePositiveRatesByGroup_ComputesRatesAndRatios()
    {
        double[] scores = [0.9, 0.2, 0.8, 0.1, 0.7, 0.6, 0.3, 0.95];
        bool[] labels = [false, false, false, false, false, false, false, true];
        string[] groups = ["a", "a", "a", "a", "b", "b", "b", "b"];

        var report = BinaryClassificationEvaluator.FalsePositiveRatesByGroup(scores, labels, groups, threshold: 0.65, topFraction: 0.25);

        Assert.Equal(["a", "b"], report.Groups.Select(g => g.Group));
        Assert.Equal(0.5, report.Groups[0].FalsePositiveRate, 12);
        Assert.Equal(1.0 / 3, report.Groups[1].FalsePositiveRate, 12);
        Assert.Equal(2.0 / 3, report.Groups[0].FalsePositiveRateRatio, 12);
        Assert.Equal(2.0 / 3, report.MinimumFalsePositiveRateRatio, 12);
        Assert.False(report.MeetsFourFifthsRule);
        Assert.Equal(0.5, report.Groups[0].ShareOfTopScores, 12);
    }

    [Fact]
    public void RocAuc_SingleClass_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => BinaryClassificationEvaluator.RocAuc([0.1, 0.2], [true, true]));
        Assert.Throws<ArgumentException>(() => BinaryClassificationEvaluator.RocAuc([0.1], [true, false]));
        Assert.Throws<ArgumentException>(() => BinaryClassificationEvaluator.RocAuc([double.NaN, 0.2], [true, false]));
    }

    [RequiresFact("python:sklearn")]
    public void Metrics_FixedVectors_MatchScikitLearn()
    {
        var random = new Random(42);
        var cases = new List<(double[] Scores, bool[] Labels, double[] Weights)>();
        for (var c = 0; c < 6; c++)
        {
            var n = 50 + random.Next(400);
            var scores = Enumerable.Range(0, n).Select(_ => Math.Round(random.NextDouble(), c % 2 == 0 ? 2 : 6)).ToArray();
            var labels = scores.Select(s => random.NextDouble() < 0.1 + (0.6 * s)).ToArray();
            labels[0] = true;
            labels[1] = false;
            var weights = Enumerable.Range(0, n).Select(_ => 0.5 + random.NextDouble()).ToArray();
            cases.Add((scores, labels, weights));
        }

        var reference = PythonReference.Run(
            """
            from sklearn.metrics import roc_auc_score, average_precision_score, log_loss
            out = []
            for c in data:
                s, y, w = c["s"], c["y"], c["w"]
                out.append([roc_auc_score(y, s), average_precision_score(y, s), log_loss(y, s),
                            roc_auc_score(y, s, sample_weight=w), average_precision_score(y, s, sample_weight=w), log_loss(y, s, sample_weight=w)])
            print(json.dumps(out))
            """,
            cases.Select(c => new { s = c.Scores, y = c.Labels.Select(l => l ? 1 : 0), w = c.Weights }).ToArray());

        for (var c = 0; c < cases.Count; c++)
        {
            var (s, y, w) = cases[c];
            var expected = reference[c].EnumerateArray().Select(e => e.GetDouble()).ToArray();
            Assert.Equal(expected[0], BinaryClassificationEvaluator.RocAuc(s, y), 12);
            Assert.Equal(expected[1], BinaryClassificationEvaluator.AveragePrecision(s, y), 12);
            Assert.Equal(expected[2], BinaryClassificationEvaluator.LogLoss(s, y), 12);
            Assert.Equal(expected[3], BinaryClassificationEvaluator.RocAuc(s, y, w), 12);
            Assert.Equal(expected[4], BinaryClassificationEvaluator.AveragePrecision(s, y, w), 12);
            Assert.Equal(expected[5], BinaryClassificationEvaluator.LogLoss(s, y, w), 12);
        }
    }

    [Fact]
    public void Evaluate_Model_ReportsConsistentFigures()
    {
        var table = ModelTestData.Table(2000, 8, seed: 99);

        var metrics = BinaryClassificationEvaluator.Evaluate(ModelTestData.Trees, table);

        Assert.Equal(2000, metrics.RowCount);
        Assert.InRange(metrics.AreaUnderRocCurve, 0.75, 1);
        Assert.True(metrics.AtTenthPercentFalsePositiveRate.Recall <= metrics.AtOnePercentFalsePositiveRate.Recall);
        Assert.InRange(metrics.ExpectedCalibrationError, 0, 0.1);
        Assert.True(metrics.LogLossReduction > 0);
        Assert.Equal(metrics.AreaUnderRocCurve, metrics.ToDictionary("test.")["test.auc"]);
    }
}
