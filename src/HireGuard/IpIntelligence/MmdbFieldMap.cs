namespace HireGuard.IpIntelligence;

/// <summary>
/// Where each typed field lives in a database's records, so flat schemas (IPinfo, ip-location-db)
/// and the nested GeoIP2 schema (MaxMind GeoIP2, DB-IP) fill the same typed records.
/// </summary>
/// <remarks>
/// <para>
/// A path is a list of segments separated by <c>/</c>: a map key, or an array index (<c>0</c> is the
/// first element, <c>-1</c> the last), e.g. <c>subdivisions/0/iso_code</c>. Alternatives are
/// separated by <c>|</c> and tried in order; the first one present with a usable type wins, e.g.
/// <c>autonomous_system_number|traits/autonomous_system_number</c>. A null path leaves the field
/// unread.
/// </para>
/// <para>
/// Types are coerced leniently: numbers may be stored as any MMDB number type or as a numeric
/// string (IPinfo stores some as strings); an ASN may carry an <c>AS</c> prefix; booleans may be
/// booleans, integers (0/1) or the strings <c>true</c>/<c>false</c>; dates are <c>yyyy-MM-dd</c>
/// strings. A value of the wrong type counts as missing.
/// </para>
/// <para>
/// Records are immutable; use <c>with</c> or <see cref="WithPath"/> to derive a map, e.g.
/// <c>MmdbFieldMap.GeoIp2 with { CityName = "city/names/de" }</c>.
/// </para>
/// </remarks>
public sealed record MmdbFieldMap
{
    /// <summary>Gets the map for MaxMind's GeoIP2/GeoLite2 schema, which DB-IP's MMDB files also follow (English names).</summary>
    public static MmdbFieldMap GeoIp2 { get; } = new()
    {
        ContinentCode = "continent/code",
        CountryIsoCode = "country/iso_code",
        CountryName = "country/names/en",
        RegisteredCountryIsoCode = "registered_country/iso_code",
        RegionIsoCode = "subdivisions/0/iso_code",
        RegionName = "subdivisions/0/names/en",
        CityName = "city/names/en",
        PostalCode = "postal/code",
        Latitude = "location/latitude",
        Longitude = "location/longitude",
        AccuracyRadius = "location/accuracy_radius",
        TimeZone = "location/time_zone",
        AutonomousSystemNumber = "autonomous_system_number|traits/autonomous_system_number",
        AutonomousSystemOrganization = "autonomous_system_organization|traits/autonomous_system_organization",
        Isp = "isp|traits/isp",
        Organization = "organization|traits/organization",
        ConnectionType = "connection_type|traits/connection_type",
        IsAnonymous = "is_anonymous|traits/is_anonymous",
        IsAnonymousVpn = "is_anonymous_vpn|traits/is_anonymous_vpn",
        IsHostingProvider = "is_hosting_provider|traits/is_hosting_provider",
        IsPublicProxy = "is_public_proxy|traits/is_public_proxy",
        IsResidentialProxy = "is_residential_proxy|traits/is_residential_proxy",
        IsTorExitNode = "is_tor_exit_node|traits/is_tor_exit_node",
        ProviderName = "provider_name",
        AnonymizerConfidence = "anonymizer_confidence",
        NetworkLastSeen = "network_last_seen",
    };

    /// <summary>
    /// Gets the map for IPinfo's flat schemas (Lite, Country+ASN, geolocation, privacy detection):
    /// <c>country_code</c>/<c>country</c>, <c>region</c>, <c>city</c>, <c>latitude</c> (often a string),
    /// <c>asn</c> (<c>AS15169</c>), <c>as_name</c>, <c>vpn</c>, <c>proxy</c>, <c>tor</c>, <c>hosting</c>, <c>service</c>.
    /// </summary>
    public static MmdbFieldMap IpInfo { get; } = new()
    {
        ContinentCode = "continent_code|continent",
        CountryIsoCode = "country_code|country",
        CountryName = "country_name",
        RegionIsoCode = "region_code",
        RegionName = "region",
        CityName = "city",
        PostalCode = "postal_code|postal",
        Latitude = "latitude|lat",
        Longitude = "longitude|lng",
        TimeZone = "timezone",
        AutonomousSystemNumber = "asn|as_number",
        AutonomousSystemOrganization = "as_name|as_organization",
        IsAnonymousVpn = "vpn",
        IsHostingProvider = "hosting",
        IsPublicProxy = "proxy",
        IsTorExitNode = "tor",
        ProviderName = "service",
    };

