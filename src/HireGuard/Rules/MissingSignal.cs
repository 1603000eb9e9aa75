namespace HireGuard.Rules;

/// <summary>A signal that was not available, so the indicators depending on it were not evaluated. Missing is never scored as clean.</summary>
/// <param name="Signal">The missing input (a JSON Pointer such as <c>/payroll</c>) or enrichment source (<c>ipIntelligence</c>, <c>sanctionsScreening</c>, <c>linkageStore</c>).</param>
/// <param name="Indicators">The indicator codes that could not be evaluated.</param>
/// <param name="Reason">Why it is missing.</param>
public sealed record MissingSignal(string Signal, IReadOnlyList<string> Indicators, string Reason);
