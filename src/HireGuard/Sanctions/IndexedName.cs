namespace HireGuard.Sanctions;

/// <summary>One listed name in the <see cref="NameIndex"/>.</summary>
/// <param name="Entry">The index of the entry in the snapshot.</param>
/// <param name="Kind">The entry's party kind.</param>
/// <param name="Name">The name as listed.</param>
/// <param name="Normalized">The normalised name.</param>
internal sealed record IndexedName(int Entry, SanctionsPartyKind Kind, ListedName Name, NormalizedName Normalized);
