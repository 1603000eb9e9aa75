namespace HireGuard.Sanctions;

/// <summary>A party an entry is linked to, as listed and normalised.</summary>
/// <param name="Text">The name as listed.</param>
/// <param name="Normalized">The normalised name.</param>
internal sealed record LinkedName(string Text, NormalizedName Normalized);
