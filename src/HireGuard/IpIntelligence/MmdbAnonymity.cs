using System.Net;

namespace HireGuard.IpIntelligence;

/// <summary>
/// An anonymity record (GeoIP2-Anonymous-IP, GeoIP-Anonymous-Plus, GeoIP2-IP-Risk,
/// GeoIP-Residential-Proxy, IPinfo privacy) read without allocating. Flags the record lacks are false.
/// </summary>
/// <remarks>Valid only while the reader that produced it is open.</remarks>
public readonly struct MmdbAnonymity
{
    private readonly MmdbLookupResult _lookup;

    internal MmdbAnonymity(in MmdbLookupResult lookup, MmdbReader reader, ReadOnlySpan<MmdbSlot> slots)
    {
        _lookup = lookup;
        IsAnonymousVpn = MmdbSlotValues.Boolean(reader, slots[(int)MmdbField.IsAnonymousVpn]) ?? false;
        IsHostingProvider = MmdbSlotValues.Boolean(reader, slots[(int)MmdbField.IsHostingProvider]) ?? false;
        IsPublicProxy = MmdbSlotValues.Boolean(reader, slots[(int)MmdbField.IsPublicProxy]) ?? false;
        IsResidentialProxy = MmdbSlotValues.Boolean(reader, slots[(int)MmdbField.IsResidentialProxy]) ?? false;
        IsTorExitNode = MmdbSlotValues.Boolean(reader, slots[(int)MmdbField.IsTorExitNode]) ?? false;
        IsAnonymous = MmdbSlotValues.Boolean(reader, slots[(int)MmdbField.IsAnonymous])
            ?? (IsAnonymousVpn || IsHostingProvider || IsPublicProxy || IsResidentialProxy || IsTorExitNode);
        ProviderName = MmdbSlotValues.Text(reader, slots[(int)MmdbField.ProviderName]);
        var confidence = MmdbSlotValues.Integer(reader, slots[(int)MmdbField.AnonymizerConfidence]);
        AnonymizerConfidence = confidence is >= 0 and <= int.MaxValue ? (int)confidence.Value : null;
        NetworkLastSeen = MmdbSlotValues.Date(reader, slots[(int)MmdbField.NetworkLastSeen]);
    }

    /// <summary>Gets the network the record covers.</summary>
    public IPNetwork Network => _lookup.Network;

    /// <summary>Gets the prefix length of <see cref="Network"/>.</summary>
    public int PrefixLength => _lookup.PrefixLength;

    /// <summary>Gets whether the address belongs to any anonymiser; derived from the other flags when the database has no such field.</summary>
    public bool IsAnonymous { get; }

    /// <summary>Gets whether the address is a VPN exit.</summary>
    public bool IsAnonymousVpn { get; }

    /// <summary>Gets whether the address belongs to a hosting or cloud provider.</summary>
    public bool IsHostingProvider { get; }

    /// <summary>Gets whether the address is a public proxy.</summary>
    public bool IsPublicProxy { get; }

    /// <summary>Gets whether the address is a residential proxy.</summary>
    public bool IsResidentialProxy { get; }

    /// <summary>Gets whether the address is a Tor exit node.</summary>
    public bool IsTorExitNode { get; }

    /// <summary>Gets the anonymiser provider name, when the database carries it (GeoIP Anonymous-Plus, IPinfo <c>service</c>).</summary>
    public MmdbString ProviderName { get; }

    /// <summary>Gets the confidence (0–100) that the network is an anonymiser, when present.</summary>
    public int? AnonymizerConfidence { get; }

    /// <summary>Gets the date the anonymiser was last seen on the network, when present.</summary>
    public DateOnly? NetworkLastSeen { get; }
}
