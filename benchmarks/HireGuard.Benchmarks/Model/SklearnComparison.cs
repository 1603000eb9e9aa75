using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using HireGuard.Model;

namespace HireGuard.Benchmarks.Model;

/// <summary>
/// The C# side of the scikit-learn comparison (<c>benchmarks/sklearn/compare.py</c>), run as
/// <c>HireGuard.Benchmarks model-compare generate|train [--option value]...</c>.
/// <c>generate</c> writes the deterministic synthetic table, split by cell, as train and test CSVs;
/// <c>train</c> fits our trainers on the train CSV and prints one JSON line with test AUC and fit time.
/// </summary>
public static class SklearnComparison
{
    /// <summary>The first argument that selects this mode instead of BenchmarkDotNet.</summary>
    public const string Mode = "model-compare";

    /// <summary>Runs the mode; returns the process exit code (0 ok, 1 usage, 2 bad input data).</summary>
    public static int Run(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("generate" or "train"))
        {
            Console.Error.WriteLine($"usage: {Mode} generate --rows N --seed S --test-fraction F --train FILE --test FILE");
            Console.Error.WriteLine($"       {Mode} train --train FILE --test FILE [--threads N] [--trainer gbdt|logistic|both] [--iterations N] [--learning-rate X]");
            Console.Error.WriteLine("             [--leaves N] [--max-depth N] [--min-leaf N] [--l2 X] [--max-bins N] [--early-stopping N] [--validation-fraction X] [--logistic-l2 X] [--seed S]");
            return 1;
        }

        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                Console.Error.WriteLine($"Expected '--option value' at '{args[i]}'.");
                return 1;
            }

            options[args[i][2..]] = args[i + 1];
        }

        try
        {
            return args[0] == "generate" ? Generate(options) : Train(options);
        }
        catch (Exception e) when (e is FeatureTableFormatException or IOException or FormatException or KeyNotFoundException)
        {
            Console.Error.WriteLine(e.Message);
            return e is FormatException or KeyNotFoundException ? 1 : 2;
        }
    }

    private static int Generate(Dictionary<string, string> o)
    {
        var rows = Int(o, "rows", 100_000);
        var seed = Int(o, "seed", 1);
        var fraction = Double(o, "test-fraction", 0.2);
        var table = SyntheticTabularProblem.Generate(rows, seed);
        var split = new ModelContext(seed).Data.TrainTestSplit(table, fraction);
        Write(split.TrainSet, o["train"]);
        Write(split.TestSet, o["test"]);
        Console.WriteLine(JsonLine(w =>
        {
            w.WriteNumber("rows", rows);
            w.WriteNumber("features", table.FeatureCount);
            w.WriteNumber("positives", table.PositiveCount);
            w.WriteNumber("trainRows", split.TrainSet.RowCount);
            w.WriteNumber("testRows", split.TestSet.RowCount);
            w.WriteNumber("testPositives", split.TestSet.PositiveCount);
        }));
        return 0;
    }

    private static int Train(Dictionary<string, string> o)
    {
        var which = o.GetValueOrDefault("trainer", "both");
        if (which is not ("gbdt" or "logistic" or "both"))
        {
            Console.Error.WriteLine("--trainer must be gbdt, logistic or both.");
            return 1;
        }

        var train = FeatureTableCsv.Read(o["train"], groupColumn: "group");
        var test = FeatureTableCsv.Read(o["test"], groupColumn: "group");
        var threads = Int(o, "threads", -1);
        var seed = Int(o, "seed", 1);
        var results = new List<(string Name, double Seconds, double CpuSeconds, BinaryClassificationMetrics Metrics, int Iterations)>();
        if (which is "gbdt" or "both")
        {
            var options = new GradientBoostedTreesOptions
            {
                NumberOfIterations = Int(o, "iterations", 200),
                LearningRate = Double(o, "learning-rate", 0.1),
                MaximumLeafCount = Int(o, "leaves", 31),
                MaximumDepth = Int(o, "max-depth", 16),
                MinimumExampleCountPerLeaf = Int(o, "min-leaf", 20),
                L2Regularization = Double(o, "l2", 1.0),
                MaximumBinCount = Int(o, "max-bins", 255),
                EarlyStoppingRounds = Int(o, "early-stopping", 10),
                ValidationFraction = Double(o, "validation-fraction", 0.1),
                Seed = seed,
                MaximumDegreeOfParallelism = threads,
            };
            results.Add(Fit("gbdt", new GradientBoostedTreesTrainer(options), train, test));
        }

        if (which is "logistic" or "both")
        {
            var options = new LogisticRegressionOptions
            {
                L2Regularization = Double(o, "logistic-l2", 1e-4),
                Seed = seed,
                MaximumDegreeOfParallelism = threads,
            };
            results.Add(Fit("logistic", new LogisticRegressionTrainer(options), train, test));
        }

        Console.WriteLine(JsonLine(w =>
        {
            w.WriteNumber("trainRows", train.RowCount);
            w.WriteNumber("testRows", test.RowCount);
            w.WriteNumber("features", train.FeatureCount);
            w.WriteNumber("threads", threads > 0 ? threads : Environment.ProcessorCount);
            w.WriteStartArray("results");
            foreach (var r in results)
            {
                w.WriteStartObject();
                w.WriteString("trainer", r.Name);
                w.WriteNumber("fitSeconds", Math.Round(r.Seconds, 4));
                w.WriteNumber("fitCpuSeconds", Math.Round(r.CpuSeconds, 4));
                w.WriteNumber("auc", Math.Round(r.Metrics.AreaUnderRocCurve, 6));
                w.WriteNumber("averagePrecision", Math.Round(r.Metrics.AreaUnderPrecisionRecallCurve, 6));
                w.WriteNumber("recallAt1PercentFpr", Math.Round(r.Metrics.AtOnePercentFalsePositiveRate.Recall, 6));
                w.WriteNumber("iterations", r.Iterations);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }));
        return 0;
    }

    private static (string, double, double, BinaryClassificationMetrics, int) Fit(string name, IBinaryTrainer trainer, FeatureTable train, FeatureTable test)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var model = trainer.Fit(train);
        var seconds = watch.Elapsed.TotalSeconds;
        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
        return (name, seconds, cpuSeconds, BinaryClassificationEvaluator.Evaluate(model, test), model.Training.Iterations);
    }

    private static int Int(Dictionary<string, string> o, string key, int fallback) =>
        o.TryGetValue(key, out var s) ? int.Parse(s, CultureInfo.InvariantCulture) : fallback;

    private static double Double(Dictionary<string, string> o, string key, double fallback) =>
        o.TryGetValue(key, out var s) ? double.Parse(s, CultureInfo.InvariantCulture) : fallback;

    private static void Write(FeatureTable table, string path)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        FeatureTableCsv.Write(table, writer);
    }

    private static string JsonLine(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
