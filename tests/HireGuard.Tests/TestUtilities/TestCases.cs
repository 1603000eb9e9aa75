using HireGuard.Signals;

namespace HireGuard.Tests.TestUtilities;

/// <summary>Cases for tests: the console's demo cases (read from the repository) and small builders.</summary>
public static class TestCases
{
    public static string CasesDirectory => Path.Combine(SharedData.RepositoryRoot, "samples", "HireGuard.Sample", "Cases");

    public static HiringCaseReadResult Demo(string name) =>
        HiringCaseJson.Read(File.ReadAllText(Path.Combine(CasesDirectory, name + ".json")));

    public static IEnumerable<string> DemoNames =>
        Directory.EnumerateFiles(CasesDirectory, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    public static HiringCase Empty(string id = "case-empty") => new() { CaseId = id };

    public static HiringCase WithCandidate(string fullName, string country = "US", string timeZone = "America/Chicago") => new()
    {
        CaseId = "case-" + fullName.Replace(' ', '-').ToLowerInvariant(),
        Candidate = new Candidate
        {
            FullName = fullName,
            Residence = new ClaimedResidence { Street = "1 Main St", City = "Springfield", PostalCode = "62701", Country = country, TimeZone = timeZone },
        },
    };
}
