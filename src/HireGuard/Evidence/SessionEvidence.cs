using System.Net;
using HireGuard.IpIntelligence;
using HireGuard.Signals;

namespace HireGuard.Evidence;

/// <summary>One session with its parsed address and what IP intelligence said about it.</summary>
public sealed record SessionEvidence
{
    /// <summary>Gets the index of the session in the case (for JSON Pointers such as <c>/sessions/2</c>).</summary>
    public required int Index { get; init; }

    /// <summary>Gets the session.</summary>
    public required Session Session { get; init; }

    /// <summary>Gets the parsed client address; IPv4-mapped IPv6 addresses are mapped to IPv4. Null when absent or invalid.</summary>
    public IPAddress? Address { get; init; }

    /// <summary>Gets what IP intelligence said about <see cref="Address"/>; null when no source is configured or there is no address.</summary>
    public IpIntelligenceResult? Ip { get; init; }
}
