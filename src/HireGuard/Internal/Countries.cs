namespace HireGuard.Internal;

/// <summary>ISO 3166-1 alpha-2 country code handling.</summary>
internal static class Countries
{
    /// <summary>Returns the upper-cased code when <paramref name="code"/> is two ASCII letters, otherwise null.</summary>
    public static string? Normalize(string? code)
    {
        if (code is null)
        {
            return null;
        }

        var trimmed = code.Trim();
        return trimmed.Length == 2 && char.IsAsciiLetter(trimmed[0]) && char.IsAsciiLetter(trimmed[1])
            ? trimmed.ToUpperInvariant()
            : null;
    }

    /// <summary>Compares two country codes case-insensitively; false when either is missing.</summary>
    public static bool Differ(string? a, string? b)
    {
        var x = Normalize(a);
        var y = Normalize(b);
        return x is not null && y is not null && !string.Equals(x, y, StringComparison.Ordinal);
    }
}
