namespace HireGuard.Scoring;

/// <summary>Creates assessment ids. The default is deterministic (a hash of the input, the evaluation time and the rule set), so identical inputs at the same instant give identical JSON.</summary>
/// <param name="inputSha256">The SHA-256 of the canonical input.</param>
/// <param name="evaluatedAt">The evaluation instant.</param>
/// <returns>The id.</returns>
public delegate string AssessmentIdGenerator(string inputSha256, DateTimeOffset evaluatedAt);
