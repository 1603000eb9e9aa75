using System.Diagnostics;
using System.Globalization;
using HireGuard.Tests.TestUtilities;

namespace HireGuard.Tests.IpIntelligence;

/// <summary>Runs libmaxminddb's <c>mmdblookup</c> (Debian mmdb-bin) as the reference reader.</summary>
internal static class MmdbLookupTool
{
    private static int BatchCounter;

    /// <summary>Looks up many addresses in one process; returns the record of every address found.</summary>
    public static Dictionary<string, MmdbToolValue> Batch(string database, IReadOnlyCollection<string> addresses, TemporaryDirectory temp)
    {
        var list = temp.File($"ips-{Interlocked.Increment(ref BatchCounter)}.txt");
        File.WriteAllLines(list, addresses);
        var (exit, stdout, stderr) = Run("-f", database, "--ip-file", list, "-v");
        if (exit != 0)
        {
            throw new InvalidOperationException($"mmdblookup exited {exit}: {stderr}");
        }

        var wanted = addresses.ToHashSet(StringComparer.Ordinal);
        var found = stdout.Split('\n').Select(l => l.Trim()).Where(l => l.EndsWith(':') && wanted.Contains(l[..^1])).Select(l => l[..^1]).ToList();
        var records = MmdbToolValue.ParseAll(stderr.Split('\n'));
        if (found.Count != records.Count)
        {
            throw new InvalidOperationException($"mmdblookup printed {found.Count} addresses but {records.Count} records");
        }

        var result = new Dictionary<string, MmdbToolValue>(StringComparer.Ordinal);
        for (var i = 0; i < found.Count; i++)
        {
            result[found[i]] = records[i];
        }

        return result;
    }

    /// <summary>Looks up one address; returns whether it was found and libmaxminddb's prefix length.</summary>
    public static (bool Found, int Prefix) Single(string database, string address)
    {
        var (exit, stdout, stderr) = Run("-f", database, "-i", address, "-v");
        if (exit is not (0 or 6))
        {
            throw new InvalidOperationException($"mmdblookup exited {exit} for {address}: {stderr}");
        }

        const string Marker = "Record prefix length:";
        var line = stdout.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith(Marker, StringComparison.Ordinal));
        return (exit == 0, int.Parse(line[Marker.Length..].Trim(), CultureInfo.InvariantCulture));
    }

    private static (int Exit, string Stdout, string Stderr) Run(params string[] arguments)
    {
        var info = new ProcessStartInfo(Prerequisite.FindTool("mmdblookup") ?? "mmdblookup")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var stderrTask = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = stderrTask.GetAwaiter().GetResult();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr);
    }
}
