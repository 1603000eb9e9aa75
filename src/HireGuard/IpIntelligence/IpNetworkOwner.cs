namespace HireGuard.IpIntelligence;

/// <summary>Who operates the network an address belongs to.</summary>
public sealed record IpNetworkOwner
{
    /// <summary>Gets the autonomous system number.</summary>
    public long? Asn { get; init; }

    /// <summary>Gets the autonomous system organisation.</summary>
    public string? AsOrganization { get; init; }

    /// <summary>Gets the ISP name.</summary>
    public string? Isp { get; init; }

    /// <summary>Gets the organisation the block is assigned to.</summary>
    public string? Organization { get; init; }

    /// <summary>Gets the connection type as the source names it (e.g. <c>Cable/DSL</c>, <c>Cellular</c>, <c>Corporate</c>).</summary>
    public string? ConnectionType { get; init; }

    /// <summary>Gets the network of the answer, in CIDR notation.</summary>
    public string? Network { get; init; }

    /// <summary>Gets the name of the source that answered (several are joined with <c>, </c> when they each filled fields).</summary>
    public string? Source { get; init; }
}
