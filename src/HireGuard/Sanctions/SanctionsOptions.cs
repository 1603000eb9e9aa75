using System.ComponentModel.DataAnnotations;

namespace HireGuard.Sanctions;

/// <summary>
/// Where the sanctions lists come from and how strict matching is. At least one source must be
/// set: <see cref="ListDirectory"/>, <see cref="WatchlistFiles"/> or <see cref="UseEmbeddedExcerpt"/>.
/// </summary>
/// <remarks>
/// HireGuard never downloads anything: put OFAC's current files in <see cref="ListDirectory"/>
/// yourself (daily) and call <see cref="SanctionsScreener.ReloadIfChanged"/>.
/// </remarks>
public sealed class SanctionsOptions
{
    /// <summary>
    /// Gets or sets a directory holding OFAC's CSV files: <c>sdn.csv</c>, <c>alt.csv</c>,
    /// <c>add.csv</c>, <c>sdn_comments.csv</c>, and optionally the consolidated non-SDN set
    /// (<c>cons_prim.csv</c>, <c>cons_alt.csv</c>, <c>cons_add.csv</c>, <c>cons_comments.csv</c>).
    /// </summary>
    /// <value>The default value is <see langword="null"/> (no OFAC directory).</value>
    public string? ListDirectory { get; set; }

    /// <summary>Gets the internal watchlists to load, in HireGuard's generic CSV or JSON format.</summary>
    /// <value>The default value is an empty list.</value>
    public IList<string> WatchlistFiles { get; } = [];

    /// <summary>
    /// Gets or sets a value indicating whether the package's embedded OFAC excerpt (the DPRK
    /// IT-worker designations of 2023–2025) is loaded. Meant for demos, tests and a first run,
    /// not as a substitute for OFAC's current list.
    /// </summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool UseEmbeddedExcerpt { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether an incomplete OFAC set loads: companion files
    /// missing beside <c>sdn.csv</c>, or remarks cut at 1000 characters with no continuation in
    /// <c>sdn_comments.csv</c>. When false such a set fails to load, because it would silently
    /// lose aliases, identifiers and wallet addresses; the gaps are reported either way.
    /// </summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool AllowIncompleteListSet { get; set; }

    /// <summary>
    /// Gets or sets the lowest match score reported as a hit (a compliance review). Name-only
    /// hits never go beyond review.
    /// </summary>
    /// <value>The default value is 0.80.</value>
    [Range(0.5, 1.0)]
    public double ReviewThreshold { get; set; } = SanctionsDefaults.ReviewThreshold;

    /// <summary>
    /// Gets or sets the lowest name similarity at which corroborating details (date of birth,
    /// identifier, linked entity, nationality together with a date) make a hit definitive. Must be
    /// at least <see cref="ReviewThreshold"/>.
    /// </summary>
    /// <value>The default value is 0.85.</value>
    [Range(0.5, 1.0)]
    public double DefinitiveNameThreshold { get; set; } = SanctionsDefaults.DefinitiveNameThreshold;

    /// <summary>Gets or sets the most hits returned per screened party.</summary>
    /// <value>The default value is 10.</value>
    [Range(1, 1000)]
    public int MaxHits { get; set; } = SanctionsDefaults.MaxHits;

    /// <summary>
    /// Gets or sets the largest share of a list's entries a reload may lose. A reload that would
    /// shrink a list by more (typically a truncated download cut at a line end, which no CSV check
    /// can notice) is refused and the current lists stay in place. 1.0 turns the guard off.
    /// </summary>
    /// <value>The default value is 0.10.</value>
    [Range(0.0, 1.0)]
    public double MaxShrinkOnReload { get; set; } = 0.10;

    /// <summary>
    /// Gets or sets the publication date reported for the loaded lists. OFAC's CSV files carry no
    /// date, so by default the last write time of <c>sdn.csv</c> (or of each watchlist file) is used.
    /// </summary>
    /// <value>The default value is <see langword="null"/> (use the files' write times).</value>
    public DateTimeOffset? ListDate { get; set; }
}
