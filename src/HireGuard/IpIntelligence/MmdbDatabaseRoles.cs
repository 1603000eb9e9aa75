namespace HireGuard.IpIntelligence;

/// <summary>Which parts of an <see cref="IpIntelligenceResult"/> a database answers.</summary>
[Flags]
public enum MmdbDatabaseRoles
{
    /// <summary>
    /// Decide from the metadata <c>database_type</c>: Anonymous-IP / Anonymous-Plus / IP-Risk /
    /// Residential-Proxy / privacy → <see cref="Anonymity"/>; ASN / ISP / Connection-Type →
    /// <see cref="Owner"/>; City / Country → <see cref="Location"/>; Enterprise → both;
    /// <c>HireGuard-IP-Lists</c> → <see cref="Lists"/>; anything else → <see cref="Location"/> and
    /// <see cref="Owner"/> (never <see cref="Anonymity"/>: a database that does not classify
    /// anonymity must not make an address look clean).
    /// </summary>
    Auto = 0,

    /// <summary>Geolocation: country, region, city, coordinates, time zone.</summary>
    Location = 1,

    /// <summary>Network owner: ASN, AS organisation, ISP, organisation, connection type.</summary>
    Owner = 2,

    /// <summary>Anonymity flags and provider. A record, even an empty one, means "classified, and these flags hold".</summary>
    Anonymity = 4,

    /// <summary>Labelled list membership: records with <c>labels</c> / <c>allow_labels</c> arrays, as written by <c>hireguard ip build</c>.</summary>
    Lists = 8,
}
