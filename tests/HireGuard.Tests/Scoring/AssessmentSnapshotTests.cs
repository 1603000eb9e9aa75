using HireGuard.Scoring;
using HireGuard.Tests.TestUtilities;

namespace HireGuard.Tests.Scoring;

public sealed class AssessmentSnapshotTests
{
    [Fact]
    public void Evaluate_LaptopFarm_FullAssessmentMatchesSnapshot()
    {
        var engine = RiskEngine.CreateBuilder().UseTimeProvider(new FixedTimeProvider()).Build();

        var a = engine.Evaluate(TestCases.Demo("03-laptop-farm"));

        Snapshot.Match(a.ToJson(indented: true).Replace(a.Provenance.LibraryVersion, "<version>", StringComparison.Ordinal));
    }

    [Fact]
    public void ToCandidateStatement_LaptopFarm_MatchesSnapshot()
    {
        var engine = RiskEngine.CreateBuilder().UseTimeProvider(new FixedTimeProvider()).Build();

        Snapshot.Match(engine.Evaluate(TestCases.Demo("03-laptop-farm")).ToCandidateStatement().ToString());
    }

    [Fact]
    public void ToJsonThenRead_RoundTripsTheAssessment()
    {
        var engine = RiskEngine.CreateBuilder().UseTimeProvider(new FixedTimeProvider()).Build();
        var a = engine.Evaluate(TestCases.Demo("04-synthetic-identity"));

        var again = RiskAssessmentJson.Read(a.ToJson());

        Assert.Equal(a.ToJson(), again.ToJson());
        Assert.Equal(a.ToCandidateStatement().ToString(), again.ToCandidateStatement().ToString());
    }
}
