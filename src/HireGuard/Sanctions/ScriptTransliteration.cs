namespace HireGuard.Sanctions;

/// <summary>
/// Latin transliteration of the non-Latin letters that survive Unicode decomposition: Cyrillic
/// (Russian, Ukrainian, Belarusian, Serbian, Mongolian), Greek, Armenian, Georgian, and the Latin letters NFKD does not
/// split (ß, æ, ø, ł, đ, þ …). Hangul is handled by <see cref="KoreanRomanization"/>. The target is
/// a matching key, not a publication standard: й, ы and и all become <c>i</c>/<c>y</c> the way the
/// transliteration folding expects.
/// </summary>
internal static class ScriptTransliteration
{
    private static readonly string[] CyrillicLower =
    [
        // а б в г д е ж з и й к л м н о п
        "a", "b", "v", "g", "d", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p",

        // р с т у ф х ц ч ш щ ъ ы ь э ю я
        "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", string.Empty, "y", string.Empty, "e", "yu", "ya",
    ];

    // ѐ ё ђ ѓ є ѕ і ї ј љ њ ћ ќ ѝ ў џ (U+0450..U+045F)
    private static readonly string[] CyrillicExtended =
        ["e", "e", "dj", "g", "ye", "dz", "i", "yi", "j", "lj", "nj", "c", "k", "i", "u", "dz"];

    // α β γ δ ε ζ η θ ι κ λ μ ν ξ ο π ρ ς σ τ υ φ χ ψ ω (U+03B1..U+03C9)
    private static readonly string[] GreekLower =
    [
        "a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s", "t", "y", "f",
        "ch", "ps", "o",
    ];

    // ա .. և (U+0561..U+0587)
    private static readonly string[] ArmenianLower =
    [
        "a", "b", "g", "d", "e", "z", "e", "y", "t", "zh", "i", "l", "kh", "ts", "k", "h", "dz", "gh", "ch", "m", "y",
        "n", "sh", "o", "ch", "p", "j", "r", "s", "v", "t", "r", "ts", "w", "p", "k", "o", "f", "ev",
    ];

    // ა .. ჰ (U+10D0..U+10F0)
    private static readonly string[] GeorgianLetters =
    [
        "a", "b", "g", "d", "e", "v", "z", "t", "i", "k", "l", "m", "n", "o", "p", "zh", "r", "s", "t", "u", "p", "k",
        "gh", "q", "sh", "ch", "ts", "dz", "ts", "ch", "kh", "j", "h",
    ];

    /// <summary>
    /// Returns the Latin replacement of a lower-case letter that needs one, or null when the letter
    /// is kept as it is.
    /// </summary>
    public static string? Transliterate(char c)
    {
        if (c >= '\u0430' && c <= '\u044F')
        {
            return CyrillicLower[c - '\u0430'];
        }

        if (c >= '\u0450' && c <= '\u045F')
        {
            return CyrillicExtended[c - '\u0450'];
        }

        if (c >= '\u03B1' && c <= '\u03C9')
        {
            return GreekLower[c - '\u03B1'];
        }

        if (c >= '\u0561' && c <= '\u0587')
        {
            return ArmenianLower[c - '\u0561'];
        }

        if (c >= '\u10D0' && c <= '\u10F0')
        {
            return GeorgianLetters[c - '\u10D0'];
        }

        return c switch
        {
            'ß' => "ss",
            'æ' => "ae",
            'œ' => "oe",
            'ø' => "o",
            'đ' => "d",
            'ð' => "d",
            'ł' => "l",
            'þ' => "th",
            'ı' => "i",
            'ħ' => "h",
            'ŋ' => "ng",
            'ґ' => "g",
            'ө' => "o",
            'ү' => "u",
            'һ' => "h",
            'ә' => "a",
            'ғ' => "g",
            'қ' => "k",
            'ң' => "n",
            'ұ' => "u",
            'ҳ' => "h",
            'ҷ' => "j",
            _ => null,
        };
    }
}
