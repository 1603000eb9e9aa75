using HireGuard.Evidence;

namespace HireGuard.Rules.BuiltIn;

/// <summary>BEH.PERSON_SWITCH: the consented person-match score between rounds is low.</summary>
internal sealed class PersonSwitchRule() : CatalogRule("behaviour.person-switch", "1.0", Code)
{
    private const string Code = "BEH.PERSON_SWITCH";

    public override void Evaluate(CaseEvidence evidence, RuleContext context)
    {
        var interviews = evidence.Case.Interviews;
        var worst = -1;
        var worstScore = 1.0;
        var seen = false;
        for (var i = 0; i < interviews.Count; i++)
        {
            if (interviews[i].PersonMatchScore is { } score)
            {
                seen = true;
                if (score < worstScore)
                {
                    worst = i;
                    worstScore = score;
                }
            }
        }

        if (!seen)
        {
            context.ReportMissing(Code, "/interviews", "No person-match score between interview rounds was supplied.");
            return;
        }

        var threshold = context.Options.PersonMatchThreshold;
        if (worst >= 0 && worstScore < threshold)
        {
            context.Report(
                Code,
                threshold <= 0 ? 1.0 : Math.Clamp(0.5 + (0.5 * (threshold - worstScore) / threshold), 0.5, 1.0),
                $"The person in interview round {(interviews[worst].Round ?? worst + 1).ToString(Inv)} matched the earlier rounds at only {F(worstScore)}.",
                new EvidenceItem(string.Create(Inv, $"/interviews/{worst}/personMatchScore"), F(worstScore), null, "≥ " + F(threshold)));
        }
    }
}
