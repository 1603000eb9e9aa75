using HireGuard.Evidence;
using HireGuard.Sanctions;

namespace HireGuard.Rules.BuiltIn;

/// <summary>
/// SAN.SDN_COUNTERPARTY: the candidate, a payout holder, bank or platform, a claimed employer or
/// reference, or the owner of the payout wallet is on a sanctions list. A definitive hit forces
/// <c>Critical</c> and <c>Escalate</c>; a review-level hit adds a reason at
/// <see cref="RuleOptions.SanctionsReviewStrength"/> with the match details.
/// </summary>
internal sealed class SdnCounterpartyRule() : CatalogRule("sanctions.sdn-counterparty", "1.0", Code)
{
    private const string Code = "SAN.SDN_COUNTERPARTY";

    public override void Evaluate(CaseEvidence evidence, RuleContext context)
    {
        // Without a screener the engine reports every SAN code as missing; nothing to add here.
        if (evidence.Sanctions is not { } parties)
        {
            return;
        }

        if (SanctionsHits.Strongest(parties, static (_, _) => true) is not { } strongest)
        {
            return;
        }

        var (party, hit) = strongest;
        var item = SanctionsHits.Describe(party, hit);
        if (hit.Confidence == SanctionsMatchConfidence.Definitive)
        {
            var text = hit.MatchedOn == "name"
                ? $"The {Role(party.Role)} matches the sanctioned party '{hit.EntryName}' ({hit.ListName}), corroborated by {string.Join(", ", hit.Corroboration)}."
                : $"The {Role(party.Role)} matches the sanctioned party '{hit.EntryName}' ({hit.ListName}) exactly on {Describe(hit.MatchedOn)}.";
            context.ReportDefinitive(Code, text, item);
            return;
        }

        context.Report(
            Code,
            context.Options.SanctionsReviewStrength,
            $"The {Role(party.Role)} resembles the sanctioned party '{hit.EntryName}' ({hit.ListName}); a compliance review must confirm or clear it.",
            item);
    }

    private static string Role(string role) => role switch
    {
        "payoutHolder" => "payout account holder",
        "bank" => "payout bank",
        "platform" => "payout platform",
        "wallet" => "payout wallet",
        "employer" => "claimed employer",
        "reference" => "reference",
        _ => "candidate",
    };

    private static string Describe(string matchedOn) => matchedOn switch
    {
        "wallet" => "a listed digital currency address",
        "id-number" => "a listed identity number",
        _ => matchedOn,
    };
}
