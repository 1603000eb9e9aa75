namespace HireGuard.Diagnostics;

/// <summary>
/// Names under which HireGuard publishes telemetry: one <see cref="System.Diagnostics.ActivitySource"/>
/// span per evaluation and <see cref="System.Diagnostics.Metrics.Meter"/> instruments. Subscribe with
/// OpenTelemetry (<c>AddSource(HireGuardDiagnostics.ActivitySourceName)</c>,
/// <c>AddMeter(HireGuardDiagnostics.MeterName)</c>) or a <c>MeterListener</c>. No case data is ever
/// attached: tags carry only band, recommendation and counts.
/// </summary>
public static class HireGuardDiagnostics
{
    /// <summary>The name of the activity source (<c>HireGuard</c>); spans are named <c>HireGuard.Evaluate</c>.</summary>
    public const string ActivitySourceName = "HireGuard";

    /// <summary>The name of the meter (<c>HireGuard</c>).</summary>
    public const string MeterName = "HireGuard";

    /// <summary>Counter of evaluations, tagged with <c>hireguard.band</c> and <c>hireguard.recommendation</c>.</summary>
    public const string EvaluationsCounter = "hireguard.evaluations";

    /// <summary>Counter of findings, tagged with <c>hireguard.category</c>.</summary>
    public const string FindingsCounter = "hireguard.findings";

    /// <summary>Counter of input warnings.</summary>
    public const string InputWarningsCounter = "hireguard.input_warnings";

    /// <summary>Histogram of evaluation durations in milliseconds.</summary>
    public const string DurationHistogram = "hireguard.evaluation.duration";

    /// <summary>Histogram of scores (0–100).</summary>
    public const string ScoreHistogram = "hireguard.score";
}
