using System.CommandLine;
using HireGuard.Sample.Rendering;
using Spectre.Console;

namespace HireGuard.Sample.Commands;

/// <summary><c>hireguard demo</c>: the whole pipeline on embedded defaults, no arguments, no network.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var command = new Command("demo", "Score a handful of contrasting built-in cases on embedded defaults and explain one in full.");
        command.SetAction(_ => Run(AnsiConsole.Console));
        return command;
    }

    public static int Run(IAnsiConsole console)
    {
        Scoring.RiskEngine engine;
        using (var ip = DemoIpIntelligence.Create(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero)))
        {
            engine = EngineFactory.Create(new EngineChoices
            {
                Sanctions = new HireGuard.Sanctions.SanctionsOptions { UseEmbeddedExcerpt = true },
                IpIntelligence = ip.Options,
                Model = HireGuard.Model.RiskModels.HasDefault ? HireGuard.Model.RiskModels.Default : null,
            });
        }

        var results = DemoCases.Load().Select(c => (c.Name, Assessment: engine.Evaluate(c.Case))).ToList();
        console.Write(AssessmentRenderer.Summary(results));
        var explained = results.OrderByDescending(r => r.Assessment.Score).First();
        AssessmentRenderer.Explain(console, explained.Name, explained.Assessment);
        if (HireGuard.Model.RiskModels.HasDefault)
        {
            console.MarkupLine($"[grey]Learned model: the embedded default ({Markup.Escape(HireGuard.Model.RiskModels.Default.ToString())}), trained on a synthetic population; retrain on your own adjudicated cases.[/]");
        }

        console.MarkupLine("[grey]IP intelligence: a demo MMDB built at start from documentation-range networks (not real geolocation data).[/]");
        console.MarkupLine("[grey]Score your own case: hireguard score case.json --json [[--mmdb GeoIP2-City.mmdb]] [[--ip-list astrill=astrill.txt]]. Cases: samples/HireGuard.Sample/Cases/.[/]");
        return 0;
    }
}
