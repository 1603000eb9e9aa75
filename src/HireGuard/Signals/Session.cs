namespace HireGuard.Signals;

/// <summary>One observed session: an application submission, an interview join, a sign-in.</summary>
public sealed record Session
{
    /// <summary>Gets the stage the session belongs to.</summary>
    public CaseStage? Stage { get; init; }

    /// <summary>Gets when the session started.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>Gets the client IP address (IPv4 or IPv6 text).</summary>
    public string? IpAddress { get; init; }

    /// <summary>Gets the IANA time zone the browser reported.</summary>
    public string? BrowserTimeZone { get; init; }

    /// <summary>Gets the UTC offset the browser reported, in minutes east of UTC.</summary>
    public int? UtcOffsetMinutes { get; init; }

    /// <summary>Gets the user agent.</summary>
    public string? UserAgent { get; init; }

    /// <summary>Gets the device identifier.</summary>
    public string? DeviceId { get; init; }

    /// <summary>Gets whether the session ran on the corporate device issued to the hire.</summary>
    public bool? CorporateDevice { get; init; }

    /// <summary>Gets the VPN client or anonymiser the endpoint named (e.g. <c>Astrill</c>).</summary>
    public string? AnonymizerClient { get; init; }

    /// <summary>Gets remote-access tools seen running or installed (e.g. <c>AnyDesk</c>).</summary>
    public IReadOnlyList<string> RemoteAccessTools { get; init => field = value ?? []; } = [];

    /// <summary>Gets USB devices attached during the session.</summary>
    public IReadOnlyList<UsbDevice> UsbDevices { get; init => field = value ?? []; } = [];

    /// <summary>Gets input-latency figures from endpoint telemetry.</summary>
    public InputLatency? InputLatency { get; init; }

    /// <summary>Gets whether a virtual camera was in use.</summary>
    public bool? VirtualCamera { get; init; }
}
