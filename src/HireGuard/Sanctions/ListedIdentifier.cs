namespace HireGuard.Sanctions;

/// <summary>An identity or registration document number listed for an entry.</summary>
/// <param name="Type">The label as listed (e.g. <c>Passport</c>, <c>Tax ID No.</c>).</param>
/// <param name="Value">The number as listed.</param>
/// <param name="Key">The compare form (letters and digits, upper case).</param>
/// <param name="Country">The issuing country as listed, when given.</param>
internal sealed record ListedIdentifier(string Type, string Value, string Key, string? Country);
