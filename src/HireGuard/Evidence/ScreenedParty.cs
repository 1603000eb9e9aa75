using HireGuard.Sanctions;

namespace HireGuard.Evidence;

/// <summary>One party of the case screened against the sanctions lists.</summary>
/// <param name="Role">The party's role: <c>candidate</c>, <c>payoutHolder</c>, <c>bank</c>, <c>platform</c>, <c>wallet</c>, <c>employer</c>, <c>reference</c>.</param>
/// <param name="Query">What was screened.</param>
/// <param name="Result">What the screener found.</param>
public sealed record ScreenedParty(string Role, SanctionsQuery Query, SanctionsScreeningResult Result);
