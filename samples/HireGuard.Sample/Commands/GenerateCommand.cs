using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using HireGuard.Synthetic;
using Microsoft.Extensions.Options;

namespace HireGuard.Sample.Commands;

/// <summary>
/// <c>hireguard generate --out DIR [--count N] [--seed S] [--scenario NAME]</c>: writes a synthetic
/// population (<c>cases.jsonl</c>, <c>labels.csv</c>, <c>manifest.json</c>) and its reference data
/// (<c>reference/ip.mmdb</c>, <c>reference/lists/*.txt</c>), then prints a one-line JSON summary.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "The output directory (created if missing; files replaced).", Required = true };
        var count = new Option<int>("--count") { Description = "How many cases.", DefaultValueFactory = _ => 10_000 };
        var seed = new Option<int>("--seed") { Description = "The seed; the same seed gives byte-identical files.", DefaultValueFactory = _ => 1 };
        var scenario = new Option<string>("--scenario") { Description = "general, low_base_rate, high_base_rate or adversarial (INDICATORS.md §6.2).", DefaultValueFactory = _ => "general" };
        var dprkShare = new Option<double?>("--dprk-share") { Description = "Override the DPRK share of applicants (e.g. 0.2 to enrich a training set); recorded in the manifest." };
        var start = new Option<string?>("--start") { Description = "First day of simulated time, YYYY-MM-DD (default 2024-01-01)." };
        var noNoise = new Option<bool>("--no-label-noise") { Description = "Record true outcomes (label noise off)." };
        var command = new Command("generate", "Generate a labelled synthetic population of hiring cases with the reference data they need.");
        foreach (var option in new Option[] { output, count, seed, scenario, dprkShare, start, noNoise })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => Run(
            parse.GetValue(output)!,
            parse.GetValue(count),
            parse.GetValue(seed),
            parse.GetValue(scenario)!,
            parse.GetValue(dprkShare),
            parse.GetValue(start),
            parse.GetValue(noNoise)));
        return command;
    }

    private static int Run(string output, int count, int seed, string scenarioText, double? dprkShare, string? startText, bool noNoise)
    {
        if (!SyntheticPopulation.TryParseScenario(scenarioText, out var scenario))
        {
            Console.Error.WriteLine($"generate: unknown scenario '{scenarioText}'; use general, low_base_rate, high_base_rate or adversarial.");
            return 1;
        }

        var options = new SyntheticPopulationOptions { Count = count, Seed = seed, Scenario = scenario, DprkShareOverride = dprkShare, LabelNoise = !noNoise };
        if (startText is not null)
        {
            if (!DateOnly.TryParseExact(startText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var startDate))
            {
                Console.Error.WriteLine($"generate: --start '{startText}' is not YYYY-MM-DD.");
                return 1;
            }

            options.StartDate = startDate;
        }

        var watch = Stopwatch.StartNew();
        SyntheticPopulationSummary summary;
        try
        {
            summary = SyntheticPopulation.Write(options, output);
        }
        catch (OptionsValidationException ex)
        {
            Console.Error.WriteLine("generate: " + string.Join("; ", ex.Failures));
            return 1;
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine("generate: " + ex.Message);
            return 1;
        }
        catch (UnauthorizedAccessException ex)
        {
            Console.Error.WriteLine("generate: " + ex.Message);
            return 1;
        }

        Console.WriteLine(Summary(summary, watch.Elapsed.TotalSeconds));
        return 0;
    }

    private static string Summary(SyntheticPopulationSummary summary, double seconds)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("out", summary.Directory);
            json.WriteNumber("count", summary.Count);
            json.WriteNumber("seed", summary.Seed);
            json.WriteString("scenario", summary.Scenario);
            json.WriteNumber("dprkShare", summary.DprkShare);
            json.WriteStartObject("outcomes");
            foreach (var (key, value) in summary.Outcomes)
            {
                json.WriteNumber(key, value);
            }

            json.WriteEndObject();
            json.WriteString("firstApplication", summary.FirstApplication.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            json.WriteString("lastDecision", summary.LastDecision.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            json.WriteNumber("seconds", Math.Round(seconds, 2));
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
