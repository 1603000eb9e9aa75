using System.Net;

namespace HireGuard.IpIntelligence;

/// <summary>
/// A City or Country record read through the reader's <see cref="MmdbFieldMap"/>, without
/// allocating. Fields the record lacks are absent (<see cref="MmdbString.HasValue"/> false, or null).
/// </summary>
/// <remarks>Valid only while the reader that produced it is open.</remarks>
public readonly struct MmdbCity
{
    private readonly MmdbLookupResult _lookup;

    internal MmdbCity(in MmdbLookupResult lookup, MmdbReader reader, ReadOnlySpan<MmdbSlot> slots)
    {
        _lookup = lookup;
        ContinentCode = MmdbSlotValues.Text(reader, slots[(int)MmdbField.ContinentCode]);
        CountryIsoCode = MmdbSlotValues.Text(reader, slots[(int)MmdbField.CountryIsoCode]);
        CountryName = MmdbSlotValues.Text(reader, slots[(int)MmdbField.CountryName]);
        RegisteredCountryIsoCode = MmdbSlotValues.Text(reader, slots[(int)MmdbField.RegisteredCountryIsoCode]);
        RegionIsoCode = MmdbSlotValues.Text(reader, slots[(int)MmdbField.RegionIsoCode]);
        RegionName = MmdbSlotValues.Text(reader, slots[(int)MmdbField.RegionName]);
        CityName = MmdbSlotValues.Text(reader, slots[(int)MmdbField.CityName]);
        PostalCode = MmdbSlotValues.Text(reader, slots[(int)MmdbField.PostalCode]);
        TimeZone = MmdbSlotValues.Text(reader, slots[(int)MmdbField.TimeZone]);
        Latitude = MmdbSlotValues.Number(reader, slots[(int)MmdbField.Latitude]);
        Longitude = MmdbSlotValues.Number(reader, slots[(int)MmdbField.Longitude]);
        var radius = MmdbSlotValues.Integer(reader, slots[(int)MmdbField.AccuracyRadius]);
        AccuracyRadius = radius is >= 0 and <= int.MaxValue ? (int)radius.Value : null;
    }

    /// <summary>Gets the network the record covers.</summary>
    public IPNetwork Network => _lookup.Network;

    /// <summary>Gets the prefix length of <see cref="Network"/>.</summary>
    public int PrefixLength => _lookup.PrefixLength;

    /// <summary>Gets the continent code (e.g. <c>EU</c>).</summary>
    public MmdbString ContinentCode { get; }

    /// <summary>Gets the ISO 3166-1 alpha-2 code of the country where the address is located.</summary>
    public MmdbString CountryIsoCode { get; }

    /// <summary>Gets the country name.</summary>
    public MmdbString CountryName { get; }

    /// <summary>Gets the ISO code of the country the network is registered to.</summary>
    public MmdbString RegisteredCountryIsoCode { get; }

    /// <summary>Gets the ISO 3166-2 code (without country prefix) of the largest subdivision.</summary>
    public MmdbString RegionIsoCode { get; }

    /// <summary>Gets the name of the largest subdivision.</summary>
    public MmdbString RegionName { get; }

    /// <summary>Gets the city name.</summary>
    public MmdbString CityName { get; }

    /// <summary>Gets the postal code.</summary>
    public MmdbString PostalCode { get; }

    /// <summary>Gets the IANA time zone.</summary>
    public MmdbString TimeZone { get; }

    /// <summary>Gets the latitude in degrees.</summary>
    public double? Latitude { get; }

    /// <summary>Gets the longitude in degrees.</summary>
    public double? Longitude { get; }

    /// <summary>Gets the accuracy radius in kilometres.</summary>
    public int? AccuracyRadius { get; }
}
