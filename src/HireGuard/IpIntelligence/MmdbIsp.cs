using System.Net;

namespace HireGuard.IpIntelligence;

/// <summary>An ISP / organisation record (GeoIP2-ISP, Enterprise traits) read without allocating.</summary>
/// <remarks>Valid only while the reader that produced it is open.</remarks>
public readonly struct MmdbIsp
{
    private readonly MmdbLookupResult _lookup;

    internal MmdbIsp(in MmdbLookupResult lookup, MmdbReader reader, ReadOnlySpan<MmdbSlot> slots)
    {
        _lookup = lookup;
        AutonomousSystemNumber = MmdbSlotValues.Integer(reader, slots[(int)MmdbField.AutonomousSystemNumber]);
        AutonomousSystemOrganization = MmdbSlotValues.Text(reader, slots[(int)MmdbField.AutonomousSystemOrganization]);
        Isp = MmdbSlotValues.Text(reader, slots[(int)MmdbField.Isp]);
        Organization = MmdbSlotValues.Text(reader, slots[(int)MmdbField.Organization]);
    }

    /// <summary>Gets the network the record covers.</summary>
    public IPNetwork Network => _lookup.Network;

    /// <summary>Gets the prefix length of <see cref="Network"/>.</summary>
    public int PrefixLength => _lookup.PrefixLength;

    /// <summary>Gets the autonomous system number.</summary>
    public long? AutonomousSystemNumber { get; }

    /// <summary>Gets the autonomous system organisation.</summary>
    public MmdbString AutonomousSystemOrganization { get; }

    /// <summary>Gets the ISP name.</summary>
    public MmdbString Isp { get; }

    /// <summary>Gets the organisation the block is assigned to.</summary>
    public MmdbString Organization { get; }
}
