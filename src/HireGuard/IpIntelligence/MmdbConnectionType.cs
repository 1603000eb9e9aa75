using System.Net;

namespace HireGuard.IpIntelligence;

/// <summary>A connection-type record (GeoIP2-Connection-Type, Enterprise traits) read without allocating.</summary>
/// <remarks>Valid only while the reader that produced it is open.</remarks>
public readonly struct MmdbConnectionType
{
    private readonly MmdbLookupResult _lookup;

    internal MmdbConnectionType(in MmdbLookupResult lookup, MmdbReader reader, ReadOnlySpan<MmdbSlot> slots)
    {
        _lookup = lookup;
        ConnectionType = MmdbSlotValues.Text(reader, slots[(int)MmdbField.ConnectionType]);
    }

    /// <summary>Gets the network the record covers.</summary>
    public IPNetwork Network => _lookup.Network;

    /// <summary>Gets the prefix length of <see cref="Network"/>.</summary>
    public int PrefixLength => _lookup.PrefixLength;

    /// <summary>Gets the connection type as the database names it (e.g. <c>Cable/DSL</c>, <c>Cellular</c>, <c>Corporate</c>, <c>Satellite</c>).</summary>
    public MmdbString ConnectionType { get; }
}
