namespace HireGuard.Linkage;

/// <summary>The keyed identifiers of one case.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="Keys">Its keyed identifiers.</param>
public sealed record LinkageRecord(string CaseId, IReadOnlyList<LinkageKey> Keys);
