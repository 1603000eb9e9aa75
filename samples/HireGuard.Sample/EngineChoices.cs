using HireGuard.Model;

namespace HireGuard.Sample;

/// <summary>What the command line chose for the engine: reference data, model, store.</summary>
internal sealed record EngineChoices
{
    public TimeProvider? TimeProvider { get; init; }

    /// <summary>Gets the sanctions lists to screen against, or null for no screening (the SAN indicators are then reported missing).</summary>
    public HireGuard.Sanctions.SanctionsOptions? Sanctions { get; init; }

    /// <summary>Gets the MMDB databases and IP lists to enrich sessions with, or null for none (the IP-based NET indicators are then reported missing).</summary>
    public HireGuard.IpIntelligence.IpIntelligenceOptions? IpIntelligence { get; init; }

    /// <summary>
    /// Gets a reference-data directory laid out like a generated population's <c>reference/</c>:
    /// <c>ip.mmdb</c> (IP intelligence) and <c>lists/&lt;label&gt;.txt</c> (CIDR lists); either may be absent.
    /// </summary>
    public string? ReferenceDirectory { get; init; }

    /// <summary>Gets the learned model, or null for expert weights only.</summary>
    public IRiskModel? Model { get; init; }
}
