namespace HireGuard.Rules;

/// <summary>One input a finding rests on: where it is, what was observed and what it was compared with. Secrets are masked.</summary>
/// <param name="Pointer">The JSON Pointer of the input (e.g. <c>/payroll/0/holderName</c>), or a source name for enrichment data.</param>
/// <param name="Observed">The observed value, masked where it is a secret (account numbers, national ids).</param>
/// <param name="Expected">What it was compared with (e.g. the claimed value), when there is one.</param>
/// <param name="Threshold">The threshold or criterion applied, when there is one.</param>
public sealed record EvidenceItem(string Pointer, string Observed, string? Expected = null, string? Threshold = null);
