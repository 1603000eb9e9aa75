using HireGuard.Tests.TestUtilities;

namespace HireGuard.Tests.IpIntelligence;

/// <summary>The MaxMind test databases in ../shared/data/maxmind-test (read in place, never copied).</summary>
internal static class MmdbTestFiles
{
    /// <summary>Test databases that are deliberately broken (README "Broken databases").</summary>
    public static readonly string[] BrokenTestData =
    [
        "GeoIP2-City-Test-Broken-Double-Format.mmdb",
        "GeoIP2-City-Test-Invalid-Node-Count.mmdb",
        "MaxMind-DB-test-broken-pointers-24.mmdb",
        "MaxMind-DB-test-broken-search-tree-24.mmdb",
    ];

    /// <summary>Files under bad-data/ that are valid edge cases.</summary>
    public static readonly string[] ValidBadData =
    [
        "libmaxminddb-empty-array-last-in-metadata.mmdb",
        "libmaxminddb-empty-map-last-in-metadata.mmdb",
        "libmaxminddb-uint64-max-epoch.mmdb",
    ];

    public static string TestData(string name) => SharedData.PathOf("maxmind-test", "test-data", name);

    /// <summary>Every valid database: test-data minus the broken ones, plus the valid edge cases of bad-data.</summary>
    public static IReadOnlyList<string> ValidDatabases() =>
    [
        .. Directory.GetFiles(SharedData.PathOf("maxmind-test", "test-data"), "*.mmdb")
            .Where(f => !BrokenTestData.Contains(Path.GetFileName(f)))
            .Order(StringComparer.Ordinal),
        .. BadDataFiles().Where(f => ValidBadData.Contains(Path.GetFileName(f))),
    ];

    /// <summary>Every corrupt database: the broken test-data files and the rest of bad-data.</summary>
    public static IReadOnlyList<string> CorruptDatabases() =>
    [
        .. BrokenTestData.Select(TestData),
        .. BadDataFiles().Where(f => !ValidBadData.Contains(Path.GetFileName(f))),
    ];

    public static IEnumerable<string> BadDataFiles() =>
        Directory.GetFiles(SharedData.PathOf("maxmind-test", "bad-data"), "*.mmdb", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
}
