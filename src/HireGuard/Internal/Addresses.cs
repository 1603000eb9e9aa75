using System.Text;

namespace HireGuard.Internal;

/// <summary>Normalises postal addresses for equality checks.</summary>
internal static class Addresses
{
    private static readonly Dictionary<string, string> StreetWords = new(StringComparer.Ordinal)
    {
        ["street"] = "st",
        ["str"] = "st",
        ["avenue"] = "ave",
        ["av"] = "ave",
        ["road"] = "rd",
        ["drive"] = "dr",
        ["boulevard"] = "blvd",
        ["lane"] = "ln",
        ["court"] = "ct",
        ["place"] = "pl",
        ["square"] = "sq",
        ["highway"] = "hwy",
        ["parkway"] = "pkwy",
        ["terrace"] = "ter",
        ["circle"] = "cir",
        ["way"] = "way",
        ["north"] = "n",
        ["south"] = "s",
        ["east"] = "e",
        ["west"] = "w",
        ["northeast"] = "ne",
        ["northwest"] = "nw",
        ["southeast"] = "se",
        ["southwest"] = "sw",
        ["apartment"] = "apt",
        ["suite"] = "ste",
        ["unit"] = "apt",
        ["number"] = "no",
        ["floor"] = "fl",
    };

    /// <summary>Folds a street line: accents, case and punctuation removed, common words abbreviated, <c>#</c> read as a unit.</summary>
    public static string Street(string? street)
    {
        var tokens = TextFolding.Tokens(street?.Replace("#", " apt ", StringComparison.Ordinal));
        var builder = new StringBuilder();
        foreach (var token in tokens)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(StreetWords.TryGetValue(token, out var abbreviation) ? abbreviation : token);
        }

        return builder.ToString();
    }

    /// <summary>Keeps only letters and digits of a postal code, upper-cased; US ZIP+4 is cut to the 5-digit ZIP.</summary>
    public static string PostalCode(string? postalCode)
    {
        if (string.IsNullOrEmpty(postalCode))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(postalCode.Length);
        foreach (var c in postalCode)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        var folded = builder.ToString();
        return folded.Length == 9 && folded.All(char.IsAsciiDigit) && postalCode.Contains('-', StringComparison.Ordinal) ? folded[..5] : folded;
    }
}
