namespace HireGuard.Linkage;

/// <summary>
/// Cross-candidate linkage: records the keyed hashes of a case's identifiers (e-mail, phone,
/// delivery address, payout account, wallet, device, MFA authenticator) and returns the other cases
/// that share them. When no store is configured the linkage indicators are reported as missing.
/// </summary>
/// <remarks>
/// The store only ever sees HMAC-SHA256 keyed hashes computed with a secret it does not hold, never
/// raw identifiers, and supports erasure by case id. Implementations must be thread-safe; many
/// scoring nodes may share one store.
/// </remarks>
public interface ILinkageStore
{
    /// <summary>Records the case's keys (replacing earlier ones for the same case) and returns the links to other cases.</summary>
    /// <param name="record">The case id and its keyed identifiers.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The shared keys and the peer cases behind them.</returns>
    ValueTask<LinkageResult> LinkAsync(LinkageRecord record, CancellationToken cancellationToken = default);

    /// <summary>Erases everything recorded for a case.</summary>
    /// <param name="caseId">The case to erase.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many keys were erased.</returns>
    ValueTask<int> EraseAsync(string caseId, CancellationToken cancellationToken = default);
}
