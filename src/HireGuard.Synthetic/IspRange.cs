using System.Net;

namespace HireGuard.Synthetic;

/// <summary>One network of the synthetic address plan and what the reference MMDB says about it.</summary>
/// <param name="Network">The network.</param>
/// <param name="Place">Where it geolocates.</param>
/// <param name="Organization">ISP or provider name (ASN organisation).</param>
/// <param name="Asn">A private-use ASN (RFC 6996) or documentation ASN (RFC 5398).</param>
/// <param name="ConnectionType">GeoIP2 connection type (<c>Cable/DSL</c>, <c>Corporate</c>, <c>Satellite</c>...).</param>
/// <param name="Kind">What kind of network it is.</param>
internal sealed record IspRange(IPNetwork Network, Place Place, string Organization, long Asn, string ConnectionType, NetworkKind Kind);
