namespace HireGuard.Sanctions;

/// <summary>The JSON watchlist format: a named list of entries.</summary>
internal sealed class WatchlistJsonDocument
{
    /// <summary>Gets or sets the list's name (defaults to the file name).</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the publication date (ISO 8601), reported as the list date.</summary>
    public string? Published { get; set; }

    /// <summary>Gets or sets the entries.</summary>
    public List<WatchlistJsonEntry>? Entries { get; set; }
}
