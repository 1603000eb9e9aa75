using HireGuard.Evidence;

namespace HireGuard.Rules.BuiltIn;

/// <summary>
/// NET.ALWAYS_ON_SESSION: the account is active around the clock. Fires at full strength when the
/// employment record's interactive hours per day reach <see cref="RuleOptions.AlwaysOnActiveHours"/>,
/// and otherwise from sign-in times: a day counts when the sign-ins of the 24 hours from one of
/// its sessions leave no rest gap long enough to bring their span under the threshold; on
/// <see cref="RuleOptions.AlwaysOnMinDays"/> such days the finding counts at half strength, rising
/// to full at twice as many. Interactive activity is preferred to mere presence (INDICATORS.md).
/// </summary>
internal sealed class AlwaysOnSessionRule() : CatalogRule("network.always-on-session", "1.0", Code)
{
    private const string Code = "NET.ALWAYS_ON_SESSION";

    public override void Evaluate(CaseEvidence evidence, RuleContext context)
    {
        var options = context.Options;
        if (evidence.Case.Employment?.InteractiveHoursPerDay is { } hours && hours >= options.AlwaysOnActiveHours)
        {
            context.Report(
                Code,
                1.0,
                string.Create(Inv, $"The account was interactively active {F(hours)} hours a day on average."),
                new EvidenceItem("/employment/interactiveHoursPerDay", F(hours) + " h", null, "≥ " + F(options.AlwaysOnActiveHours) + " h"));
            return;
        }

        var times = evidence.Sessions.Where(s => s.Session.Timestamp is not null).Select(s => s.Session.Timestamp!.Value.ToUniversalTime()).Order().ToList();
        var days = times.Select(t => DateOnly.FromDateTime(t.UtcDateTime)).Distinct().Count();
        if (evidence.Case.Employment?.InteractiveHoursPerDay is null && days < options.AlwaysOnMinDays)
        {
            context.ReportMissing(Code, "/employment/interactiveHoursPerDay", string.Create(Inv, $"Neither interactive hours nor sign-ins on at least {options.AlwaysOnMinDays} days were supplied."));
            return;
        }

        var roundTheClock = new SortedSet<DateOnly>();
        var widest = 0.0;
        for (var i = 0; i < times.Count; i++)
        {
            var span = ActiveSpanHours(times, i);
            widest = Math.Max(widest, span);
            if (span >= options.AlwaysOnActiveHours)
            {
                roundTheClock.Add(DateOnly.FromDateTime(times[i].UtcDateTime));
            }
        }

        if (roundTheClock.Count < options.AlwaysOnMinDays)
        {
            return;
        }

        var strength = Math.Min(1.0, roundTheClock.Count / (2.0 * options.AlwaysOnMinDays));
        context.Report(
            Code,
            strength,
            string.Create(Inv, $"On {roundTheClock.Count} days the account's sign-ins spread over {F(Math.Round(widest, 1))} hours or more of the day without a normal rest gap."),
            new EvidenceItem("/sessions", string.Create(Inv, $"{roundTheClock.Count} days, widest span {F(Math.Round(widest, 1))} h"), null, string.Create(Inv, $"span ≥ {F(options.AlwaysOnActiveHours)} h on ≥ {options.AlwaysOnMinDays} days")));
    }

    /// <summary>
    /// The span of the sign-ins in the 24 hours from <paramref name="start"/>, read on the clock
    /// face: 24 hours minus the longest gap between consecutive sign-ins (the gap from the last back
    /// round to the first included), so morning sign-ins on two days are one short span, not 23 hours.
    /// </summary>
    private static double ActiveSpanHours(List<DateTimeOffset> times, int start)
    {
        var first = times[start];
        var end = start;
        while (end + 1 < times.Count && times[end + 1] - first < TimeSpan.FromHours(24))
        {
            end++;
        }

        if (end == start)
        {
            return 0.0;
        }

        var longestGap = 24.0 - (times[end] - first).TotalHours;
        for (var i = start + 1; i <= end; i++)
        {
            longestGap = Math.Max(longestGap, (times[i] - times[i - 1]).TotalHours);
        }

        return 24.0 - longestGap;
    }
}
