namespace HireGuard.IpIntelligence;

/// <summary>
/// Everything the configured IP sources said about one address. Each part is null when no source
/// answered it, which rules treat as missing, not as clean.
/// </summary>
public sealed record IpIntelligenceResult
{
    /// <summary>Gets the result for an address no source knows.</summary>
    public static IpIntelligenceResult NotFound { get; } = new();

    /// <summary>Gets the most specific network that answered, in CIDR notation (e.g. <c>81.2.69.160/27</c>).</summary>
    public string? Network { get; init; }

    /// <summary>Gets the geolocation, when a location source answered.</summary>
    public IpGeolocation? Geolocation { get; init; }

    /// <summary>Gets the network owner (ASN, ISP, organisation, connection type), when a source answered.</summary>
    public IpNetworkOwner? Owner { get; init; }

    /// <summary>Gets the anonymity classification, when an anonymity source answered.</summary>
    public IpAnonymity? Anonymity { get; init; }

    /// <summary>Gets the labelled lists (VPN providers, Tor exits, corporate egress, ...) that contain the address.</summary>
    public IReadOnlyList<IpListMatch> ListMatches { get; init => field = value ?? []; } = [];

    /// <summary>
    /// Gets the address the databases and lists were asked about when it differs from the one given:
    /// the IPv4 address inside an IPv4-mapped, 6to4 or Teredo address.
    /// </summary>
    public string? LookupAddress { get; init; }

    /// <summary>Gets problems met while answering (e.g. a corrupt region of one database); the other sources still answered.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Gets whether an allow-list contains the address, so findings about it should be suppressed.</summary>
    public bool IsAllowListed => ListMatches.Any(m => m.IsAllowList);

    /// <summary>Gets whether any source knew anything about the address.</summary>
    public bool Found => Network is not null || Geolocation is not null || Owner is not null || Anonymity is not null || ListMatches.Count > 0;
}
