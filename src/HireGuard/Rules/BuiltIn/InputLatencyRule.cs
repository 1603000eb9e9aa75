using HireGuard.Evidence;

namespace HireGuard.Rules.BuiltIn;

/// <summary>
/// NET.INPUT_LATENCY: the median input latency measured on the endpoint is at or above
/// <see cref="RuleOptions.InputLatencyThresholdMs"/> over enough samples, and exceeds the device's own
/// network round-trip time by at least <see cref="RuleOptions.InputLatencyMinExcessMs"/>: the delay
/// is a second, remote-control hop rather than a slow line. When the device's round-trip time is
/// unknown a slow line cannot be ruled out, so the finding counts at reduced strength. One
/// threshold for everyone, wherever the claimed residence is.
/// </summary>
internal sealed class InputLatencyRule() : CatalogRule("network.input-latency", "1.0", Code)
{
    private const string Code = "NET.INPUT_LATENCY";

    /// <summary>Strength when the device's own round-trip time is unknown (a slow line is not ruled out).</summary>
    private const double UnseparatedStrength = 0.6;

    public override void Evaluate(CaseEvidence evidence, RuleContext context)
    {
        var options = context.Options;
        var measured = 0;
        (double Strength, SessionEvidence Session, double P50, double? Rtt)? best = null;
        foreach (var s in evidence.Sessions)
        {
            if (s.Session.InputLatency is not { P50Ms: { } p50 } latency || latency.Samples is not { } samples || samples < options.InputLatencyMinSamples)
            {
                continue;
            }

            measured++;
            if (p50 < options.InputLatencyThresholdMs)
            {
                continue;
            }

            double strength;
            if (latency.NetworkRttMs is { } rtt)
            {
                if (p50 - rtt < options.InputLatencyMinExcessMs)
                {
                    continue;
                }

                strength = 1.0;
            }
            else
            {
                strength = UnseparatedStrength;
            }

            if (best is null || strength > best.Value.Strength || (strength == best.Value.Strength && p50 > best.Value.P50))
            {
                best = (strength, s, p50, latency.NetworkRttMs);
            }
        }

        if (measured == 0)
        {
            context.ReportMissing(Code, "/sessions", string.Create(Inv, $"No session carried a median input latency over at least {options.InputLatencyMinSamples} samples."));
            return;
        }

        if (best is not { } b)
        {
            return;
        }

        var pointer = string.Create(Inv, $"/sessions/{b.Session.Index}/inputLatency");
        var text = b.Rtt is { } r
            ? string.Create(Inv, $"Median input latency in session {b.Session.Index} was {F(b.P50)} ms against a network round trip of {F(r)} ms: input appears to travel a second, remote hop.")
            : string.Create(Inv, $"Median input latency in session {b.Session.Index} was {F(b.P50)} ms; the device's own round trip was not measured, so a slow line is not ruled out.");
        var count = b.Session.Session.InputLatency!.Samples!.Value;
        context.Report(
            Code,
            b.Strength,
            text,
            new EvidenceItem(pointer + "/p50Ms", F(b.P50) + " ms", null, "≥ " + F(options.InputLatencyThresholdMs) + " ms over ≥ " + options.InputLatencyMinSamples.ToString(Inv) + " samples (" + count.ToString(Inv) + ")"),
            new EvidenceItem(pointer + "/networkRttMs", b.Rtt is { } own ? F(own) + " ms" : "not measured", null, "excess ≥ " + F(options.InputLatencyMinExcessMs) + " ms"));
    }
}
