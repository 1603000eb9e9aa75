namespace HireGuard.Evidence;

/// <summary>The enrichment sources an indicator can depend on.</summary>
[Flags]
public enum EvidenceSources
{
    /// <summary>Only the case itself.</summary>
    None = 0,

    /// <summary>An <see cref="IpIntelligence.IIpIntelligence"/>.</summary>
    IpIntelligence = 1,

    /// <summary>An <see cref="Sanctions.ISanctionsScreener"/>.</summary>
    Sanctions = 2,

    /// <summary>An <see cref="Linkage.ILinkageStore"/>.</summary>
    Linkage = 4,
}
