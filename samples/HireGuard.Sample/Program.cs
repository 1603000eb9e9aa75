using System.CommandLine;
using HireGuard.Sample.Commands;

namespace HireGuard.Sample;

/// <summary>The <c>hireguard</c> console: the researchers' and operators' entry point and the measuring surface.</summary>
public static class Program
{
    /// <summary>Parses the command line and runs the chosen sub-command.</summary>
    /// <returns>0 on success, 1 on a usage error, 2 on bad input data.</returns>
    public static int Main(string[] args)
    {
        var root = new RootCommand("HireGuard: explainable risk scoring of remote-job candidates for DPRK IT-worker infiltration and identity fraud.");
        foreach (var command in CommandCatalog.Create())
        {
            root.Subcommands.Add(command);
        }

        return root.Parse(args).Invoke();
    }
}
