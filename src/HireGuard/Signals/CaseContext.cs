namespace HireGuard.Signals;

/// <summary>Where the case stands in the pipeline and what kind of employer is hiring.</summary>
public sealed record CaseContext
{
    /// <summary>Gets the current stage of the case.</summary>
    public CaseStage? Stage { get; init; }

    /// <summary>Gets the requisition (job opening) identifier, for uniform-application audits.</summary>
    public string? RequisitionId { get; init; }

    /// <summary>Gets whether the employer is crypto-native, where stablecoin pay is normal and a crypto payout is weak evidence.</summary>
    public bool? CryptoNativeEmployer { get; init; }
}
