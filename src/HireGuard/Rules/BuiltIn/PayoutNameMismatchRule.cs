using HireGuard.Evidence;
using HireGuard.Internal;
using HireGuard.Signals;

namespace HireGuard.Rules.BuiltIn;

/// <summary>PAY.PAYOUT_NAME_MISMATCH: the payout account holder is not the candidate; PAY.ACCOUNT_OWNERSHIP_VERIFIED when the current account was verified.</summary>
internal sealed class PayoutNameMismatchRule() : CatalogRule("payroll.payout-name-mismatch", "1.0", Code, Verified)
{
    private const string Code = "PAY.PAYOUT_NAME_MISMATCH";
    private const string Verified = "PAY.ACCOUNT_OWNERSHIP_VERIFIED";

    public override void Evaluate(CaseEvidence evidence, RuleContext context)
    {
        var payroll = evidence.Case.Payroll;
        if (payroll.Count == 0)
        {
            context.ReportMissing(Code, "/payroll", "No payout instruction was supplied.");
            return;
        }

        var names = CandidateNames.Of(evidence.Case);
        var checkedAny = false;
        var mismatch = false;
        for (var i = 0; i < payroll.Count; i++)
        {
            var p = payroll[i];
            if (p.OwnershipCheck == CheckResult.Failed)
            {
                checkedAny = true;
                mismatch = true;
                context.Report(Code, 1.0, "The account-ownership check of the payout account failed.", new EvidenceItem(string.Create(Inv, $"/payroll/{i}/ownershipCheck"), "failed"));
                continue;
            }

            if (string.IsNullOrWhiteSpace(p.HolderName) || names.Count == 0)
            {
                continue;
            }

            checkedAny = true;
            var similarity = PersonNames.BestSimilarity(p.HolderName, names);
            if (similarity < context.Options.NameMatchThreshold)
            {
                mismatch = true;
                var strength = similarity < 0.6 ? 1.0 : 0.6;
                context.Report(
                    Code,
                    strength,
                    $"The payout account is held by \"{p.HolderName}\", not by the candidate \"{names[0]}\" (name similarity {F(similarity)}).",
                    new EvidenceItem(string.Create(Inv, $"/payroll/{i}/holderName"), p.HolderName!, names[0], "similarity ≥ " + F(context.Options.NameMatchThreshold)));
            }
        }

        if (!checkedAny)
        {
            context.ReportMissing(
                Code,
                names.Count == 0 ? "/candidate/fullName" : "/payroll",
                names.Count == 0 ? "The candidate's name is needed to compare payout holders." : "No payout holder name or ownership check was supplied.");
            return;
        }

        var current = Current(payroll);
        if (!mismatch && payroll[current].OwnershipCheck == CheckResult.Passed)
        {
            context.Report(Verified, 1.0, "The current payout account passed the account-ownership check.", new EvidenceItem(string.Create(Inv, $"/payroll/{current}/ownershipCheck"), "passed"));
        }
    }

    /// <summary>The index of the current instruction: the latest change, else the last listed.</summary>
    internal static int Current(IReadOnlyList<PayrollInstruction> payroll)
    {
        var index = payroll.Count - 1;
        DateTimeOffset? latest = null;
        for (var i = 0; i < payroll.Count; i++)
        {
            if (payroll[i].ChangedAt is { } at && (latest is null || at >= latest))
            {
                latest = at;
                index = i;
            }
        }

        return index;
    }
}
