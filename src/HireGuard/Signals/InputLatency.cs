namespace HireGuard.Signals;

/// <summary>Keystroke or input round-trip latency measured on the endpoint.</summary>
public sealed record InputLatency
{
    /// <summary>Gets the median input latency in milliseconds.</summary>
    public double? P50Ms { get; init; }

    /// <summary>Gets the 95th-percentile input latency in milliseconds.</summary>
    public double? P95Ms { get; init; }

    /// <summary>Gets the number of samples behind the figures.</summary>
    public int? Samples { get; init; }

    /// <summary>Gets the device's own network round-trip time in milliseconds, to tell a slow line from a second hop.</summary>
    public double? NetworkRttMs { get; init; }
}
