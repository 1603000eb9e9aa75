namespace HireGuard.Signals;

/// <summary>One line of a JSON Lines batch: either a read case or the error that made the line unusable.</summary>
/// <param name="LineNumber">The 1-based line number.</param>
/// <param name="Result">The case and its warnings, when the line could be read.</param>
/// <param name="Error">Why the line could not be read, otherwise.</param>
public sealed record HiringCaseLine(int LineNumber, HiringCaseReadResult? Result, HireGuardInputException? Error);
