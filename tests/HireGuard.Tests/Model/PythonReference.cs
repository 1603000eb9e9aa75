using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace HireGuard.Tests.Model;

/// <summary>Runs a short script under Debian's /usr/bin/python3 with JSON in and JSON out (for scikit-learn / XGBoost references).</summary>
internal static class PythonReference
{
    public static JsonElement Run(string script, object input)
    {
        var start = new ProcessStartInfo("/usr/bin/python3")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var path = Path.Combine(Path.GetTempPath(), "hg-ref-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-" + Interlocked.Increment(ref Counter).ToString(CultureInfo.InvariantCulture) + ".py");
        File.WriteAllText(path, "import sys, json\ndata = json.loads(sys.stdin.read())\n" + script);
        try
        {
            start.ArgumentList.Add(path);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
            process.StandardInput.Write(JsonSerializer.Serialize(input));
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException("python3 failed: " + error);
            }

            return JsonDocument.Parse(output).RootElement.Clone();
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static int Counter;
}
