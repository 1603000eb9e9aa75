namespace HireGuard.Sanctions;

/// <summary>One name an entry is listed under.</summary>
/// <param name="Text">The name as listed.</param>
/// <param name="Kind">Where it comes from.</param>
internal sealed record ListedName(string Text, ListedNameKind Kind);
