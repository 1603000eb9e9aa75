using System.CommandLine;

namespace HireGuard.Sample.Commands;

/// <summary>Every top-level sub-command of the console, in the order <c>--help</c> lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create()
    {
        yield return DemoCommand.Create();
        yield return ScoreCommand.Create();
        yield return ScreenCommand.Create();
        yield return TrainCommand.Create();
        yield return EvaluateCommand.Create();
        yield return IpCommand.Create();
        yield return GenerateCommand.Create();
        yield return BenchCommand.Create();
    }
}
