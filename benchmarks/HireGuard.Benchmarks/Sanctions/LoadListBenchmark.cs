using BenchmarkDotNet.Attributes;
using HireGuard.Sanctions;

namespace HireGuard.Benchmarks.Sanctions;

/// <summary>
/// Loading the full 2024 SDN list with aliases plus the DPRK excerpts: reading and parsing the CSV
/// files, then building the name index and exact maps (what a reload costs).
/// </summary>
public class LoadListBenchmark
{
    private List<SanctionsListData> _lists = null!;

    [GlobalSetup]
    public void Setup() => _lists = SanctionsBenchmarkData.LoadLists();

    [Benchmark(Baseline = true, Description = "Read and parse the CSV files")]
    public int Parse() => SanctionsBenchmarkData.LoadLists().Count;

    [Benchmark(Description = "Build the screener (index, maps)")]
    public int Build() => SanctionsScreener.Create(new SanctionsOptions { UseEmbeddedExcerpt = true }, _lists).NameCount;
}
