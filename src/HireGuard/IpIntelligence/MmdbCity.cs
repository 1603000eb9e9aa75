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
    private readonly MmdbReader? _reader;
    private readonly MmdbCityValues _values;

    internal MmdbCity(in MmdbLookupResult lookup, MmdbReader reader, in MmdbCityValues values)
    {
        _lookup = lookup;
        _reader = reader;
        _values = values;
    }

    /// <summary>Gets the network the record covers.</summary>
    public IPNetwork Network => _lookup.Network;

    /// <summary>Gets the prefix length of <see cref="Network"/>.</summary>
    public int PrefixLength => _lookup.PrefixLength;

    /// <summary>Gets the continent code (e.g. <c>EU</c>).</summary>
    public MmdbString ContinentCode => _values.Text(_reader, MmdbCityValues.ContinentCode);

    /// <summary>Gets the ISO 3166-1 alpha-2 code of the country where the address is located.</summary>
    public MmdbString CountryIsoCode => _values.Text(_reader, MmdbCityValues.CountryIsoCode);

    /// <summary>Gets the country name.</summary>
    public MmdbString CountryName => _values.Text(_reader, MmdbCityValues.CountryName);

    /// <summary>Gets the ISO code of the country the network is registered to.</summary>
    public MmdbString RegisteredCountryIsoCode => _values.Text(_reader, MmdbCityValues.RegisteredCountryIsoCode);

    /// <summary>Gets the ISO 3166-2 code (without country prefix) of the largest subdivision.</summary>
    public MmdbString RegionIsoCode => _values.Text(_reader, MmdbCityValues.RegionIsoCode);

    /// <summary>Gets the name of the largest subdivision.</summary>
    public MmdbString RegionName => _values.Text(_reader, MmdbCityValues.RegionName);

    /// <summary>Gets the city name.</summary>
    public MmdbString CityName => _values.Text(_reader, MmdbCityValues.CityName);

    /// <summary>Gets the postal code.</summary>
    public MmdbString PostalCode => _values.Text(_reader, MmdbCityValues.PostalCode);

    /// <summary>Gets the IANA time zone.</summary>
    public MmdbString TimeZone => _values.Text(_reader, MmdbCityValues.TimeZone);

    /// <summary>Gets the latitude in degrees.</summary>
    public double? Latitude => _values.Latitude;

    /// <summary>Gets the longitude in degrees.</summary>
    public double? Longitude => _values.Longitude;

    /// <summary>Gets the accuracy radius in kilometres.</summary>
    public int? AccuracyRadius => _values.AccuracyRadius;
}
