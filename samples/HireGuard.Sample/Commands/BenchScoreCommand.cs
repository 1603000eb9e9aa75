using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using HireGuard.Signals;

namespace HireGuard.Sample.Commands;

/// <summary>
/// <c>hireguard bench score [--input FILE] [--iterations N]</c>: evaluates cases in a tight loop
/// on one thread and prints one JSON line with throughput, latency percentiles and allocations.
/// </summary>
internal static class BenchScoreCommand
{
    public static Command Create()
    {
        var input = new Option<FileInfo?>("--input") { Description = "A case (.json) or cases (.jsonl); default: the embedded demo cases." };
        var iterations = new Option<int>("--iterations") { Description = "Evaluations to time.", DefaultValueFactory = _ => 20_000 };
        var command = new Command("score", "Throughput and latency of RiskEngine.Evaluate (one JSON line).") { input, iterations };
        command.SetAction(parse => Run(parse.GetValue(input), parse.GetValue(iterations), Console.Out, Console.Error));
        return command;
    }

    public static int Run(FileInfo? input, int iterations, TextWriter stdout, TextWriter stderr)
    {
        if (iterations < 1)
        {
            stderr.WriteLine("hireguard: --iterations must be at least 1.");
            return 1;
        }

        List<HiringCase> cases;
        try
        {
            cases = input is null
                ? [.. DemoCases.Load().Select(c => c.Case.Case)]
                : input.Extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase)
                    ? [.. HiringCaseJson.ReadLines(input.OpenText()).Where(l => l.Result is not null).Select(l => l.Result!.Case)]
                    : [HiringCaseJson.Read(File.ReadAllText(input.FullName)).Case];
        }
        catch (Exception ex) when (ex is HireGuardInputException or IOException)
        {
            stderr.WriteLine("hireguard: " + ex.Message);
            return 2;
        }

        if (cases.Count == 0)
        {
            stderr.WriteLine("hireguard: no readable case.");
            return 2;
        }

        var engine = EngineFactory.Create(new EngineChoices { Sanctions = new HireGuard.Sanctions.SanctionsOptions { UseEmbeddedExcerpt = true } });
        for (var i = 0; i < Math.Min(iterations, 2_000); i++)
        {
            engine.Evaluate(cases[i % cases.Count]);
        }

        var latencies = new double[iterations];
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var total = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            engine.Evaluate(cases[i % cases.Count]);
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        total.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Array.Sort(latencies);
        var result = new Dictionary<string, object>
        {
            ["command"] = "bench score",
            ["cases"] = cases.Count,
            ["iterations"] = iterations,
            ["threads"] = 1,
            ["evaluationsPerSecond"] = Math.Round(iterations / total.Elapsed.TotalSeconds, 1),
            ["p50Us"] = Math.Round(Percentile(latencies, 0.50), 2),
            ["p90Us"] = Math.Round(Percentile(latencies, 0.90), 2),
            ["p99Us"] = Math.Round(Percentile(latencies, 0.99), 2),
            ["maxUs"] = Math.Round(latencies[^1], 2),
            ["allocatedBytesPerEvaluation"] = allocated / iterations,
        };
        stdout.WriteLine(JsonSerializer.Serialize(result, BenchJsonContext.Default.DictionaryStringObject));
        return 0;
    }

    internal static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
