using System.Net;

namespace HireGuard.IpIntelligence;

/// <summary>An ASN record (GeoLite2-ASN, DB-IP ASN, IPinfo ASN) read without allocating.</summary>
/// <remarks>Valid only while the reader that produced it is open.</remarks>
public readonly struct MmdbAsn
{
    private readonly MmdbLookupResult _lookup;

    internal MmdbAsn(in MmdbLookupResult lookup, MmdbReader reader, ReadOnlySpan<MmdbSlot> slots)
    {
        _lookup = lookup;
        AutonomousSystemNumber = MmdbSlotValues.Integer(reader, slots[(int)MmdbField.AutonomousSystemNumber]);
        AutonomousSystemOrganization = MmdbSlotValues.Text(reader, slots[(int)MmdbField.AutonomousSystemOrganization]);
    }

    /// <summary>Gets the network the record covers.</summary>
    public IPNetwork Network => _lookup.Network;

    /// <summary>Gets the prefix length of <see cref="Network"/>.</summary>
    public int PrefixLength => _lookup.PrefixLength;

    /// <summary>Gets the autonomous system number.</summary>
    public long? AutonomousSystemNumber { get; }

    /// <summary>Gets the autonomous system organisation.</summary>
    public MmdbString AutonomousSystemOrganization { get; }
}
