namespace HireGuard.Synthetic;

/// <summary>
/// The hiring channel a synthetic population imitates. Each sets the share of DPRK applicants and of
/// other fraud as INDICATORS.md §6.2 gives them (the values live in <c>PopulationTables</c>).
/// </summary>
public enum SyntheticScenario
{
    /// <summary>A general remote-engineering pipeline: DPRK about 0.3 % of applicants (Pindrop 1 in 343), other fraud 10 %. Text form <c>general</c>.</summary>
    General,

    /// <summary>Hires after screening: DPRK about 0.05 % (within §6.2's 0.01–0.5 %), other fraud 5 %. Text form <c>low_base_rate</c>.</summary>
    LowBaseRate,

    /// <summary>Exposed remote developer roles (crypto, security, AI): DPRK 5 % (within 1–10 %), other fraud 12 %, many crypto-native employers. Text form <c>high_base_rate</c>.</summary>
    HighBaseRate,

    /// <summary>An adversarial channel (certain job boards or freelance markets): DPRK 50 % (within 30–80 %), other fraud 15 %. Text form <c>adversarial</c>.</summary>
    Adversarial,
}
