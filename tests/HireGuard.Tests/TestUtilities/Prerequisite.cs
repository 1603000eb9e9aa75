using System.Diagnostics;

namespace HireGuard.Tests.TestUtilities;

/// <summary>
/// External prerequisites of tests (shared data, reference tools). Locally a missing prerequisite
/// skips the test visibly; under <c>CI=true</c> the test runs and fails with the reason.
/// </summary>
public static class Prerequisite
{
    /// <summary>Gets whether the process runs under CI (<c>CI=true</c>).</summary>
    public static bool IsCi { get; } =
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns the skip reason for a missing prerequisite, or null when it is present.</summary>
    public static string? SkipReason(string name) => name switch
    {
        SharedDataName => SharedData.IsAvailable ? null : "../shared/data not found (set HIREGUARD_SHARED_DATA)",
        _ when name.StartsWith(ToolPrefix, StringComparison.Ordinal) => ToolSkipReason(name[ToolPrefix.Length..]),
        _ when name.StartsWith(PythonPrefix, StringComparison.Ordinal) => PythonSkipReason(name[PythonPrefix.Length..]),
        _ => throw new ArgumentException("Unknown prerequisite " + name, nameof(name)),
    };

    /// <summary>The shared data folder.</summary>
    public const string SharedDataName = "shared-data";

    /// <summary>Prefix for an executable on PATH, e.g. <c>tool:mmdblookup</c>.</summary>
    public const string ToolPrefix = "tool:";

    /// <summary>Prefix for a Python module importable by Debian's /usr/bin/python3, e.g. <c>python:sklearn</c>.</summary>
    public const string PythonPrefix = "python:";

    /// <summary>Finds an executable on PATH.</summary>
    public static string? FindTool(string tool)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            if (dir.Length == 0)
            {
                continue;
            }

            var full = Path.Combine(dir, tool);
            if (File.Exists(full))
            {
                return full;
            }
        }

        return null;
    }

    private static string? ToolSkipReason(string tool) =>
        FindTool(tool) is null ? $"{tool} is not installed (see .ci/run for the apt package)" : null;

    private static readonly Dictionary<string, bool> PythonModules = new(StringComparer.Ordinal);

    private static string? PythonSkipReason(string module)
    {
        lock (PythonModules)
        {
            if (!PythonModules.TryGetValue(module, out var ok))
            {
                ok = File.Exists("/usr/bin/python3") && RunQuiet("/usr/bin/python3", "-c \"import " + module + "\"");
                PythonModules[module] = ok;
            }

            return ok ? null : $"python module {module} is not importable by /usr/bin/python3 (see .ci/run)";
        }
    }

    private static bool RunQuiet(string file, string args)
    {
        using var p = Process.Start(new ProcessStartInfo(file, args)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        });
        if (p is null)
        {
            return false;
        }

        p.WaitForExit(60_000);
        return p.HasExited && p.ExitCode == 0;
    }
}
