using HireGuard.Model;

namespace HireGuard.Tests.Model;

public sealed class RiskModelsTests
{
    [Fact]
    public void LoadResource_Absent_ThrowsInvalidOperationExplainingWhatToDo()
    {
        var error = Assert.Throws<InvalidOperationException>(() => RiskModels.LoadResource(typeof(RiskModels).Assembly, "HireGuard.Model.no-such-model.json"));

        Assert.Contains("hireguard train", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_IsEmbeddedOnTheCurrentSchemaWithItsTrainingManifestAndMetrics()
    {
        Assert.True(RiskModels.HasDefault);
        var model = RiskModels.Default;

        Assert.Same(model, RiskModels.Default);
        Assert.Equal(CaseFeatureSchema.CurrentVersion, model.Info.FeatureSchemaVersion);
        Assert.Equal(ExplanationMethod.TreeShap, model.Classifier.ExplanationMethod);
        Assert.Equal(1, model.Classifier.Training.Seed);
        Assert.Equal(100_000, model.Classifier.Metrics["data.rows"]);
        Assert.True(model.Classifier.Metrics["test.auc"] > 0.9, "test AUC recorded in the manifest");
        Assert.DoesNotContain(model.Classifier.Features.Names, n => n.StartsWith("finding.SAN.", StringComparison.Ordinal));
    }

    [Fact]
    public void Default_InTheEngine_KeepsTheScoreExactlyAdditiveAndSeparatesTheDemoCases()
    {
        var engine = HireGuard.Scoring.RiskEngine.CreateBuilder().UseModel(RiskModels.Default).Build();

        var farm = engine.Evaluate(TestUtilities.TestCases.Demo("03-laptop-farm"));
        var ordinary = engine.Evaluate(TestUtilities.TestCases.Demo("01-ordinary-hire"));

        foreach (var a in new[] { farm, ordinary })
        {
            Assert.Equal(a.LogOdds, a.BaseLogOdds + a.Reasons.Sum(r => r.LogOdds), 9);
            Assert.Equal(RiskModels.Default.Info.Sha256, a.Provenance.ModelSha256);
        }

        Assert.Equal(HireGuard.Scoring.RiskBand.Critical, farm.Band);
        Assert.Equal(HireGuard.Scoring.RiskBand.Low, ordinary.Band);
    }

    [Fact]
    public void Default_ReasonsOnlyTheModelGives_SayTheSignalWasNotObserved()
    {
        var engine = HireGuard.Scoring.RiskEngine.CreateBuilder().UseModel(RiskModels.Default).Build();

        var ordinary = engine.Evaluate(TestUtilities.TestCases.Demo("01-ordinary-hire"));
        var modelOnly = ordinary.Reasons.Where(r => r.Source == HireGuard.Scoring.ReasonSource.Model && r.RuleLogOdds is null).ToList();

        Assert.NotEmpty(modelOnly);
        Assert.All(modelOnly, r => Assert.Contains("the learned model", r.Text, StringComparison.Ordinal));
        Assert.Contains(modelOnly, r => r.Text.Contains(": not observed;", StringComparison.Ordinal) && r.Evidence.All(e => e.Observed == "0"));
        Assert.Contains(modelOnly, r => r.Text.Contains(": not available", StringComparison.Ordinal) && r.Evidence.All(e => e.Observed == "missing"));
    }
}
