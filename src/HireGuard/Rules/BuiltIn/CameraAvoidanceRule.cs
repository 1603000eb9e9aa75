using HireGuard.Evidence;

namespace HireGuard.Rules.BuiltIn;

/// <summary>
/// BEH.CAMERA_AVOIDANCE: the camera was off for most of the interviews. Contextual: disability,
/// religion, bandwidth and shared spaces are common causes, so it carries a low weight and calls
/// for an accommodated re-check, never a decision on its own.
/// </summary>
internal sealed class CameraAvoidanceRule() : CatalogRule("behaviour.camera-avoidance", "1.0", Code)
{
    private const string Code = "BEH.CAMERA_AVOIDANCE";

    public override void Evaluate(CaseEvidence evidence, RuleContext context)
    {
        var ratios = evidence.Case.Interviews.Select((interview, index) => (interview.CameraOnRatio, index)).Where(x => x.CameraOnRatio is not null).ToList();
        if (ratios.Count == 0)
        {
            context.ReportMissing(Code, "/interviews", "No interview camera-on ratio was supplied.");
            return;
        }

        var mean = ratios.Average(x => x.CameraOnRatio!.Value);
        var threshold = context.Options.CameraOnRatioThreshold;
        if (mean < threshold)
        {
            context.Report(
                Code,
                Math.Max(0.1, (threshold - mean) / threshold),
                string.Create(Inv, $"The camera was on for {mean:P0} of the interview time on average, across {ratios.Count} interview(s)."),
                new EvidenceItem("/interviews", F(mean) + " mean camera-on ratio", null, "≥ " + F(threshold)));
        }
    }
}
