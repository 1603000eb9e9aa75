using System.ComponentModel.DataAnnotations;

namespace HireGuard.IpIntelligence;

/// <summary>One MMDB database HireGuard reads (part of <see cref="IpIntelligenceOptions"/>).</summary>
public sealed class MmdbDatabaseOptions
{
    /// <summary>Gets or sets the <c>.mmdb</c> file.</summary>
    /// <value>The default value is an empty string (must be set).</value>
    [Required]
    public string Path { get; set; } = string.Empty;

    /// <summary>Gets or sets the name reported in results and provenance; null uses the metadata <c>database_type</c>.</summary>
    /// <value>The default value is null.</value>
    [StringLength(128)]
    public string? Name { get; set; }

    /// <summary>Gets or sets which parts of a result the database answers.</summary>
    /// <value>The default value is <see cref="MmdbDatabaseRoles.Auto"/>.</value>
    public MmdbDatabaseRoles Roles { get; set; } = MmdbDatabaseRoles.Auto;

    /// <summary>Gets or sets the field-path preset.</summary>
    /// <value>The default value is <see cref="MmdbSchema.Auto"/>.</value>
    public MmdbSchema Schema { get; set; } = MmdbSchema.Auto;

    /// <summary>
    /// Gets per-field path overrides on top of <see cref="Schema"/>, keyed by field name (see
    /// <see cref="MmdbFieldMap.FieldNames"/>, e.g. <c>CityName</c> → <c>city/names/de</c>); an empty
    /// value leaves the field unread.
    /// </summary>
    /// <value>The default value is empty.</value>
    public IDictionary<string, string?> FieldPaths { get; } = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Builds the field map these options describe.</summary>
    /// <exception cref="ArgumentException">A field name or path is invalid.</exception>
    internal MmdbFieldMap FieldMap(string databaseType)
    {
        var map = Schema switch
        {
            MmdbSchema.GeoIp2 or MmdbSchema.DbIp => MmdbFieldMap.GeoIp2,
            MmdbSchema.IpInfo => MmdbFieldMap.IpInfo,
            MmdbSchema.IpLocationDb => MmdbFieldMap.IpLocationDb,
            MmdbSchema.Universal => MmdbFieldMap.Universal,
            _ => MmdbFieldMap.ForDatabaseType(databaseType),
        };
        foreach (var (field, path) in FieldPaths)
        {
            map = map.WithPath(field, string.IsNullOrWhiteSpace(path) ? null : path);
        }

        return map;
    }
}
