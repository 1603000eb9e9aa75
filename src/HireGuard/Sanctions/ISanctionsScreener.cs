using HireGuard.Evidence;

namespace HireGuard.Sanctions;

/// <summary>
/// Screens one party (a name with whatever corroborating details are known, or a wallet address)
/// against the loaded sanctions lists. The engine screens the candidate, payout account holders,
/// banks and platforms, employers and references named in the case, and payout wallets; when no
/// screener is configured the sanctions indicators are reported as missing, never as clean.
/// </summary>
/// <remarks>
/// Implementations must be thread-safe and must not do I/O per call. A name-only hit on a common
/// name is never <see cref="SanctionsMatchConfidence.Definitive"/>: definitive requires an exact
/// identifier (wallet address, ID number) or a strong name match corroborated by date of birth,
/// an ID number, nationality or a linked entity.
/// </remarks>
public interface ISanctionsScreener
{
    /// <summary>Gets the lists currently loaded, for provenance (the list date is the build date).</summary>
    IReadOnlyList<DataSourceInfo> Lists { get; }

    /// <summary>Screens one party.</summary>
    /// <param name="query">What is known about the party.</param>
    /// <returns>The hits at or above the screener's review threshold, strongest first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    SanctionsScreeningResult Screen(SanctionsQuery query);
}
