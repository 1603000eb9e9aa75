namespace HireGuard.Sanctions;

/// <summary>Default thresholds, calibrated on the peer test vectors (see docs/sanctions.md).</summary>
internal static class SanctionsDefaults
{
    /// <summary>The default review threshold.</summary>
    public const double ReviewThreshold = 0.80;

    /// <summary>The default name similarity needed for a corroborated definitive hit.</summary>
    public const double DefinitiveNameThreshold = 0.85;

    /// <summary>The default number of hits returned.</summary>
    public const int MaxHits = 10;
}
