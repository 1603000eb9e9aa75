namespace HireGuard.Signals;

/// <summary>An endpoint detection and response (EDR) finding on the corporate device.</summary>
public sealed record EdrFinding
{
    /// <summary>Gets when the finding was raised.</summary>
    public DateTimeOffset? At { get; init; }

    /// <summary>Gets the kind of finding (e.g. <c>infostealer</c>, <c>history-tampering</c>).</summary>
    public string? Kind { get; init; }

    /// <summary>Gets the severity.</summary>
    public EdrSeverity? Severity { get; init; }
}
