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
    public void Default_MatchesWhetherTheResourceIsEmbedded()
    {
        if (RiskModels.HasDefault)
        {
            Assert.Equal(CaseFeatureSchema.CurrentVersion, RiskModels.Default.Info.FeatureSchemaVersion);
            Assert.Same(RiskModels.Default, RiskModels.Default);
        }
        else
        {
            Assert.Throws<InvalidOperationException>(() => RiskModels.Default);
        }
    }
}
