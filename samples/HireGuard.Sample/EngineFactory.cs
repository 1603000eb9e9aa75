using HireGuard.Sanctions;
using HireGuard.Scoring;

namespace HireGuard.Sample;

/// <summary>Builds the engine the console commands use from their command-line choices.</summary>
internal static class EngineFactory
{
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

        return builder.Build();
    }
}
