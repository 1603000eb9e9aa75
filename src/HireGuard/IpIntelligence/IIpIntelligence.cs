using System.Net;
using HireGuard.Evidence;

namespace HireGuard.IpIntelligence;

/// <summary>
/// Answers what is known about an IP address: geolocation, network owner, anonymity flags and
/// membership of labelled lists. The engine calls it once per distinct session address during
/// enrichment; when no implementation is configured the network indicators are reported as
/// missing, never as clean.
/// </summary>
/// <remarks>
/// Implementations must be thread-safe, must not block on I/O per call (load reference data up
/// front or memory-map it) and must not throw for a well-formed address: an address no source
/// knows yields <see cref="IpIntelligenceResult.NotFound"/>. Swapping reference data must be
/// atomic: an in-flight lookup sees either the old or the new data, never a mix or a failure.
/// </remarks>
public interface IIpIntelligence
{
    /// <summary>Gets the reference data currently answering lookups, for provenance.</summary>
    IReadOnlyList<DataSourceInfo> Sources { get; }

    /// <summary>Looks up one address.</summary>
    /// <param name="address">The address; IPv4-mapped IPv6 addresses are treated as IPv4.</param>
    /// <returns>What the configured sources know about the address.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is null.</exception>
    IpIntelligenceResult Lookup(IPAddress address);
}
