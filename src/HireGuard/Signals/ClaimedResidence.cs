namespace HireGuard.Signals;

/// <summary>Where the candidate says they live. Location signals compare observations with this claim only.</summary>
public sealed record ClaimedResidence
{
    /// <summary>Gets the street address.</summary>
    public string? Street { get; init; }

    /// <summary>Gets the city.</summary>
    public string? City { get; init; }

    /// <summary>Gets the region or state (ISO 3166-2 subdivision code without the country prefix, or a name).</summary>
    public string? Region { get; init; }

    /// <summary>Gets the postal code.</summary>
    public string? PostalCode { get; init; }

    /// <summary>Gets the ISO 3166-1 alpha-2 country code.</summary>
    public string? Country { get; init; }

    /// <summary>Gets the IANA time zone (e.g. <c>America/Chicago</c>).</summary>
    public string? TimeZone { get; init; }

    /// <summary>Gets the latitude of the residence in degrees (WGS 84), when the employer geocoded the address; lets location rules measure distances.</summary>
    public double? Latitude { get; init; }

    /// <summary>Gets the longitude of the residence in degrees (WGS 84), when the employer geocoded the address.</summary>
    public double? Longitude { get; init; }
}
