using HireGuard.Linkage;
using HireGuard.Signals;

namespace HireGuard.Evidence;

/// <summary>
/// What every enrichment source said about one case: the validated case itself, parsed session
/// addresses with their IP intelligence, sanctions screening and cross-candidate linkage. Rules and
/// feature extraction read only this; nothing after enrichment does I/O.
/// </summary>
/// <remarks>
/// A source that is not configured leaves its part <see langword="null"/> (or
/// <see cref="SessionEvidence.Ip"/> null): rules treat that as missing, never as clean. Immutable;
/// tests and custom pipelines may build it by hand.
/// </remarks>
public sealed record CaseEvidence
{
    /// <summary>Gets the case, with values that failed validation left out (see <see cref="Warnings"/>).</summary>
    public required HiringCase Case { get; init; }

    /// <summary>Gets the evaluation instant (from the engine's <see cref="TimeProvider"/>).</summary>
    public DateTimeOffset EvaluatedAt { get; init; }

    /// <summary>Gets one entry per session of <see cref="Case"/>, in the same order.</summary>
    public IReadOnlyList<SessionEvidence> Sessions { get; init => field = value ?? []; } = [];

    /// <summary>Gets the resolved IANA time zone of the claimed residence, when one was given and is known.</summary>
    public TimeZoneInfo? ResidenceTimeZone { get; init; }

    /// <summary>Gets whether an IP intelligence source was configured (session results are then non-null for parsed addresses).</summary>
    public bool IpIntelligenceConfigured { get; init; }

    /// <summary>Gets the parties screened against sanctions lists, or null when no screener is configured.</summary>
    public IReadOnlyList<ScreenedParty>? Sanctions { get; init; }

    /// <summary>Gets what the linkage store found, or null when no store is configured.</summary>
    public LinkageResult? Linkage { get; init; }

    /// <summary>Gets the input warnings raised so far (reading and validation).</summary>
    public IReadOnlyList<InputWarning> Warnings { get; init => field = value ?? []; } = [];
}
