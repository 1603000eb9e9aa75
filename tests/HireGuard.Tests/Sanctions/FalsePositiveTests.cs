using HireGuard.Internal;
using HireGuard.Sanctions;
using HireGuard.Tests.TestUtilities;
using Xunit.Abstractions;

namespace HireGuard.Tests.Sanctions;

/// <summary>Ordinary candidates screened against the full 2024 SDN list plus the DPRK excerpts.</summary>
public sealed class FalsePositiveTests(ITestOutputHelper output)
{
    private const int People = 5_000;

    [RequiresFact(Prerequisite.SharedDataName)]
    public void Screen_FiveThousandOrdinaryCandidates_YieldNoDefinitiveHit()
    {
        var lists = new List<SanctionsListData>();
        lists.AddRange(OfacListLoader.LoadDirectory(SharedData.PathOf("ofac", "sdn-full-2024-05-03"), allowIncomplete: true, listDate: null));
        lists.AddRange(OfacListLoader.LoadDirectory(SharedData.PathOf("ofac", "dprk-excerpt-2026"), allowIncomplete: true, listDate: null));
        lists.Add(EmbeddedExcerpt.Load());
        var screener = SanctionsScreener.Create(new SanctionsOptions { UseEmbeddedExcerpt = true }, lists);
        var people = PersonNameGenerator.Generate(People, seed: 20250827);

        int nameOnlyReview = 0, detailedReview = 0, definitive = 0;
        var examples = new List<string>();
        var byNationality = new Dictionary<string, (int Total, int Review)>(StringComparer.Ordinal);
        foreach (var person in people)
        {
            var nameOnly = screener.Screen(new SanctionsQuery { Name = person.Name, Kind = SanctionsPartyKind.Individual });
            var detailed = screener.Screen(new SanctionsQuery
            {
                Name = person.Name,
                Kind = SanctionsPartyKind.Individual,
                DateOfBirth = person.DateOfBirth,
                Nationality = person.Nationality,
            });
            nameOnlyReview += nameOnly.Hits.Count > 0 ? 1 : 0;
            detailedReview += detailed.Hits.Count > 0 ? 1 : 0;
            definitive += detailed.HasDefinitiveHit || nameOnly.HasDefinitiveHit ? 1 : 0;
            byNationality.TryGetValue(person.Nationality, out var tally);
            byNationality[person.Nationality] = (tally.Total + 1, tally.Review + (nameOnly.Hits.Count > 0 ? 1 : 0));
            if (nameOnly.Hits.Count > 0 && examples.Count < 40)
            {
                var hit = nameOnly.Hits[0];
                examples.Add($"{person.Name} ~ {hit.MatchedName} ({hit.NameSimilarity:F2})");
            }
        }

        output.WriteLine($"{screener.NameCount} names of {screener.EntryCount} entries; {People} generated candidates");
        output.WriteLine($"review-level (name only): {nameOnlyReview} = {(double)nameOnlyReview / People:P2}");
        output.WriteLine($"review-level (with date of birth and nationality): {detailedReview} = {(double)detailedReview / People:P2}");
        output.WriteLine($"definitive: {definitive}");
        output.WriteLine("by nationality: " + string.Join(", ", byNationality.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value.Review}/{p.Value.Total}")));
        output.WriteLine("examples: " + string.Join("; ", examples));

        Assert.Equal(0, definitive);
        Assert.True(nameOnlyReview <= People * 0.03, $"review rate {(double)nameOnlyReview / People:P2} above 3%");
    }
}
