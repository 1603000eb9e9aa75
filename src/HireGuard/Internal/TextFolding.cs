using System.Globalization;
using System.Text;

namespace HireGuard.Internal;

/// <summary>Unicode folding shared by name and address comparisons.</summary>
internal static class TextFolding
{
    /// <summary>
    /// Folds text to lower-case ASCII-ish tokens: compatibility decomposition, combining marks
    /// dropped (ŏ→o, é→e), apostrophes and modifier letters deleted (<c>O'Brien</c> → <c>obrien</c>),
    /// other punctuation turned into spaces, runs of spaces collapsed.
    /// </summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.ModifierLetter or UnicodeCategory.Format)
            {
                continue;
            }

            if (IsApostrophe(c) || c == '.')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>Splits folded text into tokens.</summary>
    public static string[] Tokens(string? text) =>
        Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '\u02B9' or '`' or '\u00B4';
}
