namespace HireGuard.Sanctions;

/// <summary>The facts <see cref="OfacRemarksParser"/> found in one entry's remarks.</summary>
internal sealed class ParsedRemarks
{
    /// <summary>Gets the weak aliases and former names (from <c>a.k.a. '…'</c>, <c>f.k.a. '…'</c>).</summary>
    public List<ListedName> Aliases { get; } = [];

    /// <summary>Gets the dates of birth.</summary>
    public List<BirthDateRange> DatesOfBirth { get; } = [];

    /// <summary>Gets the nationality and citizenship codes.</summary>
    public List<string> Nationalities { get; } = [];

    /// <summary>Gets the identity and registration numbers.</summary>
    public List<ListedIdentifier> Identifiers { get; } = [];

    /// <summary>Gets the digital-currency addresses.</summary>
    public List<ListedWallet> Wallets { get; } = [];

    /// <summary>Gets the names of linked parties.</summary>
    public List<string> LinkedTo { get; } = [];

    /// <summary>Gets or sets a value indicating whether the remarks cite the North Korea Sanctions Regulations.</summary>
    public bool CitesNorthKoreaRegulations { get; set; }
}
