namespace HireGuard.Sanctions;

/// <summary>One entry in the JSON watchlist format.</summary>
internal sealed class WatchlistJsonEntry
{
    /// <summary>Gets or sets the entry's identifier (unique in the file).</summary>
    public string? Id { get; set; }

    /// <summary>Gets or sets the primary name.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the type: <c>individual</c>, <c>entity</c>, <c>organization</c>, <c>vessel</c> or <c>aircraft</c>.</summary>
    public string? Type { get; set; }

    /// <summary>Gets or sets the strong aliases.</summary>
    public List<string>? Aliases { get; set; }

    /// <summary>Gets or sets the weak aliases.</summary>
    public List<string>? WeakAliases { get; set; }

    /// <summary>Gets or sets the programmes.</summary>
    public List<string>? Programs { get; set; }

    /// <summary>Gets or sets dates of birth (<c>yyyy-MM-dd</c>, <c>yyyy-MM</c> or <c>yyyy</c>).</summary>
    public List<string>? DatesOfBirth { get; set; }

    /// <summary>Gets or sets nationalities (ISO alpha-2 or country names).</summary>
    public List<string>? Nationalities { get; set; }

    /// <summary>Gets or sets identity or registration numbers.</summary>
    public List<string>? Identifiers { get; set; }

    /// <summary>Gets or sets wallets.</summary>
    public List<WatchlistJsonWallet>? Wallets { get; set; }

    /// <summary>Gets or sets the names of linked parties.</summary>
    public List<string>? LinkedTo { get; set; }
}
