using HireGuard.Evidence;
using HireGuard.Signals;

namespace HireGuard.Rules.BuiltIn;

/// <summary>
/// IDD.SSN_RECORD_MISMATCH: the post-offer record check (applied to every hire) did not confirm the
/// identity. A process outcome that must go through the contest process before any action.
/// </summary>
internal sealed class RecordCheckRule() : CatalogRule("identity.record-check", "1.0", Code)
{
    private const string Code = "IDD.SSN_RECORD_MISMATCH";

    public override void Evaluate(CaseEvidence evidence, RuleContext context)
    {
        var check = evidence.Case.Candidate?.NationalId?.RecordCheck;
        if (check is null or RecordCheckResult.NotRun)
        {
            context.ReportMissing(Code, "/candidate/nationalId/recordCheck", "No record-check result was supplied (it is run post-offer only).");
            return;
        }

        if (check is RecordCheckResult.Mismatch or RecordCheckResult.Deceased)
        {
            context.Report(
                Code,
                check == RecordCheckResult.Deceased ? 1.0 : 0.8,
                check == RecordCheckResult.Deceased
                    ? "The record check reports that the identifier belongs to a deceased person."
                    : "The record check did not match the name, date of birth and identifier.",
                new EvidenceItem("/candidate/nationalId/recordCheck", check.Value.ToString().ToLowerInvariant()));
        }
    }
}
