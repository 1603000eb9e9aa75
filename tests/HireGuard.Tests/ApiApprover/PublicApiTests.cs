using HireGuard.Scoring;
using HireGuard.Synthetic;
using HireGuard.Tests.TestUtilities;

namespace HireGuard.Tests.ApiApprover;

public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesApprovedSnapshot()
    {
        // Any change to the public surface must be reviewed: accept it by copying the
        // .received.txt over the .verified.txt, and add a CHANGELOG line.
        Snapshot.Match(PublicApiWriter.Write(typeof(RiskEngine).Assembly));
    }

    [Fact]
    public void PublicApi_Synthetic_MatchesApprovedSnapshot()
    {
        // The synthetic generator's surface (HireGuard.Synthetic), approved the same way.
        Snapshot.Match(PublicApiWriter.Write(typeof(SyntheticPopulation).Assembly));
    }
}
