namespace HireGuard.Synthetic;

/// <summary>A city the generator places people, ISPs and cells in.</summary>
/// <param name="Country">ISO 3166-1 alpha-2.</param>
/// <param name="City">City name.</param>
/// <param name="Region">ISO 3166-2 subdivision code (without the country prefix).</param>
/// <param name="TimeZone">IANA time zone.</param>
/// <param name="Latitude">Latitude of the centre.</param>
/// <param name="Longitude">Longitude of the centre.</param>
/// <param name="PostalPrefix">Leading digits of postal codes.</param>
internal sealed record Place(string Country, string City, string Region, string TimeZone, double Latitude, double Longitude, string PostalPrefix);
