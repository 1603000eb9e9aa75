using HireGuard.Evidence;
using HireGuard.Signals;

namespace HireGuard.Rules.BuiltIn;

/// <summary>BEH.SYNTHETIC_MEDIA: deepfake or voice-clone detector positive, failed challenge actions, or a virtual camera during interviews.</summary>
internal sealed class SyntheticMediaRule() : CatalogRule("behaviour.synthetic-media", "1.0", Code)
{
    private const string Code = "BEH.SYNTHETIC_MEDIA";

    public override void Evaluate(CaseEvidence evidence, RuleContext context)
    {
        var threshold = context.Options.SyntheticMediaThreshold;
        var seen = false;
        var strength = 0.0;
        var items = new List<EvidenceItem>();
        var interviews = evidence.Case.Interviews;
        for (var i = 0; i < interviews.Count; i++)
        {
            var interview = interviews[i];
            foreach (var (score, field) in new[] { (interview.DeepfakeScore, "deepfakeScore"), (interview.VoiceCloneScore, "voiceCloneScore") })
            {
                if (score is not { } s)
                {
                    continue;
                }

                seen = true;
                if (s >= threshold)
                {
                    strength = Math.Max(strength, threshold >= 1.0 ? 1.0 : 0.6 + (0.4 * (s - threshold) / (1.0 - threshold)));
                    items.Add(new EvidenceItem(string.Create(Inv, $"/interviews/{i}/{field}"), F(s), null, "≥ " + F(threshold)));
                }
            }

            if (interview.ChallengeFailures is { } failures)
            {
                seen = true;
                if (failures >= 2)
                {
                    strength = Math.Max(strength, 0.7);
                    items.Add(new EvidenceItem(string.Create(Inv, $"/interviews/{i}/challengeFailures"), failures.ToString(Inv), null, "≥ 2"));
                }
            }
        }

        foreach (var s in evidence.Sessions)
        {
            if (s.Session.VirtualCamera is { } virtualCamera && s.Session.Stage == CaseStage.Interview)
            {
                seen = true;
                if (virtualCamera)
                {
                    strength = Math.Max(strength, 0.5);
                    items.Add(new EvidenceItem(string.Create(Inv, $"/sessions/{s.Index}/virtualCamera"), "true"));
                }
            }
        }

        if (!seen)
        {
            context.ReportMissing(Code, "/interviews", "No deepfake or voice-clone detector score, challenge result or virtual-camera flag was supplied.");
            return;
        }

        if (strength > 0)
        {
            context.Report(Code, Math.Min(1.0, strength), "Interview media showed signs of synthetic alteration (detector scores, failed challenge actions or a virtual camera).", [.. items]);
        }
    }
}
