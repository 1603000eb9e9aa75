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

    /// <summary>Gets the source's confidence (0–100) that the network is an anonymiser, when it says.</summary>
    public int? AnonymizerConfidence { get; init; }

    /// <summary>Gets the date the anonymiser was last seen on the network, when the source says.</summary>
    public DateOnly? NetworkLastSeen { get; init; }

    /// <summary>Gets the network of the answer, in CIDR notation.</summary>
    public string? Network { get; init; }

    /// <summary>Gets the name of the source that answered (several are joined with <c>, </c> when they each answered).</summary>
    public string? Source { get; init; }
}
