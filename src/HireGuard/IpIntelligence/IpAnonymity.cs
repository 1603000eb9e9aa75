namespace HireGuard.IpIntelligence;

/// <summary>How an anonymity source classifies an address.</summary>
public sealed record IpAnonymity
{
    /// <summary>Gets whether the address belongs to any anonymising service.</summary>
    public bool IsAnonymous { get; init; }

    /// <summary>Gets whether the address is a VPN exit.</summary>
    public bool IsVpn { get; init; }

    /// <summary>Gets whether the address belongs to a hosting or cloud provider.</summary>
    public bool IsHosting { get; init; }

    /// <summary>Gets whether the address is a public proxy.</summary>
    public bool IsPublicProxy { get; init; }

    /// <summary>Gets whether the address is a residential proxy.</summary>
    public bool IsResidentialProxy { get; init; }

    /// <summary>Gets whether the address is a Tor exit node.</summary>
    public bool IsTorExit { get; init; }

    /// <summary>Gets the anonymiser provider, when the source names it (e.g. <c>Astrill</c>).</summary>
    public string? ProviderName { get; init; }

    /// <summary>Gets the name of the source that answered.</summary>
    public string? Source { get; init; }
}
