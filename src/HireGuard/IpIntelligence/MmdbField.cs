namespace HireGuard.IpIntelligence;

/// <summary>The typed fields HireGuard reads from MMDB records; the slot index of each in a decode.</summary>
internal enum MmdbField
{
    ContinentCode,
    CountryIsoCode,
    CountryName,
    RegisteredCountryIsoCode,
    RegionIsoCode,
    RegionName,
    CityName,
    PostalCode,
    Latitude,
    Longitude,
    AccuracyRadius,
    TimeZone,
    AutonomousSystemNumber,
    AutonomousSystemOrganization,
    Isp,
    Organization,
    ConnectionType,
    IsAnonymous,
    IsAnonymousVpn,
    IsHostingProvider,
    IsPublicProxy,
    IsResidentialProxy,
    IsTorExitNode,
    ProviderName,
    AnonymizerConfidence,
    NetworkLastSeen,
}
