using HireGuard.Evidence;

namespace HireGuard.Rules.BuiltIn;

/// <summary>PAY.PAYOUT_CHURN: the payout details changed several times within a short window.</summary>
internal sealed class PayoutChurnRule() : CatalogRule("payroll.payout-churn", "1.0", Code)
{
    private const string Code = "PAY.PAYOUT_CHURN";

    public override void Evaluate(CaseEvidence evidence, RuleContext context)
    {
        var payroll = evidence.Case.Payroll;
        if (payroll.Count == 0)
        {
            context.ReportMissing(Code, "/payroll", "No payout instruction was supplied.");
            return;
        }

        var times = payroll.Where(p => p.ChangedAt is not null).Select(p => p.ChangedAt!.Value).OrderBy(t => t).ToArray();
        var window = TimeSpan.FromDays(context.Options.PayoutChurnWindowDays);
        var mostChanges = 0;
        var start = 0;
        for (var end = 0; end < times.Length; end++)
        {
            while (times[end] - times[start] > window)
            {
                start++;
            }

            // The first instruction in a window is the one being changed; the rest are changes.
            mostChanges = Math.Max(mostChanges, end - start);
        }

        if (mostChanges >= context.Options.PayoutChurnChanges)
        {
            context.Report(
                Code,
                1.0,
                $"The payout details changed {mostChanges} times within {context.Options.PayoutChurnWindowDays} days.",
                new EvidenceItem("/payroll", string.Create(Inv, $"{mostChanges} changes in {context.Options.PayoutChurnWindowDays} days"), null, string.Create(Inv, $"≥ {context.Options.PayoutChurnChanges}")));
        }
    }
}
