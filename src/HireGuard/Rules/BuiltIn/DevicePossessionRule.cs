using HireGuard.Evidence;
using HireGuard.Internal;
using HireGuard.Signals;

namespace HireGuard.Rules.BuiltIn;

/// <summary>DEV.POSSESSION_CHECK_FAIL: the serial-number check failed or someone else took delivery; DEV.POSSESSION_VERIFIED when the check passed.</summary>
internal sealed class DevicePossessionRule() : CatalogRule("device.possession", "1.0", Code, Verified)
{
    private const string Code = "DEV.POSSESSION_CHECK_FAIL";
    private const string Verified = "DEV.POSSESSION_VERIFIED";

    public override void Evaluate(CaseEvidence evidence, RuleContext context)
    {
        var shipments = evidence.Case.Shipments;
        if (shipments.Count == 0)
        {
            context.ReportMissing(Code, "/shipments", "No equipment shipment was supplied.");
            return;
        }

        var names = CandidateNames.Of(evidence.Case);
        var household = evidence.Case.Candidate?.HouseholdMembers.Select(h => h.Name).OfType<string>().ToList() ?? [];
        var failed = false;
        var passed = -1;
        var evaluated = false;
        for (var i = 0; i < shipments.Count; i++)
        {
            var s = shipments[i];
            if (s.SerialCheck == CheckResult.Failed)
            {
                failed = evaluated = true;
                context.Report(Code, 1.0, "The serial-number (possession) check of the issued device failed.", new EvidenceItem(string.Create(Inv, $"/shipments/{i}/serialCheck"), "failed"));
            }
            else if (s.SerialCheck == CheckResult.Passed)
            {
                evaluated = true;
                passed = i;
            }

            if (!string.IsNullOrWhiteSpace(s.DeliveredToName) && names.Count > 0)
            {
                evaluated = true;
                var similarity = Math.Max(PersonNames.BestSimilarity(s.DeliveredToName, names), PersonNames.BestSimilarity(s.DeliveredToName, household));
                if (similarity < context.Options.NameMatchThreshold)
                {
                    failed = true;
                    context.Report(
                        Code,
                        0.6,
                        $"The device was delivered to \"{s.DeliveredToName}\", who is neither the candidate nor a declared household member.",
                        new EvidenceItem(string.Create(Inv, $"/shipments/{i}/deliveredToName"), s.DeliveredToName!, names[0]));
                }
            }
        }

        if (!evaluated)
        {
            context.ReportMissing(Code, "/shipments", "No serial-number check or delivery name was supplied.");
        }
        else if (!failed && passed >= 0)
        {
            context.Report(Verified, 1.0, "The serial-number (possession) check of the issued device passed.", new EvidenceItem(string.Create(Inv, $"/shipments/{passed}/serialCheck"), "passed"));
        }
    }
}