    /// <summary>
    /// Gets the map for the ip-location-db flat schema: <c>country_code</c>, <c>state1</c>, <c>city</c>,
    /// <c>postcode</c>, <c>latitude</c>, <c>longitude</c>, <c>timezone</c> (and GeoLite2-style ASN keys).
    /// </summary>
    public static MmdbFieldMap IpLocationDb { get; } = new()
    {
        CountryIsoCode = "country_code",
        RegionName = "state1",
        CityName = "city",
        PostalCode = "postcode",
        Latitude = "latitude",
        Longitude = "longitude",
        TimeZone = "timezone",
        AutonomousSystemNumber = "autonomous_system_number|asn",
        AutonomousSystemOrganization = "autonomous_system_organization|as_organization",
    };

    /// <summary>
    /// Gets a map that tries the GeoIP2 nested paths first and then the common flat names of the
    /// other presets; used for databases of an unknown type.
    /// </summary>
    public static MmdbFieldMap Universal { get; } = new()
    {
        ContinentCode = "continent/code|continent_code|continent",
        CountryIsoCode = "country/iso_code|country_code|country",
        CountryName = "country/names/en|country_name",
        RegisteredCountryIsoCode = "registered_country/iso_code",
        RegionIsoCode = "subdivisions/0/iso_code|region_code",
        RegionName = "subdivisions/0/names/en|region|state1",
        CityName = "city/names/en|city",
        PostalCode = "postal/code|postal_code|postcode|postal",
        Latitude = "location/latitude|latitude",
        Longitude = "location/longitude|longitude",
        AccuracyRadius = "location/accuracy_radius",
        TimeZone = "location/time_zone|timezone|time_zone",
        AutonomousSystemNumber = "autonomous_system_number|traits/autonomous_system_number|asn",
        AutonomousSystemOrganization = "autonomous_system_organization|traits/autonomous_system_organization|as_name",
        Isp = "isp|traits/isp",
        Organization = "organization|traits/organization",
        ConnectionType = "connection_type|traits/connection_type",
        IsAnonymous = "is_anonymous|traits/is_anonymous",
        IsAnonymousVpn = "is_anonymous_vpn|traits/is_anonymous_vpn|vpn",
        IsHostingProvider = "is_hosting_provider|traits/is_hosting_provider|hosting",
        IsPublicProxy = "is_public_proxy|traits/is_public_proxy|proxy",
        IsResidentialProxy = "is_residential_proxy|traits/is_residential_proxy",
        IsTorExitNode = "is_tor_exit_node|traits/is_tor_exit_node|tor",
        ProviderName = "provider_name|service",
        AnonymizerConfidence = "anonymizer_confidence",
        NetworkLastSeen = "network_last_seen",
    };

    /// <summary>Gets the path of the continent code (e.g. <c>EU</c>).</summary>
    public string? ContinentCode { get; init; }

    /// <summary>Gets the path of the ISO 3166-1 alpha-2 code of the country where the address is located.</summary>
    public string? CountryIsoCode { get; init; }

    /// <summary>Gets the path of the country name.</summary>
    public string? CountryName { get; init; }

    /// <summary>Gets the path of the ISO code of the country the network is registered to.</summary>
    public string? RegisteredCountryIsoCode { get; init; }

    /// <summary>Gets the path of the ISO 3166-2 code (without country prefix) of the largest subdivision.</summary>
    public string? RegionIsoCode { get; init; }

    /// <summary>Gets the path of the name of the largest subdivision.</summary>
    public string? RegionName { get; init; }

    /// <summary>Gets the path of the city name.</summary>
    public string? CityName { get; init; }

    /// <summary>Gets the path of the postal code.</summary>
    public string? PostalCode { get; init; }

    /// <summary>Gets the path of the latitude in degrees.</summary>
    public string? Latitude { get; init; }

    /// <summary>Gets the path of the longitude in degrees.</summary>
    public string? Longitude { get; init; }

    /// <summary>Gets the path of the accuracy radius in kilometres.</summary>
    public string? AccuracyRadius { get; init; }

    /// <summary>Gets the path of the IANA time zone.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Gets the path of the autonomous system number.</summary>
    public string? AutonomousSystemNumber { get; init; }

