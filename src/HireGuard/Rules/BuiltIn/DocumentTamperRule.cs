using HireGuard.Evidence;

namespace HireGuard.Rules.BuiltIn;

/// <summary>IDD.PHOTO_SUBSTITUTION: the identity-verification vendor's tamper score is high.</summary>
internal sealed class DocumentTamperRule() : CatalogRule("identity.document-tamper", "1.0", Code)
{
    private const string Code = "IDD.PHOTO_SUBSTITUTION";

    public override void Evaluate(CaseEvidence evidence, RuleContext context)
    {
        var threshold = context.Options.DocumentTamperThreshold;
        var seen = false;
        var best = -1;
        var bestScore = 0.0;
        for (var i = 0; i < evidence.Case.Documents.Count; i++)
        {
            if (evidence.Case.Documents[i].Verification?.TamperScore is { } score)
            {
                seen = true;
                if (score >= threshold && score >= bestScore)
                {
                    best = i;
                    bestScore = score;
                }
            }
        }

        if (!seen)
        {
            context.ReportMissing(Code, "/documents", "No document tamper score was supplied.");
            return;
        }

        if (best >= 0)
        {
            var strength = threshold >= 1.0 ? 1.0 : 0.5 + (0.5 * (bestScore - threshold) / (1.0 - threshold));
            context.Report(
                Code,
                Math.Clamp(strength, 0.5, 1.0),
                $"The identity-verification vendor scored the document {F(bestScore)} for tampering (photo substitution or editing).",
                new EvidenceItem(string.Create(Inv, $"/documents/{best}/verification/tamperScore"), F(bestScore), null, "≥ " + F(threshold)));
        }
    }
}
