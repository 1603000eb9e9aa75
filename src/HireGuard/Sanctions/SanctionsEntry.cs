namespace HireGuard.Sanctions;

/// <summary>One listed party with everything the screener matches or corroborates on. Immutable.</summary>
internal sealed class SanctionsEntry
{
    /// <summary>Gets the list the entry is on (e.g. <c>OFAC SDN</c>).</summary>
    public required string ListName { get; init; }

    /// <summary>Gets the entry's identifier on the list (OFAC <c>ent_num</c>).</summary>
    public required string EntryId { get; init; }

    /// <summary>Gets the primary name as listed.</summary>
    public required string PrimaryName { get; init; }

    /// <summary>Gets the type as listed (<c>individual</c>, <c>entity</c>, <c>vessel</c>, <c>aircraft</c>).</summary>
    public required string EntryType { get; init; }

    /// <summary>Gets whether the entry is a person or an organisation (vessels and aircraft count as organisations).</summary>
    public required SanctionsPartyKind Kind { get; init; }

    /// <summary>Gets the sanctions programmes.</summary>
    public IReadOnlyList<string> Programs { get; init; } = [];

    /// <summary>Gets every name: primary first, then strong aliases, former names and weak aliases.</summary>
    public IReadOnlyList<ListedName> Names { get; init; } = [];

    /// <summary>Gets the listed dates of birth.</summary>
    public IReadOnlyList<BirthDateRange> DatesOfBirth { get; init; } = [];

    /// <summary>Gets the listed nationalities and citizenships as ISO 3166-1 alpha-2 codes (upper case).</summary>
    public IReadOnlyList<string> Nationalities { get; init; } = [];

    /// <summary>Gets the listed identity and registration numbers.</summary>
    public IReadOnlyList<ListedIdentifier> Identifiers { get; init; } = [];

    /// <summary>Gets the listed digital-currency addresses.</summary>
    public IReadOnlyList<ListedWallet> Wallets { get; init; } = [];

    /// <summary>Gets the names of the parties the entry is linked to (OFAC <c>Linked To:</c>).</summary>
    public IReadOnlyList<string> LinkedTo { get; init; } = [];

    /// <summary>Gets the listed postal addresses.</summary>
    public IReadOnlyList<ListedAddress> Addresses { get; init; } = [];

    /// <summary>Gets whether the entry is designated under a DPRK programme.</summary>
    public bool IsDprkProgram { get; init; }
}