    /// <summary>Gets the path of the autonomous system organisation.</summary>
    public string? AutonomousSystemOrganization { get; init; }

    /// <summary>Gets the path of the ISP name.</summary>
    public string? Isp { get; init; }

    /// <summary>Gets the path of the organisation the block is assigned to.</summary>
    public string? Organization { get; init; }

    /// <summary>Gets the path of the connection type (e.g. <c>Cable/DSL</c>, <c>Cellular</c>).</summary>
    public string? ConnectionType { get; init; }

    /// <summary>Gets the path of the "any anonymiser" flag; when absent the flag is derived from the others.</summary>
    public string? IsAnonymous { get; init; }

    /// <summary>Gets the path of the VPN flag.</summary>
    public string? IsAnonymousVpn { get; init; }

    /// <summary>Gets the path of the hosting-provider flag.</summary>
    public string? IsHostingProvider { get; init; }

    /// <summary>Gets the path of the public-proxy flag.</summary>
    public string? IsPublicProxy { get; init; }

    /// <summary>Gets the path of the residential-proxy flag.</summary>
    public string? IsResidentialProxy { get; init; }

    /// <summary>Gets the path of the Tor-exit flag.</summary>
    public string? IsTorExitNode { get; init; }

    /// <summary>Gets the path of the anonymiser provider name (GeoIP Anonymous-Plus, IPinfo <c>service</c>).</summary>
    public string? ProviderName { get; init; }

    /// <summary>Gets the path of the anonymiser confidence (0–100).</summary>
    public string? AnonymizerConfidence { get; init; }

    /// <summary>Gets the path of the date the anonymiser was last seen on the network.</summary>
    public string? NetworkLastSeen { get; init; }

    /// <summary>Gets the names of the fields a map has, for configuration (e.g. <c>CityName</c>).</summary>
    public static IReadOnlyList<string> FieldNames { get; } = Enum.GetNames<MmdbField>();

    /// <summary>Picks the preset for a metadata <c>database_type</c>.</summary>
    /// <param name="databaseType">The database type, e.g. <c>GeoIP2-City</c> or <c>ipinfo lite.mmdb</c>.</param>
    /// <returns><see cref="GeoIp2"/> for MaxMind and DB-IP types, <see cref="IpInfo"/> for IPinfo types, otherwise <see cref="Universal"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="databaseType"/> is null.</exception>
    public static MmdbFieldMap ForDatabaseType(string databaseType)
    {
        ArgumentNullException.ThrowIfNull(databaseType);
        if (databaseType.StartsWith("GeoIP", StringComparison.OrdinalIgnoreCase)
            || databaseType.StartsWith("GeoLite", StringComparison.OrdinalIgnoreCase)
            || databaseType.StartsWith("DBIP", StringComparison.OrdinalIgnoreCase))
        {
            return GeoIp2;
        }

        return databaseType.Contains("ipinfo", StringComparison.OrdinalIgnoreCase) ? IpInfo : Universal;
    }

