namespace HireGuard.Scoring;

/// <summary>Why the band was forced regardless of the score (a definitive compliance hit).</summary>
/// <param name="Code">The indicator that forced it.</param>
/// <param name="Reason">What happened.</param>
public sealed record BandOverride(string Code, string Reason);
