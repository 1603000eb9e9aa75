using HireGuard.Evidence;

namespace HireGuard.Rules.BuiltIn;

/// <summary>IDD.NON_LIVE_OR_LOW_QUALITY_DOC: the document could not be captured live.</summary>
internal sealed class NonLiveDocumentRule() : CatalogRule("identity.non-live-document", "1.0", Code)
{
    private const string Code = "IDD.NON_LIVE_OR_LOW_QUALITY_DOC";

    public override void Evaluate(CaseEvidence evidence, RuleContext context)
    {
        var seen = false;
        for (var i = 0; i < evidence.Case.Documents.Count; i++)
        {
            if (evidence.Case.Documents[i].Verification?.DocumentLive is { } live)
            {
                seen = true;
                if (!live)
                {
                    context.Report(Code, 1.0, "The identity document was not captured live (screenshot, scan or failed document-presence check).", new EvidenceItem(string.Create(Inv, $"/documents/{i}/verification/documentLive"), "false"));
                    return;
                }
            }
        }

        if (!seen)
        {
            context.ReportMissing(Code, "/documents", "No document-liveness result was supplied.");
        }
    }
}
