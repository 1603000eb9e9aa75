using HireGuard.Evidence;
using HireGuard.Sanctions;

namespace HireGuard.Tests.TestUtilities;

/// <summary>A screener that returns a fixed hit for one name or wallet.</summary>
public sealed class FakeSanctionsScreener(string match, SanctionsMatchConfidence confidence) : ISanctionsScreener
{
    public IReadOnlyList<DataSourceInfo> Lists { get; } = [new DataSourceInfo("fake-sdn", "sanctions-list", new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero), null, 3)];

    public List<SanctionsQuery> Queries { get; } = [];

    public SanctionsScreeningResult Screen(SanctionsQuery query)
    {
        Queries.Add(query);
        if (string.Equals(query.Name, match, StringComparison.Ordinal) || string.Equals(query.WalletAddress, match, StringComparison.Ordinal))
        {
            return new SanctionsScreeningResult
            {
                Hits =
                [
                    new SanctionsHit
                    {
                        ListName = "fake-sdn",
                        EntryId = "1",
                        EntryName = match,
                        MatchedName = match,
                        MatchedOn = query.WalletAddress is null ? "name" : "wallet",
                        NameSimilarity = 1,
                        Confidence = confidence,
                        IsDprkProgram = true,
                        SourcePointer = query.SourcePointer,
                    },
                ],
            };
        }

        return SanctionsScreeningResult.Empty;
    }
}
