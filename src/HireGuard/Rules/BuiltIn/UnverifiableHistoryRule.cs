using HireGuard.Evidence;

namespace HireGuard.Rules.BuiltIn;

/// <summary>IDD.UNVERIFIABLE_HISTORY: claimed employers or degrees that could not be verified.</summary>
internal sealed class UnverifiableHistoryRule() : CatalogRule("identity.unverifiable-history", "1.0", Code)
{
    private const string Code = "IDD.UNVERIFIABLE_HISTORY";

    public override void Evaluate(CaseEvidence evidence, RuleContext context)
    {
        var candidate = evidence.Case.Candidate;
        var items = new List<EvidenceItem>();
        var checkedAny = false;
        if (candidate is not null)
        {
            for (var i = 0; i < candidate.EmploymentHistory.Count; i++)
            {
                var e = candidate.EmploymentHistory[i];
                checkedAny |= e.Verified is not null;
                if (e.Verified == false)
                {
                    items.Add(new EvidenceItem(string.Create(Inv, $"/candidate/employmentHistory/{i}/verified"), e.Employer ?? "employer", null, "not verified"));
                }
            }

            for (var i = 0; i < candidate.Education.Count; i++)
            {
                var e = candidate.Education[i];
                checkedAny |= e.Verified is not null;
                if (e.Verified == false)
                {
                    items.Add(new EvidenceItem(string.Create(Inv, $"/candidate/education/{i}/verified"), e.Institution ?? "institution", null, "not verified"));
                }
            }
        }

        if (!checkedAny)
        {
            context.ReportMissing(Code, "/candidate/employmentHistory", "No employment or education verification result was supplied.");
            return;
        }

        if (items.Count > 0)
        {
            context.Report(Code, Math.Min(1.0, items.Count / 2.0), string.Create(Inv, $"{items.Count} claimed employment or education entries could not be verified."), [.. items]);
        }
    }
}
