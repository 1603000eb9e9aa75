using HireGuard.IpIntelligence;
using HireGuard.Rules;
using HireGuard.Scoring;
using HireGuard.Signals;
using HireGuard.Tests.TestUtilities;

namespace HireGuard.Tests.Rules;

/// <summary>Runs one rule through a real engine and returns what it reported.</summary>
internal static class RuleHarness
{
    public static RiskAssessment Run(IRiskRule rule, HiringCase hiringCase, Action<HireGuardOptions>? configure = null) =>
        RiskEngine.CreateBuilder()
            .WithoutBuiltInRules()
            .AddRule(rule)
            .UseTimeProvider(new FixedTimeProvider())
            .Configure(o => configure?.Invoke(o))
            .Build()
            .Evaluate(hiringCase);

    public static RiskAssessment Run(IRiskRule rule, HiringCase hiringCase, IIpIntelligence ipIntelligence, Action<HireGuardOptions>? configure = null) =>
        RiskEngine.CreateBuilder()
            .WithoutBuiltInRules()
            .AddRule(rule)
            .UseIpIntelligence(ipIntelligence)
            .UseTimeProvider(new FixedTimeProvider())
            .Configure(o => configure?.Invoke(o))
            .Build()
            .Evaluate(hiringCase);

    public static Finding? Finding(this RiskAssessment a, string code) => a.Findings.SingleOrDefault(f => f.Code == code);

    public static bool IsMissing(this RiskAssessment a, string code) =>
        a.MissingSignals.Any(m => m.Indicators.Contains(code) && !m.Signal.StartsWith("rule:", StringComparison.Ordinal));
}
