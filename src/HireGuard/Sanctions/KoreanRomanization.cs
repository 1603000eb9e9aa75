using System.Runtime.CompilerServices;
using System.Text;

namespace HireGuard.Sanctions;

/// <summary>
/// Korean name handling: Hangul syllables to Latin (Revised Romanisation, simplified finals), the
/// test for "this token reads as romanised Korean syllables", and the folding key that merges the
/// McCune-Reischauer, Revised Romanisation and ad-hoc spellings OFAC and candidates use
/// (J/CH, G/K, B/P, D/T, R/L/none, eo/ŏ→o, eu/ŭ→u, surname sets such as Ri/Lee/Yi/Rhee).
/// </summary>
internal static class KoreanRomanization
{
    private const int SyllableBase = 0xAC00;
    private const int SyllableLast = 0xD7A3;

    private static readonly string[] Initials =
        ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];

    private static readonly string[] Medials =
        ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"];

    // Finals simplified to their pronounced coda, as names are romanised.
    private static readonly string[] Finals =
        ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"];

    // Romanised syllable inventory (McCune-Reischauer and Revised, apostrophes already removed).
    private static readonly string[] SyllableInitials =
        ["", "g", "k", "kk", "gg", "n", "d", "t", "tt", "r", "l", "m", "b", "p", "pp", "s", "ss", "sh", "j", "jj", "ch", "tch", "h", "ph", "th", "kh", "rh"];

    private static readonly string[] SyllableMedials =
        ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i", "oo", "ee", "oi", "ou", "yoo", "eui"];

    private static readonly string[] SyllableFinals = ["", "k", "g", "n", "t", "d", "l", "r", "m", "p", "b", "ng", "ck"];

    private static readonly HashSet<string> Syllables = BuildSyllables();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SyllableLookup =
        Syllables.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int MaxSyllableLength = Syllables.Max(s => s.Length);

    // Surname spellings folded to one key (applied to the family token only).
    private static readonly Dictionary<string, string> SurnameKeys = BuildSurnameKeys();

    /// <summary>Gets whether <paramref name="c"/> is a precomposed Hangul syllable.</summary>
    public static bool IsHangulSyllable(char c) => c >= SyllableBase && c <= SyllableLast;

    /// <summary>Appends the romanisation of one Hangul syllable.</summary>
    public static void AppendSyllable(StringBuilder builder, char c)
    {
        var s = c - SyllableBase;
        var l = s / 588;
        var v = s % 588 / 28;
        var t = s % 28;
        builder.Append(Initials[l]).Append(Medials[v]).Append(Finals[t]);
    }

    /// <summary>Gets whether a folded Latin token reads as one to three romanised Korean syllables.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsSyllabic(string token)
    {
        if (token.Length == 0 || token.Length > 14)
        {
            return false;
        }

        if (SurnameKeys.ContainsKey(token))
        {
            return true;
        }

        // reachable[i] = 1 + syllables used to reach position i (0 = unreachable).
        Span<byte> reachable = stackalloc byte[token.Length + 1];
        reachable.Clear();
        reachable[0] = 1;
        var span = token.AsSpan();
        for (var i = 0; i < token.Length; i++)
        {
            if (reachable[i] is 0 or > 3)
            {
                continue;
            }

            var maxLength = Math.Min(MaxSyllableLength, token.Length - i);
            for (var length = 1; length <= maxLength; length++)
            {
                if (SyllableLookup.Contains(span.Slice(i, length)))
                {
                    var end = i + length;
                    var next = (byte)(reachable[i] + 1);
                    if (reachable[end] == 0 || reachable[end] > next)
                    {
                        reachable[end] = next;
                    }
                }
            }
        }

        return reachable[token.Length] is > 1 and <= 4;
    }

    /// <summary>Gets whether a folded token is a common Korean surname in any usual spelling.</summary>
    public static bool IsSurname(string token) => SurnameKeys.ContainsKey(token);

    /// <summary>
    /// Folds a romanised Korean token to a spelling-independent key. The key is only ever compared
    /// with keys of other Korean-style names.
    /// </summary>
    /// <param name="token">A lower-case Latin token without apostrophes.</param>
    /// <param name="isFamily">Whether the token is the family name (surname sets apply).</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Fold(string token, bool isFamily)
    {
        if (isFamily && SurnameKeys.TryGetValue(token, out var surname))
        {
            return surname;
        }

        var sb = new StringBuilder(token.Length);
        var i = 0;
        while (i < token.Length)
        {
            var c = token[i];
            var next = i + 1 < token.Length ? token[i + 1] : '\0';
            switch (c)
            {
                case 'e' when next == 'o':
                    sb.Append('o');
                    i += 2;
                    continue;
                case 'e' when next == 'u':
                    sb.Append('u');
                    i += 2;
                    continue;
                case 'o' when next == 'o':
                case 'o' when next == 'u':
                    sb.Append('u');
                    i += 2;
                    continue;
                case 'e' when next == 'e':
                    sb.Append('i');
                    i += 2;
                    continue;
                case 't' when next == 'c' && i + 2 < token.Length && token[i + 2] == 'h':
                    sb.Append('j');
                    i += 3;
                    continue;
                case 'c' when next == 'h':
                case 'c' when next == 'k':
                    sb.Append(next == 'h' ? 'j' : 'g');
                    i += 2;
                    continue;
                case 's' when next == 'h':
                    sb.Append('s');
                    i += 2;
                    continue;
                case 'p' when next == 'h':
                case 'p' when next == 'p':
                case 'b' when next == 'b':
                    sb.Append('b');
                    i += 2;
                    continue;
                case 't' when next == 'h':
                case 't' when next == 't':
                case 'd' when next == 'd':
                    sb.Append('d');
                    i += 2;
                    continue;
                case 'k' when next == 'h':
                case 'k' when next == 'k':
                case 'g' when next == 'g':
                    sb.Append('g');
                    i += 2;
                    continue;
                case 's' when next == 's':
                    sb.Append('s');
                    i += 2;
                    continue;
                case 'j' when next == 'j':
                    sb.Append('j');
                    i += 2;
                    continue;
                case 'r' when next == 'h':
                    sb.Append('r');
                    i += 2;
                    continue;
                case 'k':
                    sb.Append('g');
                    break;
                case 'p':
                    sb.Append('b');
                    break;
                case 't':
                    sb.Append('d');
                    break;
                case 'l':
                    sb.Append('r');
                    break;
                default:
                    sb.Append(c);
                    break;
            }

            i++;
        }

        // Initial R/L/N before y or i is dropped in southern usage (Ryu/Yu, Ri/Yi, Nyong/Yong).
        if (sb.Length > 1 && (sb[0] == 'r' || sb[0] == 'n') && (sb[1] == 'y' || sb[1] == 'i'))
        {
            sb.Remove(0, 1);
        }

        // "yi" and "i" are one syllable.
        if (sb.Length > 1 && sb[0] == 'y' && sb[1] == 'i')
        {
            sb.Remove(0, 1);
        }

        return sb.ToString();
    }

    /// <summary>
    /// Gets whether two folded keys differ only in o/u (the popular spelling of ŏ as "u":
    /// Sung/Song, Hyuk/Hyok, Jung/Jong).
    /// </summary>
    public static bool EqualUpToOU(string a, string b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var differs = false;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                continue;
            }

            if (!((a[i] == 'o' && b[i] == 'u') || (a[i] == 'u' && b[i] == 'o')))
            {
                return false;
            }

            differs = true;
        }

        return differs;
    }

    private static HashSet<string> BuildSyllables()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var initial in SyllableInitials)
        {
            foreach (var medial in SyllableMedials)
            {
                foreach (var final in SyllableFinals)
                {
                    set.Add(initial + medial + final);
                }
            }
        }

        return set;
    }

    private static Dictionary<string, string> BuildSurnameKeys()
    {
        string[][] sets =
        [
            ["kim", "gim", "kym"],
            ["pak", "park", "bak", "bahk", "pack", "paik", "baek", "paek", "back"],
            ["choe", "choi", "chwe", "choy", "che", "chey"],
            ["ri", "lee", "yi", "rhee", "li", "i", "rhie", "lie", "ee", "rhi", "leigh"],
            ["jong", "chong", "jeong", "chung", "cheong", "jung", "joung"],
            ["yun", "yoon", "youn", "yune"],
            ["jo", "cho", "joe", "jou"],
            ["o", "oh", "oe"],
            ["ryu", "yu", "yoo", "you", "rhyu", "lyu", "yew"],
            ["rim", "im", "lim", "yim"],
            ["sin", "shin", "syn", "sheen"],
            ["son", "sohn", "sonn"],
            ["kang", "gang", "kahng"],
            ["ko", "go", "koh", "goh"],
            ["kwon", "gwon", "kwan"],
            ["ho", "heo", "hur", "huh", "hoh"],
            ["u", "woo", "wu", "oo"],
            ["ju", "chu", "joo", "choo"],
            ["pae", "bae", "bai"],
            ["ryang", "yang", "lyang"],
            ["rho", "roh", "no", "noh", "ro"],
            ["mun", "moon", "moun"],
            ["han", "hahn"],
            ["hwang", "whang"],
            ["so", "seo", "suh", "soh"],
            ["song", "seong", "sung"],
            ["chon", "jon", "jeon", "chun", "jun", "cheon"],
            ["kye", "gye"],
            ["pyon", "byun", "pyun", "byon", "byeon"],
            ["tong", "dong"],
            ["kil", "gil"],
            ["ma"],
            ["myong", "myung", "myeong"],
            ["ji", "chi"],
            ["cha", "ja"],
            ["hyon", "hyun", "hyeon"],
            ["om", "eom", "um"],
            ["an", "ahn"],
            ["nam"],
        ];

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            foreach (var spelling in set)
            {
                map[spelling] = set[0];
            }
        }

        return map;
    }
}
