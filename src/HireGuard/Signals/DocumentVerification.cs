namespace HireGuard.Signals;

/// <summary>What an identity-verification vendor reported for a document and selfie, as numbers.</summary>
public sealed record DocumentVerification
{
    /// <summary>Gets the vendor's name.</summary>
    public string? Vendor { get; init; }

    /// <summary>Gets the document tamper (photo substitution, editing) score in [0, 1]; higher is more likely tampered.</summary>
    public double? TamperScore { get; init; }

    /// <summary>Gets whether the document was captured live (not a screenshot or scan).</summary>
    public bool? DocumentLive { get; init; }

    /// <summary>Gets the selfie-to-document face similarity in [0, 1].</summary>
    public double? SelfieMatchScore { get; init; }

    /// <summary>Gets whether the liveness check passed.</summary>
    public bool? LivenessPassed { get; init; }

    /// <summary>Gets whether camera injection (virtual camera, replay) was detected.</summary>
    public bool? InjectionDetected { get; init; }
}
