using System.CommandLine;

namespace HireGuard.Sample.Commands;

/// <summary><c>hireguard bench score|ip|screen</c>: one JSON line of throughput and latency percentiles.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var bench = new Command("bench", "Quick side-by-side measurements; prints one JSON line (BenchmarkDotNet stays the rigorous tool).");
        bench.Subcommands.Add(BenchScoreCommand.Create());
        bench.Subcommands.Add(BenchScreenCommand.Create());
        bench.Subcommands.Add(BenchIpCommand.Create());
        return bench;
    }
}