    /// <summary>Returns a copy with one field's path replaced, addressing the field by name (for configuration binding).</summary>
    /// <param name="fieldName">A name from <see cref="FieldNames"/>, case-insensitive.</param>
    /// <param name="path">The new path, or null to leave the field unread.</param>
    /// <returns>The new map.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fieldName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="fieldName"/> is not a field name, or <paramref name="path"/> is not a valid path.</exception>
    public MmdbFieldMap WithPath(string fieldName, string? path)
    {
        ArgumentNullException.ThrowIfNull(fieldName);
        if (!Enum.TryParse<MmdbField>(fieldName, ignoreCase: true, out var field) || !Enum.IsDefined(field) || int.TryParse(fieldName, out _))
        {
            throw new ArgumentException($"'{fieldName}' is not an MMDB field; expected one of {string.Join(", ", FieldNames)}.", nameof(fieldName));
        }

        if (path is not null && !MmdbFieldPath.TryParse(path, out _, out var error))
        {
            throw new ArgumentException(error, nameof(path));
        }

        return field switch
        {
            MmdbField.ContinentCode => this with { ContinentCode = path },
            MmdbField.CountryIsoCode => this with { CountryIsoCode = path },
            MmdbField.CountryName => this with { CountryName = path },
            MmdbField.RegisteredCountryIsoCode => this with { RegisteredCountryIsoCode = path },
            MmdbField.RegionIsoCode => this with { RegionIsoCode = path },
            MmdbField.RegionName => this with { RegionName = path },
            MmdbField.CityName => this with { CityName = path },
            MmdbField.PostalCode => this with { PostalCode = path },
            MmdbField.Latitude => this with { Latitude = path },
            MmdbField.Longitude => this with { Longitude = path },
            MmdbField.AccuracyRadius => this with { AccuracyRadius = path },
            MmdbField.TimeZone => this with { TimeZone = path },
            MmdbField.AutonomousSystemNumber => this with { AutonomousSystemNumber = path },
            MmdbField.AutonomousSystemOrganization => this with { AutonomousSystemOrganization = path },
            MmdbField.Isp => this with { Isp = path },
            MmdbField.Organization => this with { Organization = path },
            MmdbField.ConnectionType => this with { ConnectionType = path },
            MmdbField.IsAnonymous => this with { IsAnonymous = path },
            MmdbField.IsAnonymousVpn => this with { IsAnonymousVpn = path },
            MmdbField.IsHostingProvider => this with { IsHostingProvider = path },
            MmdbField.IsPublicProxy => this with { IsPublicProxy = path },
            MmdbField.IsResidentialProxy => this with { IsResidentialProxy = path },
            MmdbField.IsTorExitNode => this with { IsTorExitNode = path },
            MmdbField.ProviderName => this with { ProviderName = path },
            MmdbField.AnonymizerConfidence => this with { AnonymizerConfidence = path },
            _ => this with { NetworkLastSeen = path },
        };
    }

    /// <summary>Returns the path configured for a field.</summary>
    internal string? GetPath(MmdbField field) => field switch
    {
        MmdbField.ContinentCode => ContinentCode,
        MmdbField.CountryIsoCode => CountryIsoCode,
        MmdbField.CountryName => CountryName,
        MmdbField.RegisteredCountryIsoCode => RegisteredCountryIsoCode,
        MmdbField.RegionIsoCode => RegionIsoCode,
        MmdbField.RegionName => RegionName,
        MmdbField.CityName => CityName,
        MmdbField.PostalCode => PostalCode,
        MmdbField.Latitude => Latitude,
        MmdbField.Longitude => Longitude,
        MmdbField.AccuracyRadius => AccuracyRadius,
        MmdbField.TimeZone => TimeZone,
        MmdbField.AutonomousSystemNumber => AutonomousSystemNumber,
        MmdbField.AutonomousSystemOrganization => AutonomousSystemOrganization,
        MmdbField.Isp => Isp,
        MmdbField.Organization => Organization,
        MmdbField.ConnectionType => ConnectionType,
        MmdbField.IsAnonymous => IsAnonymous,
        MmdbField.IsAnonymousVpn => IsAnonymousVpn,
        MmdbField.IsHostingProvider => IsHostingProvider,
        MmdbField.IsPublicProxy => IsPublicProxy,
        MmdbField.IsResidentialProxy => IsResidentialProxy,
        MmdbField.IsTorExitNode => IsTorExitNode,
        MmdbField.ProviderName => ProviderName,
        MmdbField.AnonymizerConfidence => AnonymizerConfidence,
        _ => NetworkLastSeen,
    };

    /// <summary>Returns the kind of value a field accepts.</summary>
    internal static MmdbSlotKind KindOf(MmdbField field) => field switch
    {
        MmdbField.Latitude or MmdbField.Longitude => MmdbSlotKind.Number,
        MmdbField.AccuracyRadius or MmdbField.AutonomousSystemNumber or MmdbField.AnonymizerConfidence => MmdbSlotKind.Integer,
        >= MmdbField.IsAnonymous and <= MmdbField.IsTorExitNode => MmdbSlotKind.Boolean,
        MmdbField.NetworkLastSeen => MmdbSlotKind.Date,
        _ => MmdbSlotKind.Text,
    };

    /// <summary>Checks every path; returns the problems, one per bad field.</summary>
    internal IEnumerable<string> Problems()
    {
        foreach (var field in Enum.GetValues<MmdbField>())
        {
            var path = GetPath(field);
            if (path is not null && !MmdbFieldPath.TryParse(path, out _, out var error))
            {
                yield return $"{field}: {error}";
            }
        }
    }
}
