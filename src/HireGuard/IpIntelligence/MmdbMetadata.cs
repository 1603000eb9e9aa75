namespace HireGuard.IpIntelligence;

/// <summary>The metadata section of an MMDB file: what the database is, how it is laid out and when it was built.</summary>
public sealed record MmdbMetadata
{
    /// <summary>Gets the major version of the binary format (always 2 for files this reader opens).</summary>
    public int BinaryFormatMajorVersion { get; init; }

    /// <summary>Gets the minor version of the binary format.</summary>
    public int BinaryFormatMinorVersion { get; init; }

    /// <summary>Gets the build time as stored: seconds since the Unix epoch (may be any uint64).</summary>
    public ulong BuildEpoch { get; init; }

    /// <summary>Gets the build time, or null when <see cref="BuildEpoch"/> is beyond what <see cref="DateTimeOffset"/> can represent.</summary>
    public DateTimeOffset? BuildDate => BuildEpoch <= MaxEpochSeconds ? DateTimeOffset.FromUnixTimeSeconds((long)BuildEpoch) : null;

    /// <summary>Gets the database type, e.g. <c>GeoIP2-City</c>, <c>DBIP-ASN-Lite (compat=GeoLite2-ASN)</c> or <c>HireGuard-IP-Lists</c>.</summary>
    public string DatabaseType { get; init; } = string.Empty;

    /// <summary>Gets the description per language code.</summary>
    public IReadOnlyDictionary<string, string> Description { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets the IP version of the search tree: 4 (IPv4 only) or 6 (IPv6, usually with IPv4 at <c>::a.b.c.d</c>).</summary>
    public int IpVersion { get; init; }

    /// <summary>Gets the locale codes the database has names for.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>Gets the number of nodes in the search tree.</summary>
    public long NodeCount { get; init; }

    /// <summary>Gets the size of a search-tree record in bits: 24, 28 or 32.</summary>
    public int RecordSize { get; init; }

    private static ulong MaxEpochSeconds => (ulong)DateTimeOffset.MaxValue.ToUnixTimeSeconds();
}
