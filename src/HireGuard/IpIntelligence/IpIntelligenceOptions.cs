using Microsoft.Extensions.Options;

namespace HireGuard.IpIntelligence;

/// <summary>
/// Configures <see cref="IpIntelligenceService"/>: the MMDB databases and IP lists to combine. See
/// docs/ip-intelligence.md for precedence rules and how to point HireGuard at licensed data.
/// </summary>
public sealed class IpIntelligenceOptions
{
    /// <summary>Gets the databases, in precedence order: for each field, the first database (of the right role) that has it wins.</summary>
    /// <value>The default value is empty.</value>
    [ValidateEnumeratedItems]
    public IList<MmdbDatabaseOptions> Databases { get; } = [];

    /// <summary>Gets the labelled lists and allow-lists. Every list that contains an address reports a match.</summary>
    /// <value>The default value is empty.</value>
    [ValidateEnumeratedItems]
    public IList<IpListOptions> Lists { get; } = [];

    /// <summary>Gets or sets whether the built-in <see cref="DprkAddressSpace"/> list is consulted.</summary>
    /// <value>The default value is true.</value>
    public bool IncludeDprkAddressSpace { get; set; } = true;

    /// <summary>Gets or sets whether 6to4 addresses (<c>2002::/16</c>) are looked up as the IPv4 address they embed.</summary>
    /// <value>The default value is true.</value>
    public bool Decode6to4 { get; set; } = true;

    /// <summary>Gets or sets whether Teredo addresses (<c>2001:0::/32</c>) are looked up as the client IPv4 address they embed.</summary>
    /// <value>The default value is true.</value>
    public bool DecodeTeredo { get; set; } = true;

    /// <summary>Gets or sets whether databases are read into memory instead of memory-mapped (for sandboxes without memory-mapped files).</summary>
    /// <value>The default value is false.</value>
    public bool LoadIntoMemory { get; set; }

    /// <summary>Gets or sets whether each database is fully verified when (re)loaded; a corrupt file then fails the load instead of single lookups.</summary>
    /// <value>The default value is false.</value>
    public bool VerifyDatabases { get; set; }

    /// <summary>Gets or sets how often files are checked for changes and reloaded (atomically); zero disables polling (call <see cref="IpIntelligenceService.ReloadIfChanged"/> yourself).</summary>
    /// <value>The default value is <see cref="TimeSpan.Zero"/>; at most one day.</value>
    public TimeSpan ReloadCheckInterval { get; set; } = TimeSpan.Zero;

    /// <summary>Copies the options, so later changes by the caller have no effect.</summary>
    internal IpIntelligenceOptions Clone()
    {
        var copy = new IpIntelligenceOptions
        {
            IncludeDprkAddressSpace = IncludeDprkAddressSpace,
            Decode6to4 = Decode6to4,
            DecodeTeredo = DecodeTeredo,
            LoadIntoMemory = LoadIntoMemory,
            VerifyDatabases = VerifyDatabases,
            ReloadCheckInterval = ReloadCheckInterval,
        };
        foreach (var database in Databases)
        {
            var item = new MmdbDatabaseOptions { Path = database.Path, Name = database.Name, Roles = database.Roles, Schema = database.Schema };
            foreach (var (field, path) in database.FieldPaths)
            {
                item.FieldPaths[field] = path;
            }

            copy.Databases.Add(item);
        }

        foreach (var list in Lists)
        {
            copy.Lists.Add(new IpListOptions { Path = list.Path, Label = list.Label, Name = list.Name, IsAllowList = list.IsAllowList });
        }

        return copy;
    }
}
