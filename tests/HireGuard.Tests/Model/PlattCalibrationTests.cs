using HireGuard.Model;

namespace HireGuard.Tests.Model;

public class PlattCalibrationTests
{
    [Fact]
    public void Fit_LogisticData_RecoversSlopeAndIntercept()
    {
        var random = new Random(1);
        var scores = Enumerable.Range(0, 200_000).Select(_ => (random.NextDouble() * 8) - 4).ToArray();
        var labels = scores.Select(s => random.NextDouble() < 1 / (1 + Math.Exp(-((0.5 * s) - 1)))).ToArray();

        var platt = PlattCalibration.Fit(scores, labels);

        Assert.Equal(0.5, platt.Slope, 1);
        Assert.Equal(-1, platt.Intercept, 1);
    }

    [Fact]
    public void Fit_ReversedScores_ThrowsModelTrainingException()
    {
        double[] scores = [3, 2, 1, -1, -2, -3];
        bool[] labels = [false, false, false, true, true, true];

        Assert.Throws<ModelTrainingException>(() => PlattCalibration.Fit(scores, labels));
    }

    [Fact]
    public void Fit_SeparatedScores_StaysFinite()
    {
        var platt = PlattCalibration.Fit([-2, -1, 1, 2], [false, false, true, true]);

        Assert.True(double.IsFinite(platt.Slope) && platt.Slope > 0);
    }

    [Fact]
    public void Constructor_NonPositiveSlope_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PlattCalibration(0, 1));

    [Fact]
    public void WithCalibration_ScalesContributionsBySlope()
    {
        var model = ModelTestData.Trees.WithCalibration(new PlattCalibration(2, 0.5));
        var x = new double[] { 0.5, 0.1, 1, 2, double.NaN, 0, 0, 0 };
        var raw = new double[8];
        var calibrated = new double[8];

        var rawBase = model.ExplainRaw(x, raw);
        var calibratedBase = model.Explain(x, calibrated);

        Assert.Equal((2 * rawBase) + 0.5, calibratedBase, 12);
        for (var j = 0; j < 8; j++)
        {
            Assert.Equal(2 * raw[j], calibrated[j], 12);
        }
    }
}
