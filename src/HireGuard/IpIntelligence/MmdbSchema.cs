namespace HireGuard.IpIntelligence;

/// <summary>The field-path preset of a database (see <see cref="MmdbFieldMap"/>).</summary>
public enum MmdbSchema
{
    /// <summary>Pick from the database type (<see cref="MmdbFieldMap.ForDatabaseType"/>).</summary>
    Auto,

    /// <summary>MaxMind GeoIP2 / GeoLite2 nested schema (<see cref="MmdbFieldMap.GeoIp2"/>).</summary>
    GeoIp2,

    /// <summary>DB-IP, which follows the GeoIP2 schema (<see cref="MmdbFieldMap.GeoIp2"/>).</summary>
    DbIp,

    /// <summary>IPinfo flat schemas (<see cref="MmdbFieldMap.IpInfo"/>).</summary>
    IpInfo,

    /// <summary>ip-location-db flat schema (<see cref="MmdbFieldMap.IpLocationDb"/>).</summary>
    IpLocationDb,

    /// <summary>GeoIP2 paths first, then common flat names (<see cref="MmdbFieldMap.Universal"/>).</summary>
    Universal,
}
