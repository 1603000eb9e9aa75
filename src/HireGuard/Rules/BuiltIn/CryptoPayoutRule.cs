using HireGuard.Evidence;
using HireGuard.Signals;

namespace HireGuard.Rules.BuiltIn;

/// <summary>PAY.CRYPTO_PAYOUT: a payout in cryptocurrency (weak at crypto-native employers).</summary>
internal sealed class CryptoPayoutRule() : CatalogRule("payroll.crypto-payout", "1.0", Code)
{
    private const string Code = "PAY.CRYPTO_PAYOUT";

    public override void Evaluate(CaseEvidence evidence, RuleContext context)
    {
        var payroll = evidence.Case.Payroll;
        if (payroll.Count == 0)
        {
            context.ReportMissing(Code, "/payroll", "No payout instruction was supplied.");
            return;
        }

        for (var i = 0; i < payroll.Count; i++)
        {
            var p = payroll[i];
            if (p.Rail == PayoutRail.Crypto || !string.IsNullOrWhiteSpace(p.WalletAddress))
            {
                var cryptoNative = evidence.Case.Context?.CryptoNativeEmployer == true;
                context.Report(
                    Code,
                    cryptoNative ? 0.3 : 1.0,
                    cryptoNative
                        ? "A cryptocurrency payout was requested (common at this crypto-native employer, so weighted lightly)."
                        : "A cryptocurrency payout was requested.",
                    new EvidenceItem(string.Create(Inv, $"/payroll/{i}"), p.Chain is null ? "crypto" : "crypto (" + p.Chain + ")"));
                return;
            }
        }
    }
}
