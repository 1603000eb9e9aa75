namespace HireGuard.Signals;

/// <summary>An identity document and the identity-verification vendor's results for it.</summary>
public sealed record IdentityDocument
{
    /// <summary>Gets the kind of document.</summary>
    public DocumentKind? Kind { get; init; }

    /// <summary>Gets the ISO country code of the issuing state.</summary>
    public string? IssuingCountry { get; init; }

    /// <summary>Gets the document number; it is masked in every output.</summary>
    public string? Number { get; init; }

    /// <summary>Gets the surname printed on the document.</summary>
    public string? Surname { get; init; }

    /// <summary>Gets the given names printed on the document.</summary>
    public string? GivenNames { get; init; }

    /// <summary>Gets the date of birth printed on the document.</summary>
    public DateOnly? DateOfBirth { get; init; }

    /// <summary>
    /// Gets the nationality printed on the document (ISO code). Never scored: it is read only to
    /// corroborate a sanctions match for compliance review.
    /// </summary>
    public string? Nationality { get; init; }

    /// <summary>Gets the issue date.</summary>
    public DateOnly? IssuedOn { get; init; }

    /// <summary>Gets the expiry date.</summary>
    public DateOnly? ExpiresOn { get; init; }

    /// <summary>Gets the machine-readable zone lines (ICAO 9303), as read.</summary>
    public IReadOnlyList<string> MrzLines { get; init => field = value ?? []; } = [];

    /// <summary>Gets the SHA-256 of the document image (lower-case hex), for reuse detection.</summary>
    public string? ImageSha256 { get; init; }

    /// <summary>Gets the identity-verification vendor's results.</summary>
    public DocumentVerification? Verification { get; init; }
}
