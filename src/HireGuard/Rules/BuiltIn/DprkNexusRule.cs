using HireGuard.Evidence;
using HireGuard.Sanctions;

namespace HireGuard.Rules.BuiltIn;

/// <summary>
/// SAN.DPRK_DIRECT_NEXUS: a definitive hit on an entry designated under a DPRK sanctions programme
/// (e.g. <c>DPRK3</c>, <c>DPRK4</c>). It rests on the listing only: never on a document's
/// nationality or on a name read as ethnicity.
/// </summary>
internal sealed class DprkNexusRule() : CatalogRule("sanctions.dprk-nexus", "1.0", Code)
{
    private const string Code = "SAN.DPRK_DIRECT_NEXUS";

    public override void Evaluate(CaseEvidence evidence, RuleContext context)
    {
        if (evidence.Sanctions is not { } parties)
        {
            return;
        }

        if (SanctionsHits.Strongest(parties, static (_, hit) => hit.IsDprkProgram && hit.Confidence == SanctionsMatchConfidence.Definitive) is not { } strongest)
        {
            return;
        }

        var (party, hit) = strongest;
        context.ReportDefinitive(
            Code,
            $"The case pays or names '{hit.EntryName}', designated under a DPRK sanctions programme ({string.Join(", ", hit.Programs)}).",
            SanctionsHits.Describe(party, hit));
    }
}
