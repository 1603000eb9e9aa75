namespace HireGuard.Sanctions;

/// <summary>One party to screen. At least <see cref="Name"/> or <see cref="WalletAddress"/> must be set.</summary>
/// <remarks>
/// <see cref="Nationality"/> and <see cref="IdentifierNumbers"/> are used only to corroborate a name
/// match for compliance; they never reach a rule weight or the classifier.
/// </remarks>
public sealed record SanctionsQuery
{
    /// <summary>Gets the name as given.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the kind of party.</summary>
    public SanctionsPartyKind Kind { get; init; }

    /// <summary>Gets the date of birth, for individuals.</summary>
    public DateOnly? DateOfBirth { get; init; }

    /// <summary>Gets the nationality printed on an identity document (ISO 3166-1 alpha-2), used only as corroboration.</summary>
    public string? Nationality { get; init; }

    /// <summary>Gets passport, national-ID or registration numbers known for the party.</summary>
    public IReadOnlyList<string> IdentifierNumbers { get; init => field = value ?? []; } = [];

    /// <summary>Gets the names of other parties in the same case (employers, banks, holders), to corroborate linked entities.</summary>
    public IReadOnlyList<string> RelatedNames { get; init => field = value ?? []; } = [];

    /// <summary>Gets a cryptocurrency wallet address to match exactly.</summary>
    public string? WalletAddress { get; init; }

    /// <summary>Gets the JSON Pointer of the input the query came from (e.g. <c>/payroll/0/holderName</c>), echoed in hits.</summary>
    public string? SourcePointer { get; init; }
}
