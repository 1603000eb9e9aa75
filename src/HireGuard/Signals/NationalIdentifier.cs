namespace HireGuard.Signals;

/// <summary>A national identifier and what its verification said (post-offer only).</summary>
public sealed record NationalIdentifier
{
    /// <summary>Gets the kind of identifier (e.g. <c>ssn</c>).</summary>
    public string? Kind { get; init; }

    /// <summary>Gets the number; it is masked in every output.</summary>
    public string? Number { get; init; }

    /// <summary>Gets the ISO country code of the issuing state.</summary>
    public string? Country { get; init; }

    /// <summary>Gets the result of the record check (e.g. SSA verification, after the offer and applied to every hire).</summary>
    public RecordCheckResult? RecordCheck { get; init; }
}
