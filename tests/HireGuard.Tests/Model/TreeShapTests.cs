using HireGuard.Model;
using Xunit.Abstractions;

namespace HireGuard.Tests.Model;

public class TreeShapTests(ITestOutputHelper output)
{
    [Fact]
    public void Add_RandomTrees_MatchesBruteForceShapleyTo1e9()
    {
        var random = new Random(20250101);
        var worst = 0.0;
        for (var trial = 0; trial < 300; trial++)
        {
            var features = 2 + random.Next(6);
            var tree = BruteForceShapley.RandomTree(random, features, maxDepth: 1 + random.Next(6));
            var x = ModelTestData.RandomRow(random, features, missingRate: 0.25);

            var phi = new double[features];
            TreeShap.ForThread(tree.MaxDepth).Add(tree, x, phi);
            var expected = BruteForceShapley.Explain([tree], x);

            for (var j = 0; j < features; j++)
            {
                worst = Math.Max(worst, Math.Abs(phi[j] - expected[j]));
                Assert.True(Math.Abs(phi[j] - expected[j]) <= 1e-9, $"trial {trial} feature {j}: {phi[j]} vs {expected[j]}");
            }
        }

        output.WriteLine($"largest |TreeSHAP − brute force| over 300 random trees: {worst:E2}");
        Assert.True(worst < 1e-9);
    }

    [Fact]
    public void Explain_RandomEnsembles_MatchesBruteForceShapleyTo1e9()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 40; trial++)
        {
            var features = 3 + random.Next(5);
            var trees = Enumerable.Range(0, 1 + random.Next(8)).Select(_ => BruteForceShapley.RandomTree(random, features, 1 + random.Next(5))).ToList();
            var scorer = new TreeEnsembleScorer(features, bias: random.NextDouble() - 3, trees);
            var x = ModelTestData.RandomRow(random, features, missingRate: 0.3);

            var phi = new double[features];
            scorer.Explain(x, phi);
            var expected = BruteForceShapley.Explain(trees, x);

            for (var j = 0; j < features; j++)
            {
                Assert.True(Math.Abs(phi[j] - expected[j]) <= 1e-9, $"trial {trial} feature {j}: {phi[j]} vs {expected[j]}");
            }

            Assert.True(Math.Abs(scorer.BaseValue + phi.Sum() - scorer.PredictRaw(x)) <= 1e-9);
        }
    }

    [Fact]
    public void Explain_TrainedModel_MatchesBruteForceShapleyTo1e9()
    {
        var model = ModelTestData.Trees;
        var scorer = (TreeEnsembleScorer)model.Scorer;
        var random = new Random(5);
        for (var trial = 0; trial < 20; trial++)
        {
            var x = ModelTestData.RandomRow(random, model.FeatureCount, missingRate: 0.2);

            var phi = new double[model.FeatureCount];
            model.ExplainRaw(x, phi);
            var expected = BruteForceShapley.Explain(scorer.Trees, x);

            for (var j = 0; j < phi.Length; j++)
            {
                Assert.True(Math.Abs(phi[j] - expected[j]) <= 1e-9, $"trial {trial} feature {j}: {phi[j]} vs {expected[j]}");
            }
        }
    }

    [Fact]
    public void Explain_FeatureNeverSplitOn_GetsZero()
    {
        var random = new Random(3);
        var tree = BruteForceShapley.RandomTree(random, features: 3, maxDepth: 4);
        var scorer = new TreeEnsembleScorer(5, 0, [tree]);

        var phi = new double[5];
        scorer.Explain([0.1, double.NaN, -0.4, 7, double.NaN], phi);

        Assert.Equal(0.0, phi[3]);
        Assert.Equal(0.0, phi[4]);
    }

    [Fact]
    public void Explain_MissingValue_FollowsLearnedDirection()
    {
        // One split on feature 0 at 0.5; NaN goes right; leaves -1 (cover 3) and +2 (cover 1).
        var tree = new RegressionTree([0, -1, -1], [0.5, 0, 0], [1, 0, 0], [2, 0, 0], [false, false, false], [0, -1, 2], [4, 3, 1]);
        var scorer = new TreeEnsembleScorer(1, 0, [tree]);

        var phi = new double[1];
        scorer.Explain([double.NaN], phi);

        Assert.Equal(2.0, scorer.PredictRaw([double.NaN]));
        Assert.Equal(-0.25, scorer.BaseValue, 12);
        Assert.Equal(2.25, phi[0], 12);
    }
}
