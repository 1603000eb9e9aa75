using HireGuard.Rules.BuiltIn;
using HireGuard.Signals;
using HireGuard.Tests.TestUtilities;

namespace HireGuard.Tests.Rules;

public sealed class BrowserTimeZoneRuleTests
{
    private static readonly DateTimeOffset Winter = new(2026, 1, 15, 15, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Summer = new(2026, 7, 15, 15, 0, 0, TimeSpan.Zero);

    private static HiringCase Chicago(params Session[] sessions) => TestCases.WithCandidate("A B", "US", "America/Chicago") with { Sessions = sessions };

    [Fact]
    public void MatchingOffsetsAcrossDaylightSaving_DoNotFire()
    {
        var c = Chicago(
            new Session { Timestamp = Winter, UtcOffsetMinutes = -360 },
            new Session { Timestamp = Summer, UtcOffsetMinutes = -300 },
            new Session { Timestamp = Summer, BrowserTimeZone = "America/Chicago" });

        Assert.Null(RuleHarness.Run(new BrowserTimeZoneRule(), c).Finding("NET.GEO_CLAIM_MISMATCH"));
    }

    [Fact]
    public void PersistentMismatch_FiresWithStrengthFromShareAndCount()
    {
        var c = Chicago(
            new Session { Timestamp = Winter, UtcOffsetMinutes = 480 },
            new Session { Timestamp = Winter.AddDays(1), BrowserTimeZone = "Asia/Shanghai" },
            new Session { Timestamp = Winter.AddDays(2), UtcOffsetMinutes = -360 });

        var f = RuleHarness.Run(new BrowserTimeZoneRule(), c).Finding("NET.GEO_CLAIM_MISMATCH")!;

        Assert.Equal(2.0 / 3.0, f.Strength, 9);
        Assert.Equal("UTC+08:00", f.Evidence[0].Observed);
        Assert.Equal("UTC-06:00 (America/Chicago)", f.Evidence[0].Expected);
    }

    [Fact]
    public void SessionsDuringDeclaredTravel_AreExcused()
    {
        var c = Chicago(new Session { Timestamp = Winter, UtcOffsetMinutes = 60 });
        var travelling = c with
        {
            Candidate = c.Candidate! with { DeclaredTravel = [new DeclaredTravel { Country = "PT", From = new DateOnly(2026, 1, 10), To = new DateOnly(2026, 1, 20) }] },
        };

        Assert.NotNull(RuleHarness.Run(new BrowserTimeZoneRule(), c).Finding("NET.GEO_CLAIM_MISMATCH"));
        var excused = RuleHarness.Run(new BrowserTimeZoneRule(), travelling);
        Assert.Null(excused.Finding("NET.GEO_CLAIM_MISMATCH"));
        Assert.True(excused.IsMissing("NET.GEO_CLAIM_MISMATCH"));
    }

    [Fact]
    public void EveryZoneIsTreatedAlike_OnlyTheOffsetDifferenceMatters()
    {
        // The same one-hour-plus difference from the claim fires the same way wherever it points.
        var strengths = new[] { "Asia/Pyongyang", "Europe/London", "America/New_York", "Asia/Kolkata" }
            .Select(zone => RuleHarness.Run(new BrowserTimeZoneRule(), Chicago(new Session { Timestamp = Winter, BrowserTimeZone = zone })).Finding("NET.GEO_CLAIM_MISMATCH")!.Strength)
            .Distinct()
            .ToList();

        Assert.Single(strengths);
    }
}
