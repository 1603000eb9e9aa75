namespace HireGuard.IpIntelligence;

/// <summary>One open database of a snapshot with its resolved name and roles.</summary>
internal sealed class IpIntelligenceDatabase(MmdbReader reader, string name, MmdbDatabaseRoles roles, IpFileStamp stamp)
{
    public MmdbReader Reader { get; } = reader;

    public string Name { get; } = name;

    public MmdbDatabaseRoles Roles { get; } = roles;

    public IpFileStamp Stamp { get; } = stamp;

    /// <summary>Resolves <see cref="MmdbDatabaseRoles.Auto"/> from the database type.</summary>
    public static MmdbDatabaseRoles ResolveRoles(MmdbDatabaseRoles configured, string databaseType)
    {
        if (configured != MmdbDatabaseRoles.Auto)
        {
            return configured;
        }

        if (databaseType.Contains("HireGuard-IP-Lists", StringComparison.OrdinalIgnoreCase))
        {
            return MmdbDatabaseRoles.Lists;
        }

        var roles = MmdbDatabaseRoles.Auto;
        if (Has(databaseType, "Anonymous") || Has(databaseType, "IP-Risk") || Has(databaseType, "Residential-Proxy") || Has(databaseType, "privacy"))
        {
            roles |= MmdbDatabaseRoles.Anonymity;
        }

        if (Has(databaseType, "ASN") || Has(databaseType, "ISP") || Has(databaseType, "Connection-Type") || Has(databaseType, "Enterprise"))
        {
            roles |= MmdbDatabaseRoles.Owner;
        }

        if (Has(databaseType, "City") || Has(databaseType, "Country") || Has(databaseType, "Enterprise") || Has(databaseType, "location"))
        {
            roles |= MmdbDatabaseRoles.Location;
        }

        return roles == MmdbDatabaseRoles.Auto ? MmdbDatabaseRoles.Location | MmdbDatabaseRoles.Owner : roles;
    }

    private static bool Has(string text, string part) => text.Contains(part, StringComparison.OrdinalIgnoreCase);
}
