namespace HireGuard.Sanctions;

/// <summary>What loading one list found: counts that tests and the console report, and the gaps it tolerated.</summary>
internal sealed record SanctionsLoadStatistics
{
    /// <summary>Gets the number of entries.</summary>
    public int Entries { get; init; }

    /// <summary>Gets the number of individuals.</summary>
    public int Individuals { get; init; }

    /// <summary>Gets the number of strong aliases (a.k.a.) and former names.</summary>
    public int StrongAliases { get; init; }

    /// <summary>Gets the number of weak aliases taken from remarks.</summary>
    public int WeakAliases { get; init; }

    /// <summary>Gets the number of postal addresses.</summary>
    public int Addresses { get; init; }

    /// <summary>Gets the number of digital-currency addresses (entry × address).</summary>
    public int Wallets { get; init; }

    /// <summary>Gets the number of identity and registration numbers.</summary>
    public int Identifiers { get; init; }

    /// <summary>Gets the number of dates of birth.</summary>
    public int DatesOfBirth { get; init; }

    /// <summary>Gets the number of <c>Linked To</c> relations.</summary>
    public int Links { get; init; }

    /// <summary>Gets the number of entries whose remarks were completed from the comments file.</summary>
    public int SpilloverJoins { get; init; }

    /// <summary>Gets the number of entries whose remarks stop at the 1000-character cut with no continuation.</summary>
    public int TruncatedRemarks { get; init; }

    /// <summary>Gets the number of alias, address or comment rows naming an entry the main file does not have.</summary>
    public int OrphanRows { get; init; }

    /// <summary>Gets the companion files that were missing (tolerated only when the options allow an incomplete set).</summary>
    public IReadOnlyList<string> MissingFiles { get; init; } = [];
}
