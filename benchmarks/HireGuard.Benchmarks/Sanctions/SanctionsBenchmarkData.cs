using HireGuard.Sanctions;

namespace HireGuard.Benchmarks.Sanctions;

/// <summary>
/// The list the sanctions benchmarks screen against: the full 2024 SDN list with the June 2026
/// aliases and addresses, the 2026 DPRK excerpt and the embedded excerpt, read in place from
/// <c>../shared/data/ofac</c> (or <c>HIREGUARD_SHARED_DATA</c>). Without the shared data only the
/// embedded excerpt is used, and the benchmark says so.
/// </summary>
internal static class SanctionsBenchmarkData
{
    public static List<SanctionsListData> LoadLists()
    {
        var lists = new List<SanctionsListData>();
        var ofac = SharedOfac();
        if (ofac is null)
        {
            Console.WriteLine("// shared data not found: benchmarking against the embedded excerpt only");
        }
        else
        {
            lists.Add(OfacListLoader.Build(
                OfacListLoader.SdnListName,
                Text(Path.Combine(ofac, "sdn-full-2024-05-03", "sdn.csv")),
                Text(Path.Combine(ofac, "add-alt-2026-06", "alt.csv")),
                Text(Path.Combine(ofac, "add-alt-2026-06", "add.csv")),
                comments: null,
                allowIncomplete: true,
                [],
                null,
                null,
                []));
            lists.AddRange(OfacListLoader.LoadDirectory(Path.Combine(ofac, "dprk-excerpt-2026"), allowIncomplete: true, listDate: null));
        }

        lists.Add(EmbeddedExcerpt.Load());
        return lists;
    }

    private static ListText Text(string path) => new(path, ListFileReader.Read(path).Text);

    private static string? SharedOfac()
    {
        var fromEnv = Environment.GetEnvironmentVariable("HIREGUARD_SHARED_DATA");
        if (!string.IsNullOrWhiteSpace(fromEnv) && Directory.Exists(Path.Combine(fromEnv, "ofac")))
        {
            return Path.Combine(fromEnv, "ofac");
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HireGuard.sln")))
            {
                var candidate = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "ofac"));
                return Directory.Exists(candidate) ? candidate : null;
            }
        }

        return null;
    }
}
