using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Running;

namespace HireGuard.Benchmarks;

/// <summary>Entry point: BenchmarkSwitcher over this assembly with memory diagnostics (the default config already exports GitHub markdown).</summary>
public static class Program
{
    /// <summary>Runs the benchmarks selected by the arguments; exits 1 when nothing ran or anything failed.</summary>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == Model.SklearnComparison.Mode)
        {
            return Model.SklearnComparison.Run(args[1..]);
        }

        var config = DefaultConfig.Instance
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithOptions(ConfigOptions.JoinSummary)
            .WithBuildTimeout(TimeSpan.FromMinutes(10)); // the generated project builds slowly on a busy 2-core machine

        // BenchmarkDotNet exits 0 when it runs nothing (Debug build, bad arguments, a filter that
        // matches nothing); treat that as a failure so CI notices.
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config).ToList();
        var failed = summaries.Count == 0
            || summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Length == 0 || s.Reports.Any(r => !r.Success));
        return failed ? 1 : 0;
    }
}
