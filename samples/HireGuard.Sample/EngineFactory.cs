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
            builder.UseIpIntelligence(IpIntelligenceService.Create(ip, choices.TimeProvider));
        }
        else if (choices.ReferenceDirectory is { } reference && IpOptions(reference) is { } fromReference)
        {
            builder.UseIpIntelligence(IpIntelligenceService.Create(fromReference, choices.TimeProvider));
        }

        if (choices.Model is { } model)
        {
            builder.UseModel(model);
        }

        return builder.Build();
    }

    /// <summary>IP intelligence over <c>ip.mmdb</c> and <c>lists/*.txt</c> of a reference directory, or null when it has neither.</summary>
    public static IpIntelligenceOptions? IpOptions(string reference)
    {
        var options = new IpIntelligenceOptions();
        var mmdb = Path.Combine(reference, "ip.mmdb");
        if (File.Exists(mmdb))
        {
            options.Databases.Add(new MmdbDatabaseOptions { Path = mmdb, Name = "reference/ip.mmdb" });
        }

        var lists = Path.Combine(reference, "lists");
        if (Directory.Exists(lists))
        {
            foreach (var file in Directory.EnumerateFiles(lists, "*.txt").Order(StringComparer.Ordinal))
            {
                options.Lists.Add(new IpListOptions { Path = file, Label = Path.GetFileNameWithoutExtension(file).ToLowerInvariant() });
            }
        }

        return options.Databases.Count + options.Lists.Count > 0 ? options : null;
    }
}
