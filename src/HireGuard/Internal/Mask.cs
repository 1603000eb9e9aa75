namespace HireGuard.Internal;

/// <summary>Masks secrets for evidence and logs.</summary>
internal static class Mask
{
    /// <summary>Keeps the last <paramref name="visible"/> letters or digits and replaces the rest with <c>*</c> (at least four masked).</summary>
    public static string Tail(string? secret, int visible = 4)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return string.Empty;
        }

        var compact = new string(secret.Where(char.IsLetterOrDigit).ToArray());
        if (compact.Length <= visible + 3)
        {
            return new string('*', Math.Max(4, compact.Length));
        }

        return new string('*', compact.Length - visible) + compact[^visible..];
    }
}
