using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace HireGuard.Diagnostics;

/// <summary>The process-wide activity source and instruments.</summary>
internal static class HireGuardTelemetry
{
    public static readonly string Version = typeof(HireGuardTelemetry).Assembly.GetName().Version?.ToString() ?? "0.0.0";

    public static readonly ActivitySource Source = new(HireGuardDiagnostics.ActivitySourceName, Version);

    public static readonly Meter Meter = new(HireGuardDiagnostics.MeterName, Version);

    public static readonly Counter<long> Evaluations = Meter.CreateCounter<long>(HireGuardDiagnostics.EvaluationsCounter, "{evaluation}", "Hiring cases evaluated.");

    public static readonly Counter<long> Findings = Meter.CreateCounter<long>(HireGuardDiagnostics.FindingsCounter, "{finding}", "Rule findings raised.");

    public static readonly Counter<long> InputWarnings = Meter.CreateCounter<long>(HireGuardDiagnostics.InputWarningsCounter, "{warning}", "Input values treated as missing.");

    public static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(HireGuardDiagnostics.DurationHistogram, "ms", "Time to evaluate one case.");

    public static readonly Histogram<double> Score = Meter.CreateHistogram<double>(HireGuardDiagnostics.ScoreHistogram, "{score}", "Risk scores (0-100).");
}
