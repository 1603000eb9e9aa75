namespace HireGuard.Scoring;

/// <summary>A verification step recommended for the case.</summary>
/// <param name="Code">The stable code (see <see cref="VerificationActions"/>).</param>
/// <param name="Text">The step, for reviewers.</param>
/// <param name="TriggeredBy">The indicator codes (or <c>band:…</c>) that call for it.</param>
public sealed record RecommendedAction(string Code, string Text, IReadOnlyList<string> TriggeredBy);
