namespace HireGuard.Sanctions;

/// <summary>One list entry a screened party may be.</summary>
public sealed record SanctionsHit
{
    /// <summary>Gets the list the entry is on (e.g. <c>OFAC SDN</c>).</summary>
    public required string ListName { get; init; }

    /// <summary>Gets the entry's identifier on the list (OFAC <c>ent_num</c>).</summary>
    public required string EntryId { get; init; }

    /// <summary>Gets the entry's primary name as listed.</summary>
    public required string EntryName { get; init; }

    /// <summary>Gets the entry's type as listed (e.g. <c>individual</c>, <c>entity</c>).</summary>
    public string? EntryType { get; init; }

    /// <summary>Gets the sanctions programmes of the entry (e.g. <c>DPRK3</c>).</summary>
    public IReadOnlyList<string> Programs { get; init => field = value ?? []; } = [];

    /// <summary>Gets the listed name or alias that matched, or the wallet address.</summary>
    public required string MatchedName { get; init; }

    /// <summary>Gets what matched: <c>name</c>, <c>wallet</c> or <c>id-number</c>.</summary>
    public required string MatchedOn { get; init; }

    /// <summary>
    /// Gets the name similarity in [0, 1]: for a name match the best similarity over the entry's
    /// names; for a wallet or identifier match the similarity of the screened name, or 1 when only
    /// the identifier was screened.
    /// </summary>
    public double NameSimilarity { get; init; }

    /// <summary>
    /// Gets the match score in [0, 1]: the name similarity raised by corroborating details and
    /// lowered by contradicting ones (1 for identifier matches). Hits are reported from the review
    /// threshold up.
    /// </summary>
    public double MatchScore { get; init; }

    /// <summary>Gets how far the hit can be relied on.</summary>
    public SanctionsMatchConfidence Confidence { get; init; }

    /// <summary>Gets the independent details that corroborated the match (e.g. <c>dateOfBirth</c>, <c>linkedEntity:KOREA SINJIN TRADING CORPORATION</c>).</summary>
    public IReadOnlyList<string> Corroboration { get; init => field = value ?? []; } = [];

    /// <summary>
    /// Gets the details that disagree with the entry (e.g. <c>dateOfBirth</c> when the given date
    /// falls outside every listed one, or <c>name</c> when a wallet matched but the payee's name
    /// does not). Any disagreement keeps a name hit at review.
    /// </summary>
    public IReadOnlyList<string> Conflicts { get; init; } = [];

    /// <summary>Gets whether the entry is designated under a DPRK programme.</summary>
    public bool IsDprkProgram { get; init; }

    /// <summary>Gets the JSON Pointer of the screened input, copied from the query.</summary>
    public string? SourcePointer { get; init; }
}
