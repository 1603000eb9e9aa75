using HireGuard.Evidence;
using HireGuard.Signals;

namespace HireGuard.Rules.BuiltIn;

/// <summary>Sessions that ran on the issued corporate device (flagged as such, or in the onboarding or employment stage).</summary>
internal static class CorporateSessions
{
    public static IEnumerable<SessionEvidence> Of(CaseEvidence evidence) =>
        evidence.Sessions.Where(s => s.Session.CorporateDevice == true
            || (s.Session.CorporateDevice is null && s.Session.Stage is CaseStage.Onboarding or CaseStage.Employment));
}
