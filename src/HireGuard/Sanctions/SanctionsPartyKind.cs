namespace HireGuard.Sanctions;

/// <summary>What kind of party a screened name is.</summary>
public enum SanctionsPartyKind
{
    /// <summary>Not known; individuals and organisations are both searched.</summary>
    Unknown,

    /// <summary>A natural person.</summary>
    Individual,

    /// <summary>A company, bank, platform or other organisation.</summary>
    Organization,
}
