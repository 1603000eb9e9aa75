using HireGuard.Signals;

namespace HireGuard.Synthetic;

/// <summary>One generated case and its label.</summary>
/// <param name="Case">The hiring case, as a caller would submit it.</param>
/// <param name="Label">Its label and evaluation-only columns.</param>
public sealed record SyntheticRecord(HiringCase Case, SyntheticLabel Label);
