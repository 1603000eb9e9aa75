using HireGuard.Evidence;
using HireGuard.Signals;

namespace HireGuard.Rules.BuiltIn;

/// <summary>IDD.SELFIE_LIVENESS_FAIL: the face does not match the document or liveness failed; IDD.LIVE_CHECK_PASSED when every live check passed.</summary>
internal sealed class SelfieLivenessRule() : CatalogRule("identity.selfie-liveness", "1.0", Code, Passed)
{
    private const string Code = "IDD.SELFIE_LIVENESS_FAIL";
    private const string Passed = "IDD.LIVE_CHECK_PASSED";
    private const double ConfidentMatch = 0.9;

    public override void Evaluate(CaseEvidence evidence, RuleContext context)
    {
        var documents = evidence.Case.Documents;
        var seen = false;
        var failed = false;
        var passedIndex = -1;
        for (var i = 0; i < documents.Count; i++)
        {
            if (documents[i].Verification is not { } v || (v.SelfieMatchScore is null && v.LivenessPassed is null && v.InjectionDetected is null))
            {
                continue;
            }

            seen = true;
            var pointer = string.Create(Inv, $"/documents/{i}/verification");
            if (v.InjectionDetected == true)
            {
                failed = true;
                context.Report(Code, 1.0, "The identity-verification vendor detected camera injection (a virtual camera or replayed video).", new EvidenceItem(pointer + "/injectionDetected", "true"));
            }
            else if (v.LivenessPassed == false)
            {
                failed = true;
                context.Report(Code, 1.0, "The liveness check failed.", new EvidenceItem(pointer + "/livenessPassed", "false"));
            }
            else if (v.SelfieMatchScore is { } match && match < context.Options.SelfieMatchThreshold)
            {
                failed = true;
                context.Report(Code, 1.0, $"The selfie matched the document photo at only {F(match)}.", new EvidenceItem(pointer + "/selfieMatchScore", F(match), null, "≥ " + F(context.Options.SelfieMatchThreshold)));
            }
            else if (AllPassed(v))
            {
                passedIndex = i;
            }
        }

        if (!seen)
        {
            context.ReportMissing(Code, "/documents", "No selfie-match or liveness result was supplied.");
        }
        else if (!failed && passedIndex >= 0)
        {
            context.Report(Passed, 1.0, "The live document, selfie-match and liveness checks all passed.", new EvidenceItem(string.Create(Inv, $"/documents/{passedIndex}/verification"), "passed"));
        }
    }

    private static bool AllPassed(DocumentVerification v) =>
        v.SelfieMatchScore >= ConfidentMatch && v.LivenessPassed == true && v.InjectionDetected == false
        && v.DocumentLive != false && (v.TamperScore is null || v.TamperScore < 0.3);
}
