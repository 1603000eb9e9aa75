using System.ComponentModel.DataAnnotations;

namespace HireGuard.IpIntelligence;

/// <summary>How <see cref="MmdbWriter"/> lays out a database.</summary>
public sealed class MmdbWriterOptions
{
    /// <summary>Gets or sets the metadata <c>database_type</c>.</summary>
    /// <value>The default value is <c>HireGuard-IP-Lists</c>.</value>
    public string DatabaseType { get; set; } = "HireGuard-IP-Lists";

    /// <summary>Gets or sets the tree's IP version: 6 (IPv4 stored at <c>::a.b.c.d</c>) or 4 (IPv4 only).</summary>
    /// <value>The default value is 6.</value>
    [Range(4, 6)]
    public int IpVersion { get; set; } = 6;

    /// <summary>Gets or sets the record size in bits: 24, 28 or 32, or 0 to pick the smallest that fits.</summary>
    /// <value>The default value is 0 (automatic).</value>
    [Range(0, 32)]
    public int RecordSize { get; set; }

    /// <summary>Gets the locale codes for the metadata <c>languages</c>.</summary>
    /// <value>The default value is empty.</value>
    public IList<string> Languages { get; } = [];

    /// <summary>Gets the metadata <c>description</c> per language code.</summary>
    /// <value>The default value is empty.</value>
    public IDictionary<string, string> Description { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Gets or sets the build time stored in <c>build_epoch</c>; null takes the writer's clock at <see cref="MmdbWriter.Write(Stream)"/>.</summary>
    /// <value>The default value is null.</value>
    public DateTimeOffset? BuildTime { get; set; }

    /// <summary>
    /// Gets or sets whether an IPv6 database points <c>::ffff:0:0/96</c> (IPv4-mapped) and
    /// <c>2002::/16</c> (6to4) at the IPv4 subtree, as MaxMind's databases do. When on, networks
    /// inserted inside those ranges are stored as their IPv4 equivalents.
    /// </summary>
    /// <value>The default value is true.</value>
    public bool AliasIPv4 { get; set; } = true;

    /// <summary>Gets or sets the strategy of <see cref="MmdbWriter.Insert(System.Net.IPNetwork, object)"/>.</summary>
    /// <value>The default value is <see cref="MmdbMergeStrategy.Replace"/>.</value>
    public MmdbMergeStrategy MergeStrategy { get; set; } = MmdbMergeStrategy.Replace;

    /// <summary>
    /// Gets or sets whether two adjacent halves with identical data are written as their common
    /// parent network (fewer nodes; lookups then report the larger network).
    /// </summary>
    /// <value>The default value is true.</value>
    public bool MergeAdjacentNetworks { get; set; } = true;
}
