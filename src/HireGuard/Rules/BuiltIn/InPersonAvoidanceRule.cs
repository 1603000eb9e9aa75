using HireGuard.Evidence;

namespace HireGuard.Rules.BuiltIn;

/// <summary>BEH.IN_PERSON_AVOIDANCE: in-person steps declined repeatedly (contextual: offer alternatives such as a notary).</summary>
internal sealed class InPersonAvoidanceRule() : CatalogRule("behaviour.in-person-avoidance", "1.0", Code)
{
    private const string Code = "BEH.IN_PERSON_AVOIDANCE";

    public override void Evaluate(CaseEvidence evidence, RuleContext context)
    {
        var interviews = evidence.Case.Interviews;
        var offered = 0;
        var declined = new List<EvidenceItem>();
        for (var i = 0; i < interviews.Count; i++)
        {
            if (interviews[i].InPersonDeclined is { } d)
            {
                offered++;
                if (d)
                {
                    declined.Add(new EvidenceItem(string.Create(Inv, $"/interviews/{i}/inPersonDeclined"), "true"));
                }
            }
        }

        if (offered == 0)
        {
            context.ReportMissing(Code, "/interviews", "No in-person step was recorded as offered.");
            return;
        }

        if (declined.Count >= context.Options.InPersonDeclineThreshold)
        {
            context.Report(Code, 1.0, string.Create(Inv, $"{declined.Count} of {offered} offered in-person steps were declined."), [.. declined]);
        }
    }
}
