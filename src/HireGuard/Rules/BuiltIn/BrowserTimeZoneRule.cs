using HireGuard.Evidence;
using HireGuard.Signals;

namespace HireGuard.Rules.BuiltIn;

/// <summary>
/// NET.GEO_CLAIM_MISMATCH (time zones): the browser's UTC offset differs from the claimed
/// residence's offset at the same instant in a persistent share of sessions. Sessions inside
/// declared travel are excused. Offsets are compared, never which zone: no zone counts more than another.
/// </summary>
internal sealed class BrowserTimeZoneRule() : CatalogRule("network.browser-time-zone", "1.0", Code)
{
    private const string Code = "NET.GEO_CLAIM_MISMATCH";
    private const int ToleranceMinutes = 60;

    public override void Evaluate(CaseEvidence evidence, RuleContext context)
    {
        var claimed = evidence.ResidenceTimeZone;
        if (claimed is null)
        {
            context.ReportMissing(Code, "/candidate/residence/timeZone", "The claimed residence's time zone is needed to compare browser time zones.");
            return;
        }

        var travel = evidence.Case.Candidate?.DeclaredTravel ?? [];
        var considered = 0;
        var mismatched = 0;
        EvidenceItem? example = null;
        foreach (var s in evidence.Sessions)
        {
            if (s.Session.Timestamp is not { } at || BrowserOffset(s.Session, at) is not { } browser)
            {
                continue;
            }

            if (DeclaredTravels.Cover(travel, at))
            {
                continue;
            }

            considered++;
            var expected = claimed.GetUtcOffset(at);
            if (Math.Abs((browser - expected).TotalMinutes) >= ToleranceMinutes)
            {
                mismatched++;
                example ??= new EvidenceItem(
                    string.Create(Inv, $"/sessions/{s.Index}/{(s.Session.UtcOffsetMinutes is null ? "browserTimeZone" : "utcOffsetMinutes")}"),
                    "UTC" + Format(browser),
                    "UTC" + Format(expected) + " (" + claimed.Id + ")");
            }
        }

        if (considered == 0)
        {
            context.ReportMissing(Code, "/sessions", "No session reported a browser time zone or UTC offset with a timestamp.");
            return;
        }

        var share = (double)mismatched / considered;
        if (mismatched > 0 && share >= context.Options.TimeZoneMismatchShare)
        {
            // One mismatching session is weak evidence; persistence across sessions makes it moderate.
            var strength = share * Math.Min(1.0, considered / 3.0);
            context.Report(
                Code,
                strength,
                string.Create(Inv, $"In {mismatched} of {considered} sessions the browser's time zone differed from the claimed residence's ({claimed.Id})."),
                example!,
                new EvidenceItem("/sessions", string.Create(Inv, $"{mismatched}/{considered} sessions"), null, "share ≥ " + F(context.Options.TimeZoneMismatchShare)));
        }
    }

    private static TimeSpan? BrowserOffset(Session session, DateTimeOffset at)
    {
        if (session.UtcOffsetMinutes is { } minutes)
        {
            return TimeSpan.FromMinutes(minutes);
        }

        return Internal.TimeZones.Find(session.BrowserTimeZone) is { } zone ? zone.GetUtcOffset(at) : null;
    }

    private static string Format(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", Inv);
}
