namespace HireGuard.Sanctions;

/// <summary>A postal address listed for an entry (OFAC <c>add.csv</c>).</summary>
/// <param name="Street">The street part, when given.</param>
/// <param name="City">The city, state and postal code part, when given.</param>
/// <param name="Country">The country as listed, when given.</param>
internal sealed record ListedAddress(string? Street, string? City, string? Country);
