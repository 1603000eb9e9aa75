namespace HireGuard.Evidence;

/// <summary>
/// Describes one piece of reference data an enrichment source answered from (an MMDB file, an IP
/// list, a sanctions list). Reported in the assessment's provenance so every assessment says
/// which data it was computed against.
/// </summary>
/// <param name="Name">A short, stable name, e.g. <c>GeoIP2-City</c> or <c>OFAC SDN</c>.</param>
/// <param name="Kind">What kind of source it is, e.g. <c>mmdb</c>, <c>ip-list</c>, <c>sanctions-list</c>.</param>
/// <param name="BuildDate">When the data was built or published, when the source says so.</param>
/// <param name="Sha256">The SHA-256 of the file the data came from, lower-case hex, when known.</param>
/// <param name="Records">How many records (networks, entries) the source holds, when known.</param>
public sealed record DataSourceInfo(
    string Name,
    string Kind,
    DateTimeOffset? BuildDate = null,
    string? Sha256 = null,
    long? Records = null);
