namespace HireGuard.Sanctions;

/// <summary>The compare form of an identity or registration number: letters and digits, upper case.</summary>
internal static class IdentifierKey
{
    /// <summary>Numbers shorter than this (after folding) are never matched on their own.</summary>
    public const int MinMatchLength = 6;

    /// <summary>Returns the compare form, or null when the text holds no digit or fewer than 4 characters.</summary>
    public static string? Of(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 128)
        {
            return null;
        }

        Span<char> buffer = stackalloc char[value.Length];
        var length = 0;
        var digits = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                buffer[length++] = char.ToUpperInvariant(c);
                if (char.IsAsciiDigit(c))
                {
                    digits++;
                }
            }
        }

        return digits == 0 || length < 4 ? null : new string(buffer[..length]);
    }
}
