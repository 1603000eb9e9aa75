using HireGuard.Evidence;
using HireGuard.Internal;
using HireGuard.Signals;

namespace HireGuard.Rules.BuiltIn;

/// <summary>
/// PAY.PAYOUT_GEO_INCONSISTENT: the payout account's country differs from the claimed residence.
/// Formulated uniformly for every country; a foreign account as such (the rail) is never read.
/// </summary>
internal sealed class PayoutCountryRule() : CatalogRule("payroll.payout-country", "1.0", Code)
{
    private const string Code = "PAY.PAYOUT_GEO_INCONSISTENT";

    public override void Evaluate(CaseEvidence evidence, RuleContext context)
    {
        var payroll = evidence.Case.Payroll;
        if (payroll.Count == 0)
        {
            context.ReportMissing(Code, "/payroll", "No payout instruction was supplied.");
            return;
        }

        var residence = Countries.Normalize(evidence.Case.Candidate?.Residence?.Country);
        if (residence is null)
        {
            context.ReportMissing(Code, "/candidate/residence/country", "The claimed country of residence is needed to compare payout countries.");
            return;
        }

        var compared = false;
        for (var i = 0; i < payroll.Count; i++)
        {
            var p = payroll[i];
            var bankCountry = Countries.Normalize(p.BankCountry);
            if (bankCountry is null || p.Rail == PayoutRail.Crypto)
            {
                continue;
            }

            compared = true;
            if (!string.Equals(bankCountry, residence, StringComparison.Ordinal))
            {
                context.Report(
                    Code,
                    1.0,
                    $"The payout account is held in {bankCountry}, while the claimed residence is in {residence}.",
                    new EvidenceItem(string.Create(Inv, $"/payroll/{i}/bankCountry"), bankCountry, residence));
                return;
            }
        }

        if (!compared)
        {
            context.ReportMissing(Code, "/payroll", "No payout instruction names the bank country.");
        }
    }
}
