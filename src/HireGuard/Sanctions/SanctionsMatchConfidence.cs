namespace HireGuard.Sanctions;

/// <summary>How far a sanctions hit can be relied on.</summary>
public enum SanctionsMatchConfidence
{
    /// <summary>A possible match a compliance reviewer must disposition.</summary>
    Review,

    /// <summary>An exact identifier match, or a strong name match corroborated by independent details.</summary>
    Definitive,
}
