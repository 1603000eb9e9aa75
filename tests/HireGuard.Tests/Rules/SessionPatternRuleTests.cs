using HireGuard.Rules.BuiltIn;
using HireGuard.Signals;
using HireGuard.Tests.TestUtilities;

namespace HireGuard.Tests.Rules;

/// <summary>NET.INPUT_LATENCY and NET.ALWAYS_ON_SESSION, which read only what sessions and employment carry.</summary>
public sealed class SessionPatternRuleTests
{
    private const string Latency = "NET.INPUT_LATENCY";
    private const string AlwaysOn = "NET.ALWAYS_ON_SESSION";
    private static readonly DateTimeOffset Day = new(2026, 10, 5, 0, 0, 0, TimeSpan.Zero);

    private static HiringCase With(params Session[] sessions) => TestCases.WithCandidate("A B") with { Sessions = sessions };

    private static Session Measured(double p50, double? rtt, int samples = 5000) =>
        new() { Timestamp = Day, CorporateDevice = true, InputLatency = new InputLatency { P50Ms = p50, P95Ms = p50 * 2, Samples = samples, NetworkRttMs = rtt } };

    [Fact]
    public void InputLatency_SecondHopOverAFastLine_FiresInFull()
    {
        var f = RuleHarness.Run(new InputLatencyRule(), With(Measured(142, 18))).Finding(Latency)!;

        Assert.Equal(1.0, f.Strength);
        Assert.Equal(("/sessions/0/inputLatency/p50Ms", "142 ms"), (f.Evidence[0].Pointer, f.Evidence[0].Observed));
        Assert.Equal("18 ms", f.Evidence[1].Observed);
    }

    [Fact]
    public void InputLatency_SlowLineExplainsTheDelay_DoesNotFire()
    {
        var a = RuleHarness.Run(new InputLatencyRule(), With(Measured(160, 120)));

        Assert.Null(a.Finding(Latency));
        Assert.False(a.IsMissing(Latency));
    }

    [Fact]
    public void InputLatency_NormalLatency_DoesNotFire()
    {
        Assert.Null(RuleHarness.Run(new InputLatencyRule(), With(Measured(35, 20))).Finding(Latency));
    }

    [Fact]
    public void InputLatency_UnknownRoundTrip_CountsAtReducedStrength()
    {
        Assert.Equal(0.6, RuleHarness.Run(new InputLatencyRule(), With(Measured(142, null))).Finding(Latency)!.Strength);
    }

    [Fact]
    public void InputLatency_TooFewSamples_IsMissingNotClean()
    {
        var a = RuleHarness.Run(new InputLatencyRule(), With(Measured(400, 10, samples: 12), new Session { Timestamp = Day }));

        Assert.Null(a.Finding(Latency));
        Assert.True(a.IsMissing(Latency));
    }

    [Fact]
    public void InputLatency_ThresholdsComeFromOptions()
    {
        Assert.Null(RuleHarness.Run(new InputLatencyRule(), With(Measured(142, 18)), o => o.Rules.InputLatencyThresholdMs = 150).Finding(Latency));
        Assert.Null(RuleHarness.Run(new InputLatencyRule(), With(Measured(142, 18)), o => o.Rules.InputLatencyMinExcessMs = 130).Finding(Latency));
    }

    [Fact]
    public void AlwaysOn_InteractiveHoursAroundTheClock_FiresInFull()
    {
        var c = TestCases.WithCandidate("A B") with { Employment = new Employment { InteractiveHoursPerDay = 19.5 } };

        var f = RuleHarness.Run(new AlwaysOnSessionRule(), c).Finding(AlwaysOn)!;

        Assert.Equal(1.0, f.Strength);
        Assert.Equal("/employment/interactiveHoursPerDay", f.Evidence[0].Pointer);
    }

    [Theory]
    [InlineData(3, 0.5)]
    [InlineData(6, 1.0)]
    public void AlwaysOn_SignInsEverySixHoursForDays_FiresByDayCount(int days, double strength)
    {
        var sessions = Enumerable.Range(0, days).SelectMany(d => new[] { 1, 7, 13, 19 }.Select(h => new Session { Timestamp = Day.AddDays(d).AddHours(h) })).ToArray();

        var f = RuleHarness.Run(new AlwaysOnSessionRule(), With(sessions)).Finding(AlwaysOn)!;

        Assert.Equal(strength, f.Strength, 9);
    }

    [Fact]
    public void AlwaysOn_OfficeHoursAndNextMorning_IsNotRoundTheClock()
    {
        // Sign-ins at 08:00, 12:00, 17:00 and the next day's 07:30 lie within 24 hours but leave a night's rest.
        var sessions = Enumerable.Range(0, 10).SelectMany(d => new[] { 8.0, 12.0, 17.0 }.Select(h => new Session { Timestamp = Day.AddDays(d).AddHours(h) })).ToArray();

        var a = RuleHarness.Run(new AlwaysOnSessionRule(), With(sessions));

        Assert.Null(a.Finding(AlwaysOn));
        Assert.False(a.IsMissing(AlwaysOn));
    }

    [Fact]
    public void AlwaysOn_NoHoursAndTooFewDays_IsMissing()
    {
        var a = RuleHarness.Run(new AlwaysOnSessionRule(), With(new Session { Timestamp = Day }, new Session { Timestamp = Day.AddHours(12) }));

        Assert.Null(a.Finding(AlwaysOn));
        Assert.True(a.IsMissing(AlwaysOn));
    }
}
