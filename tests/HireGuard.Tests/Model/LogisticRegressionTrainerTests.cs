using HireGuard.Model;
using HireGuard.Tests.TestUtilities;
using Microsoft.Extensions.Options;

namespace HireGuard.Tests.Model;

public class LogisticRegressionTrainerTests
{
    [Fact]
    public void Fit_Converges_GradientIsZeroAtSolution()
    {
        var table = ModelTestData.Table(3000, 8, seed: 11);
        var model = new LogisticRegressionTrainer(new LogisticRegressionOptions { L2Regularization = 1e-3, MissingValueIndicators = false }).Fit(table);
        var scorer = (LinearScorer)model.Scorer;

        // d/dw_j of mean log-loss + λ/2 Σ (w_j·sd_j)²  must vanish; check the intercept direction and feature 0.
        double g0 = 0, g1 = 0;
        for (var i = 0; i < table.RowCount; i++)
        {
            var row = table.GetRow(i);
            var r = (1 / (1 + Math.Exp(-model.PredictRaw(row)))) - (table.Labels[i] ? 1 : 0);
            g0 += r;
            g1 += r * row[1];
        }

        Assert.True(Math.Abs(g0 / table.RowCount) < 1e-8);
        var sd = Math.Sqrt(Enumerable.Range(0, table.RowCount).Select(i => table[i, 1]).Select(v => (v - scorer.Means[1]) * (v - scorer.Means[1])).Average());
        Assert.True(Math.Abs((g1 / table.RowCount) + (1e-3 * scorer.Weights[1] * sd * sd)) < 1e-8);
    }

    [Fact]
    public void Fit_AnyThreadCount_GivesIdenticalModel()
    {
        var table = ModelTestData.Table(20_000, 8, seed: 3);

        var one = new LogisticRegressionTrainer(new LogisticRegressionOptions { MaximumDegreeOfParallelism = 1 }, new FixedTimeProvider()).Fit(table);
        var four = new LogisticRegressionTrainer(new LogisticRegressionOptions { MaximumDegreeOfParallelism = 4 }, new FixedTimeProvider()).Fit(table);

        Assert.Equal(one.Sha256, four.Sha256);
    }

    [Fact]
    public void Fit_InfiniteValue_ThrowsModelTrainingException()
    {
        var table = new FeatureTable(["a"], [1.0, double.PositiveInfinity, 3.0, 0.5], [false, true, true, false]);

        Assert.Throws<ModelTrainingException>(() => new LogisticRegressionTrainer().Fit(table));
    }

    [Fact]
    public void Fit_SeparableData_StaysFinite()
    {
        var table = new FeatureTable(["a"], [-2.0, -1.0, 1.0, 2.0], [false, false, true, true]);

        var model = new LogisticRegressionTrainer().Fit(table);

        Assert.True(double.IsFinite(model.PredictRaw([5.0])));
        Assert.True(model.PredictProbability([2.0]) > 0.9);
    }

    [Fact]
    public void Fit_PlattOnHeldOutRows_RecordsValidation()
    {
        var table = ModelTestData.Table(3000, 8, seed: 11);

        var model = new LogisticRegressionTrainer(new LogisticRegressionOptions { Calibration = CalibrationMethod.Platt, ValidationFraction = 0.2 }).Fit(table);

        Assert.Equal(CalibrationMethod.Platt, model.CalibrationMethod);
        Assert.InRange(model.Calibration.Slope, 0.7, 1.3);
        Assert.True(model.Training.ValidationRowCount > 0);
    }

    [Fact]
    public void Constructor_InvalidOptions_ListsEveryFailure()
    {
        var options = new LogisticRegressionOptions { L2Regularization = 0, MaximumDegreeOfParallelism = 0, ValidationFraction = 0.3 };

        var error = Assert.Throws<OptionsValidationException>(() => new LogisticRegressionTrainer(options));

        Assert.Equal(3, error.Failures.Count());
    }

    [RequiresFact("python:sklearn")]
    public void Fit_SameObjective_MatchesScikitLearn()
    {
        // Without missing values our objective equals scikit-learn's on standardised features with
        // C = 1 / (λ·n) (StandardScaler's population standard deviation = ours).
        var random = new Random(8);
        var n = 1500;
        var p = 5;
        var values = new double[n * p];
        var labels = new bool[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < p; j++)
            {
                values[(i * p) + j] = (random.NextDouble() * (j + 1)) + j;
            }

            var eta = -1 + values[i * p] - (0.5 * values[(i * p) + 1]) + (0.2 * values[(i * p) + 3]);
            labels[i] = random.NextDouble() < 1 / (1 + Math.Exp(-eta));
        }

        var table = new FeatureTable(Enumerable.Range(0, p).Select(j => "x" + j), values, labels);
        const double Lambda = 1e-3;
        var model = new LogisticRegressionTrainer(new LogisticRegressionOptions { L2Regularization = Lambda }).Fit(table);
        var probe = Enumerable.Range(0, 20).Select(i => table.GetRow(i).ToArray()).ToArray();

        var reference = PythonReference.Run(
            """
            import numpy as np
            from sklearn.linear_model import LogisticRegression
            from sklearn.pipeline import make_pipeline
            from sklearn.preprocessing import StandardScaler
            x = np.array(data["x"]).reshape(-1, data["p"])
            m = make_pipeline(StandardScaler(), LogisticRegression(C=1.0 / (data["lam"] * len(data["y"])), tol=1e-12, max_iter=10000))
            m.fit(x, data["y"])
            print(json.dumps(list(m.decision_function(np.array(data["probe"])))))
            """,
            new { x = values, p, y = labels.Select(l => l ? 1 : 0), lam = Lambda, probe });

        for (var k = 0; k < probe.Length; k++)
        {
            // scikit-learn's L-BFGS stops at its own tolerance; Newton converges further.
            Assert.True(Math.Abs(reference[k].GetDouble() - model.PredictRaw(probe[k])) < 1e-5, $"row {k}");
        }
    }
}
