using System.Reflection;
using HireGuard.Signals;

namespace HireGuard.Sample;

/// <summary>The contrasting example cases embedded in the console (also in <c>samples/HireGuard.Sample/Cases/</c>).</summary>
internal static class DemoCases
{
    public static IReadOnlyList<(string Name, HiringCaseReadResult Case)> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var cases = new List<(string, HiringCaseReadResult)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("HireGuard.Sample.Cases.", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            cases.Add((name["HireGuard.Sample.Cases.".Length..^".json".Length], HiringCaseJson.Read(reader.ReadToEnd())));
        }

        return cases;
    }
}
