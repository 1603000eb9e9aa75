using HireGuard.Evidence;
using HireGuard.Signals;

namespace HireGuard.Rules.BuiltIn;

/// <summary>DEV.DAY1_TAMPERING: high-severity EDR findings within days of the start or delivery date.</summary>
internal sealed class DayOneTamperingRule() : CatalogRule("device.day-one-tampering", "1.0", Code)
{
    private const string Code = "DEV.DAY1_TAMPERING";

    public override void Evaluate(CaseEvidence evidence, RuleContext context)
    {
        var employment = evidence.Case.Employment;
        DateTimeOffset? start = employment?.StartDate is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
        foreach (var s in evidence.Case.Shipments)
        {
            if (s.DeliveredAt is { } delivered && (start is null || delivered < start))
            {
                start = delivered;
            }
        }

        if (employment is null || employment.EdrFindings.Count == 0 || start is null)
        {
            context.ReportMissing(Code, "/employment/edrFindings", "EDR findings and a start or delivery date are needed.");
            return;
        }

        var window = TimeSpan.FromDays(context.Options.DayOneWindowDays);
        for (var i = 0; i < employment.EdrFindings.Count; i++)
        {
            var f = employment.EdrFindings[i];
            if (f.Severity is EdrSeverity.High or EdrSeverity.Critical && f.At is { } at && at >= start && at - start <= window)
            {
                context.Report(
                    Code,
                    f.Severity == EdrSeverity.Critical ? 1.0 : 0.8,
                    $"A {f.Severity.Value.ToString().ToLowerInvariant()}-severity endpoint finding ({f.Kind ?? "unspecified"}) was raised {F((at - start.Value).TotalHours)} hours after the device arrived.",
                    new EvidenceItem(string.Create(Inv, $"/employment/edrFindings/{i}"), f.Kind ?? "finding", null, string.Create(Inv, $"within {context.Options.DayOneWindowDays} days")));
                return;
            }
        }
    }
}
