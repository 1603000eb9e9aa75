using HireGuard.Evidence;

namespace HireGuard.Rules.BuiltIn;

/// <summary>
/// SAN.WALLET_EXPOSURE: a payout wallet address is listed on a sanctions list (matched on the
/// address, never the coin label). The listed owner is also an SDN counterparty, which
/// <see cref="SdnCounterpartyRule"/> reports definitively.
/// </summary>
internal sealed class WalletExposureRule() : CatalogRule("sanctions.wallet-exposure", "1.0", Code)
{
    private const string Code = "SAN.WALLET_EXPOSURE";

    public override void Evaluate(CaseEvidence evidence, RuleContext context)
    {
        if (evidence.Sanctions is not { } parties)
        {
            return;
        }

        if (SanctionsHits.Strongest(parties, static (_, hit) => hit.MatchedOn == "wallet") is not { } strongest)
        {
            return;
        }

        var (party, hit) = strongest;
        context.Report(
            Code,
            1.0,
            $"The payout wallet is a digital currency address listed for '{hit.EntryName}' ({hit.ListName}).",
            SanctionsHits.Describe(party, hit));
    }
}
