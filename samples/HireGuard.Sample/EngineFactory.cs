using HireGuard.IpIntelligence;
using HireGuard.Sanctions;
using HireGuard.Scoring;

namespace HireGuard.Sample;

/// <summary>Builds the engine the console commands use from their command-line choices.</summary>
internal static class EngineFactory
{
    /// <summary>Builds the engine; an IP intelligence service it opens lives as long as the process (the console exits after one command).</summary>
    public static RiskEngine Create(EngineChoices choices)
    {
        var builder = RiskEngine.CreateBuilder();
        if (choices.TimeProvider is { } time)
        {
            builder.UseTimeProvider(time);
        }

        if (choices.Sanctions is { } sanctions)
        {
            builder.UseSanctionsScreener(SanctionsScreener.Create(sanctions));
        }

        if (choices.IpIntelligence is { } ip)
        {
            builder.UseIpIntelligence(IpIntelligenceService.Create(ip));
        }

        return builder.Build();
    }
}
