using System.Diagnostics;
using System.Diagnostics.Metrics;
using HireGuard.Diagnostics;
using HireGuard.Scoring;
using HireGuard.Tests.TestUtilities;

namespace HireGuard.Tests.Diagnostics;

public sealed class TelemetryTests
{
    [Fact]
    public void Evaluate_EmitsOneSpanAndMetricsWithoutCaseData()
    {
        var spans = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == HireGuardDiagnostics.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Add,
        };
        ActivitySource.AddActivityListener(listener);
        var measurements = new List<(string Name, object Value, KeyValuePair<string, object?>[] Tags)>();
        using var meters = new MeterListener { InstrumentPublished = (i, l) => { if (i.Meter.Name == HireGuardDiagnostics.MeterName) { l.EnableMeasurementEvents(i); } } };
        meters.SetMeasurementEventCallback<long>((i, v, t, _) => { lock (measurements) { measurements.Add((i.Name, v, t.ToArray())); } });
        meters.SetMeasurementEventCallback<double>((i, v, t, _) => { lock (measurements) { measurements.Add((i.Name, v, t.ToArray())); } });
        meters.Start();
        var engine = RiskEngine.CreateBuilder().UseTimeProvider(new FixedTimeProvider()).Build();
        // A case id of its own: assessment ids are deterministic, and other tests evaluate the demo cases in parallel.
        var input = TestCases.Demo("03-laptop-farm").Case with { CaseId = "telemetry-span-test" };

        var a = engine.Evaluate(input);

        var span = Assert.Single(spans, s => Equals(s.GetTagItem("hireguard.assessment_id"), a.AssessmentId));
        Assert.Equal("HireGuard.Evaluate", span.OperationName);
        Assert.Equal("Critical", span.GetTagItem("hireguard.band"));
        lock (measurements)
        {
            Assert.Contains(measurements, m => m.Name == HireGuardDiagnostics.EvaluationsCounter && m.Tags.Any(t => t.Key == "hireguard.band" && (string?)t.Value == "Critical"));
            Assert.Contains(measurements, m => m.Name == HireGuardDiagnostics.ScoreHistogram);
            Assert.Contains(measurements, m => m.Name == HireGuardDiagnostics.DurationHistogram);
            var tagValues = measurements.SelectMany(m => m.Tags).Select(t => t.Value?.ToString() ?? string.Empty).ToList();
            Assert.DoesNotContain(tagValues, v => v.Contains("Hayes", StringComparison.Ordinal) || v.Contains("telemetry-span-test", StringComparison.Ordinal));
        }

        Assert.DoesNotContain(span.Tags, t => t.Value is not null && (t.Value.Contains("Hayes", StringComparison.Ordinal) || t.Value.Contains("Scottsdale", StringComparison.Ordinal)));
    }

    [Fact]
    public void Evaluate_LogsCarryNoPersonalData()
    {
        var logs = new CollectingLoggerProvider();
        var engine = RiskEngine.CreateBuilder().UseTimeProvider(new FixedTimeProvider()).UseLoggerFactory(logs).AddRule(new ThrowingRule()).Build();

        foreach (var name in TestCases.DemoNames)
        {
            engine.Evaluate(TestCases.Demo(name));
        }

        var all = string.Join("\n", logs.Messages.Select(m => m.Message));
        Assert.Contains("Assessment hg_", all, StringComparison.Ordinal);
        foreach (var pii in new[] { "Hayes", "Alvarez", "Patterson", "Scottsdale", "example.com", "558812004417", "203.0.113", "demo-" })
        {
            Assert.DoesNotContain(pii, all, StringComparison.Ordinal);
        }
    }
}
