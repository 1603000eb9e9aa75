namespace HireGuard.Scoring;

/// <summary>One plain-language reason a candidate can be shown.</summary>
/// <param name="Code">The indicator code behind it.</param>
/// <param name="Text">The sentence.</param>
public sealed record CandidateStatementItem(string Code, string Text);
