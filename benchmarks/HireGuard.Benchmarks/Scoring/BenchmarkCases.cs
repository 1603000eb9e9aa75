using System.Reflection;

namespace HireGuard.Benchmarks.Scoring;

/// <summary>The console's demo cases, embedded in the benchmark assembly.</summary>
internal static class BenchmarkCases
{
    public static string Json(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Cases." + name + ".json")
            ?? throw new InvalidOperationException("Missing embedded case " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
