using System.Globalization;
using System.Text;
using HireGuard.Evidence;
using HireGuard.Sanctions;

namespace HireGuard.Rules.BuiltIn;

/// <summary>What the SAN rules share: walking the screened parties and describing a hit as evidence.</summary>
internal static class SanctionsHits
{
    /// <summary>Describes a hit for a reviewer: list, entry, what matched, similarity, confidence, corroboration and conflicts.</summary>
    public static EvidenceItem Describe(ScreenedParty party, SanctionsHit hit)
    {
        var observed = new StringBuilder();
        observed.Append(CultureInfo.InvariantCulture, $"{party.Role} matched {hit.ListName} entry {hit.EntryId} '{hit.EntryName}'");
        if (hit.Programs.Count > 0)
        {
            observed.Append(" [").AppendJoin(", ", hit.Programs).Append(']');
        }

        observed.Append(CultureInfo.InvariantCulture, $" on {hit.MatchedOn} '{hit.MatchedName}'; name similarity {hit.NameSimilarity:0.00}, match score {hit.MatchScore:0.00}, confidence {(hit.Confidence == SanctionsMatchConfidence.Definitive ? "definitive" : "review")}");
        if (hit.Corroboration.Count > 0)
        {
            observed.Append("; corroborated by ").AppendJoin(", ", hit.Corroboration);
        }

        if (hit.Conflicts.Count > 0)
        {
            observed.Append("; conflicts: ").AppendJoin(", ", hit.Conflicts);
        }

        return new EvidenceItem(
            hit.SourcePointer ?? party.Query.SourcePointer ?? "/",
            observed.ToString(),
            Expected: null,
            Threshold: "a name alone is never definitive: definitive needs corroboration (date of birth, identity number, linked entity) or an exact wallet or identity-number match");
    }

    /// <summary>The strongest hit of the parties that pass <paramref name="filter"/>, definitive first, then by match score.</summary>
    public static (ScreenedParty Party, SanctionsHit Hit)? Strongest(IReadOnlyList<ScreenedParty> parties, Func<ScreenedParty, SanctionsHit, bool> filter)
    {
        (ScreenedParty Party, SanctionsHit Hit)? best = null;
        foreach (var party in parties)
        {
            foreach (var hit in party.Result.Hits)
            {
                if (!filter(party, hit))
                {
                    continue;
                }

                if (best is not { } b || Rank(hit) > Rank(b.Hit))
                {
                    best = (party, hit);
                }
            }
        }

        return best;
    }

    private static double Rank(SanctionsHit hit) => (hit.Confidence == SanctionsMatchConfidence.Definitive ? 10 : 0) + hit.MatchScore;
}
