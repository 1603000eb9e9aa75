namespace HireGuard.IpIntelligence;

/// <summary>Where a geolocation database places an address.</summary>
public sealed record IpGeolocation
{
    /// <summary>Gets the ISO 3166-1 alpha-2 country code of the location (not the registration).</summary>
    public string? CountryCode { get; init; }

    /// <summary>Gets the ISO 3166-2 subdivision code without the country prefix (e.g. <c>CA</c> for California).</summary>
    public string? RegionCode { get; init; }

    /// <summary>Gets the English city name.</summary>
    public string? City { get; init; }

    /// <summary>Gets the postal code.</summary>
    public string? PostalCode { get; init; }

    /// <summary>Gets the latitude in degrees.</summary>
    public double? Latitude { get; init; }

    /// <summary>Gets the longitude in degrees.</summary>
    public double? Longitude { get; init; }

    /// <summary>Gets the accuracy radius in kilometres around the coordinates.</summary>
    public int? AccuracyRadiusKm { get; init; }

    /// <summary>Gets the IANA time zone of the location.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Gets the ISO country code the network is registered to (may differ from the location).</summary>
    public string? RegisteredCountryCode { get; init; }

    /// <summary>Gets the continent code (e.g. <c>EU</c>).</summary>
    public string? ContinentCode { get; init; }

    /// <summary>Gets the English country name.</summary>
    public string? CountryName { get; init; }

    /// <summary>Gets the English name of the largest subdivision (state, region).</summary>
    public string? RegionName { get; init; }

    /// <summary>Gets the network of the answer, in CIDR notation.</summary>
    public string? Network { get; init; }

    /// <summary>Gets the name of the source that answered (several are joined with <c>, </c> when they each filled fields).</summary>
    public string? Source { get; init; }
}
