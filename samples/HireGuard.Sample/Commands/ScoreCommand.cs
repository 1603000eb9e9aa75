using System.CommandLine;
using HireGuard.IpIntelligence;
using HireGuard.Model;
using HireGuard.Sample.Rendering;
using HireGuard.Sanctions;
using HireGuard.Scoring;
using HireGuard.Signals;
using Spectre.Console;

namespace HireGuard.Sample.Commands;

/// <summary><c>hireguard score &lt;case.json | cases.jsonl&gt; [--json] [--sanctions DIR] [--watchlist FILE] [--mmdb FILE]... [--ip-list LABEL=FILE]... [--model FILE | --no-model]</c>: one assessment per case.</summary>
internal static class ScoreCommand
{
    public static Command Create()
    {
        var input = new Argument<FileInfo>("input") { Description = "A hiring case (.json) or one case per line (.jsonl)." };
        var json = new Option<bool>("--json") { Description = "Write one RiskAssessment JSON document per line to stdout." };
        var model = new Option<FileInfo?>("--model") { Description = "A model file from 'hireguard train' to blend with the expert weights (default: the embedded default model)." };
        var noModel = new Option<bool>("--no-model") { Description = "Score with the expert rule weights only." };
        var sanctions = new SanctionsSources();
        var ip = new IpSources();
        var command = new Command("score", "Score hiring cases from a file. Screens against the embedded DPRK excerpt unless --sanctions or --watchlist names lists; enriches session addresses when --mmdb or --ip-list is given.") { input, json, model, noModel };
        sanctions.AddTo(command);
        ip.AddTo(command);
        command.SetAction(parse =>
        {
            var ipOptions = ip.ToOptions(parse, out var error);
            if (error is not null)
            {
                Console.Error.WriteLine($"hireguard: {error}");
                return 2;
            }

            return Run(parse.GetValue(input)!, parse.GetValue(json), sanctions.ToOptions(parse, out _), ipOptions, Console.Out, Console.Error, parse.GetValue(model), useDefaultModel: !parse.GetValue(noModel));
        });
        return command;
    }

    public static int Run(FileInfo input, bool json, SanctionsOptions sanctions, IpIntelligenceOptions? ip, TextWriter stdout, TextWriter stderr, FileInfo? model = null, TimeProvider? time = null, bool useDefaultModel = false)
    {
        if (!input.Exists)
        {
            stderr.WriteLine($"hireguard: {input.FullName} does not exist.");
            return 2;
        }

        RiskEngine engine;
        try
        {
            engine = EngineFactory.Create(new EngineChoices
            {
                Sanctions = sanctions,
                IpIntelligence = ip,
                TimeProvider = time,
                Model = model is not null ? RiskModels.Load(model.FullName) : useDefaultModel && RiskModels.HasDefault ? RiskModels.Default : null,
            });
        }
        catch (Exception ex) when (ex is SanctionsListException or ModelFileException or Microsoft.Extensions.Options.OptionsValidationException
            or InvalidDatabaseException or IpListFormatException or IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"hireguard: {ex.Message}");
            return 2;
        }

        var cases = new List<(string Name, HiringCaseReadResult Case)>();
        var failed = false;
        if (input.Extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase) || input.Extension.Equals(".ndjson", StringComparison.OrdinalIgnoreCase))
        {
            using var reader = input.OpenText();
            foreach (var line in HiringCaseJson.ReadLines(reader))
            {
                if (line.Error is { } error)
                {
                    failed = true;
                    stderr.WriteLine($"hireguard: {input.Name}:{line.LineNumber}: {error.Message}");
                }
                else
                {
                    cases.Add((line.Result!.Case.CaseId, line.Result));
                }
            }
        }
        else
        {
            try
            {
                using var stream = input.OpenRead();
                var read = HiringCaseJson.ReadAsync(stream).AsTask().GetAwaiter().GetResult();
                cases.Add((read.Case.CaseId, read));
            }
            catch (HireGuardInputException ex)
            {
                stderr.WriteLine($"hireguard: {input.Name}: {ex.Message}");
                return 2;
            }
        }

        var results = cases.Select(c => (c.Name, Assessment: engine.Evaluate(c.Case))).ToList();
        if (json)
        {
            foreach (var (_, assessment) in results)
            {
                stdout.WriteLine(assessment.ToJson());
            }
        }
        else
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout) });
            console.Write(AssessmentRenderer.Summary(results));
            if (results.Count == 1)
            {
                AssessmentRenderer.Explain(console, results[0].Name, results[0].Assessment);
            }
        }

        return failed ? 2 : 0;
    }
}
