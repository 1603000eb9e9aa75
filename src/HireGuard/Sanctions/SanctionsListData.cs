using HireGuard.Evidence;

namespace HireGuard.Sanctions;

/// <summary>One loaded list: its entries, its provenance and what loading found.</summary>
/// <param name="Info">The provenance reported in <see cref="ISanctionsScreener.Lists"/>.</param>
/// <param name="Entries">The entries.</param>
/// <param name="Statistics">The load counts.</param>
/// <param name="Sources">The files the list was read from, with their sizes and write times (for change detection).</param>
internal sealed record SanctionsListData(
    DataSourceInfo Info,
    IReadOnlyList<SanctionsEntry> Entries,
    SanctionsLoadStatistics Statistics,
    IReadOnlyList<ListFileStamp> Sources);
