namespace HireGuard.Signals;

/// <summary>A hiring case read from JSON, with the warnings the reader raised.</summary>
/// <param name="Case">The case, with every unusable optional value left out.</param>
/// <param name="Warnings">What was left out and why, in document order.</param>
public sealed record HiringCaseReadResult(HiringCase Case, IReadOnlyList<InputWarning> Warnings);
