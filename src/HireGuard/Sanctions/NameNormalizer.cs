using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace HireGuard.Sanctions;

/// <summary>
/// Turns a name as written into weighted, folded tokens. Steps: Hangul to Latin; NFKD with
/// combining marks dropped; apostrophes, modifier letters and dots deleted (<c>U'ng</c> →
/// <c>ung</c>, <c>U.S.A.</c> → <c>usa</c>); Cyrillic and Greek transliterated; everything else that
/// is not a letter or digit separates tokens; legal-form phrases folded (<c>joint stock company</c>
/// → <c>jsc</c>); tokens classified and weighted; transliteration keys computed.
/// </summary>
internal static class NameNormalizer
{
    /// <summary>Upper bound on the characters considered, so hostile input cannot cost much.</summary>
    public const int MaxInputLength = 512;

    /// <summary>Upper bound on tokens kept per name.</summary>
    public const int MaxTokens = 16;

    private const float FamilyWeight = 1.3f;
    private const float ParticleWeightPerson = 0.25f;
    private const float InitialWeightPerson = 0.35f;
    private const float GenericWeight = 0.4f;
    private const float LegalFormWeight = 0.15f;
    private const float ParticleWeightOrganization = 0.1f;
    private const float InitialWeightOrganization = 0.5f;

    private static readonly HashSet<string> StrongOrganizationWords = new(StringComparer.Ordinal)
    {
        "company", "corporation", "corp", "trading", "bank", "group", "holding", "holdings", "industries", "industry",
        "enterprise", "enterprises", "technology", "technologies", "international", "services", "shipping",
        "limited", "ltd", "llc", "inc", "incorporated", "gmbh", "plc", "jsc", "ojsc", "pjsc", "cjsc", "ooo", "oao",
        "zao", "coltd", "sarl", "srl", "spa", "bhd", "pte", "pty", "ltda", "fze", "fzco", "llp", "foundation",
        "association", "institute", "university", "ministry", "bureau", "department", "committee", "organization",
        "organisation", "network", "front", "brigade", "brigades", "army", "party", "movement", "council", "agency",
        "office", "academy", "factory", "center", "centre", "airlines", "airline", "establishment", "cooperation",
        "cooperative", "society", "fund", "trust", "partners", "capital", "solutions", "systems", "bureau",
    };

    private static readonly HashSet<string> AmbiguousLegalForms = new(StringComparer.Ordinal)
    {
        "sa", "as", "ab", "co", "ag", "se", "sl", "cv", "ao", "kk", "kg", "bv", "nv", "oy", "lp", "est", "spol", "sae",
        "sal", "sas", "saa", "cia", "cie", "too", "fz", "lc", "sll",
    };

    private static readonly Dictionary<string, string> RomanNumerals = new(StringComparer.Ordinal)
    {
        ["i"] = "1",
        ["ii"] = "2",
        ["iii"] = "3",
        ["iv"] = "4",
        ["v"] = "5",
        ["vi"] = "6",
        ["vii"] = "7",
        ["viii"] = "8",
        ["ix"] = "9",
        ["x"] = "10",
        ["xi"] = "11",
        ["xii"] = "12",
        ["xiii"] = "13",
        ["xiv"] = "14",
        ["xv"] = "15",
        ["xvi"] = "16",
        ["xvii"] = "17",
        ["xviii"] = "18",
        ["xix"] = "19",
        ["xx"] = "20",
    };

    [ThreadStatic]
    private static StringBuilder? TokenBuilder;

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fourty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
        ["hundred"] = 100,
        ["first"] = 1,
        ["second"] = 2,
        ["third"] = 3,
        ["fourth"] = 4,
        ["fifth"] = 5,
        ["sixth"] = 6,
        ["seventh"] = 7,
        ["eighth"] = 8,
        ["ninth"] = 9,
        ["tenth"] = 10,
        ["eleventh"] = 11,
        ["twelfth"] = 12,
    };

    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["intl"] = "international",
        ["int"] = "international",
        ["natl"] = "national",
        ["dept"] = "department",
        ["mfg"] = "manufacturing",
        ["ind"] = "industries",
        ["inds"] = "industries",
        ["tech"] = "technology",
        ["assn"] = "association",
        ["assoc"] = "association",
        ["bros"] = "brothers",
        ["ctr"] = "center",
        ["svcs"] = "services",
        ["univ"] = "university",
        ["grp"] = "group",
        ["hldgs"] = "holdings",
        ["mgmt"] = "management",
        ["sci"] = "scientific",
        ["it"] = "information technology",
    };

    /// <summary>Normalises one name.</summary>
    /// <param name="name">The name as written.</param>
    /// <param name="kind">What kind of party it names, when known.</param>
    /// <param name="familyFirst">Whether the name is written <c>SURNAME, Given</c> (OFAC individuals).</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static NormalizedName Normalize(string name, SanctionsPartyKind kind, bool familyFirst)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = name.Length > MaxInputLength ? name[..MaxInputLength] : name;
        var tokens = new List<string>(8);
        var commaAt = Tokenize(text, tokens);

        var isOrganization = kind switch
        {
            SanctionsPartyKind.Organization => true,
            SanctionsPartyKind.Individual => false,
            _ => LooksLikeOrganization(tokens),
        };

        if (isOrganization)
        {
            FoldLegalPhrases(tokens);
            FoldNumbers(tokens);
            if (tokens.Count > MaxTokens)
            {
                tokens.RemoveRange(MaxTokens, tokens.Count - MaxTokens);
            }

            return BuildOrganization(tokens);
        }

        // A comma in a person's name means SURNAME, Given: known for OFAC individuals, and taken
        // from a query that names a person and writes one comma.
        var familyCount = 0;
        if (commaAt > 0 && commaAt < tokens.Count && (familyFirst || kind == SanctionsPartyKind.Individual))
        {
            familyCount = commaAt;
        }

        return BuildPerson(tokens, familyCount);
    }

    /// <summary>Computes the transliteration-folding key of a folded token.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string GeneralKey(string token)
    {
        if (token.Length < 3)
        {
            return token;
        }

        foreach (var c in token)
        {
            if (c is < 'a' or > 'z')
            {
                return token;
            }
        }

        var sb = new ValueBuilder(token.Length <= 60 ? stackalloc char[(token.Length * 2) + 4] : new char[(token.Length * 2) + 4]);
        var i = 0;
        while (i < token.Length)
        {
            var c = token[i];
            var n1 = At(token, i + 1);
            var n2 = At(token, i + 2);
            var n3 = At(token, i + 3);
            if (c == 's' && n1 == 'h' && n2 == 'c' && n3 == 'h')
            {
                sb.Append("sh");
                i += 4;
            }
            else if (c == 's' && n1 == 'c' && n2 == 'h')
            {
                sb.Append("sh");
                i += 3;
            }
            else if (c == 't' && n1 == 'c' && n2 == 'h')
            {
                sb.Append("ch");
                i += 3;
            }
            else if (c == 'd' && n1 == 'z' && n2 == 'h')
            {
                sb.Append('j');
                i += 3;
            }
            else if ((c == 'd' && n1 == 'j') || (c == 'z' && n1 == 'h'))
            {
                sb.Append('j');
                i += 2;
            }
            else if (c == 'k' && n1 == 'h')
            {
                sb.Append('h');
                i += 2;
            }
            else if (c == 'p' && n1 == 'h')
            {
                sb.Append('f');
                i += 2;
            }
            else if (c == 'c' && n1 == 'k')
            {
                sb.Append('k');
                i += 2;
            }
            else if ((c == 'o' && n1 == 'u') || (c == 'o' && n1 == 'o'))
            {
                sb.Append('u');
                i += 2;
            }
            else if (c == 'e' && n1 == 'e' && n2 != 'v')
            {
                // Rasheed/Rashid; but the Russian -eev of Andreev, Sergeevich stays e.
                sb.Append('i');
                i += 2;
            }
            else if (c == 'y' && n1 == 'e')
            {
                // Russian ye/e (Andreyev, Sergeyevich, Yevgeny).
                sb.Append('e');
                i += 2;
            }
            else if (c == 'i' && n1 == 'e' && i > 0 && IsVowel(token[i - 1]))
            {
                // Andreiev → Andreev.
                sb.Append('e');
                i += 2;
            }
            else if (c == 'c' && n1 != 'h')
            {
                sb.Append(n1 is 'e' or 'i' or 'y' ? 's' : 'k');
                i++;
            }
            else
            {
                switch (c)
                {
                    case 'q':
                        sb.Append('k');
                        break;
                    case 'w':
                        sb.Append('v');
                        break;
                    case 'x':
                        sb.Append("ks");
                        break;
                    default:
                        sb.Append(c);
                        break;
                }

                i++;
            }
        }

        // Endings: -iy/-yy/-ii/-ij/-yi/-y after a consonant all become -i (Vitaliy, Vitaly, Vitalii).
        var len = sb.Length;
        if (len >= 3)
        {
            var a = sb[len - 2];
            var b = sb[len - 1];
            if ((a is 'i' or 'y') && (b is 'y' or 'i' or 'j'))
            {
                sb.Length = len - 2;
                sb.Append('i');
            }
            else if (b == 'y' && !IsVowel(a))
            {
                sb[len - 1] = 'i';
            }
        }

        // y between consonants is a vowel (Dmitryev, Kyrgyz).
        for (var k = 1; k < sb.Length - 1; k++)
        {
            if (sb[k] == 'y' && !IsVowel(sb[k - 1]) && !IsVowel(sb[k + 1]))
            {
                sb[k] = 'i';
            }
        }

        // Doubled letters count once (Mohammed/Mohamed, Hassan/Hasan).
        var w = 1;
        for (var r = 1; r < sb.Length; r++)
        {
            if (sb[r] != sb[w - 1])
            {
                sb[w++] = sb[r];
            }
        }

        sb.Length = Math.Min(sb.Length, w);
        return sb.AsSpan().SequenceEqual(token) ? token : sb.AsSpan().ToString();
    }

    private static char At(string s, int i) => i < s.Length ? s[i] : '\0';

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Tokenize(string text, List<string> tokens)
    {
        var prepared = Prepare(text);
        var current = TokenBuilder ??= new StringBuilder(32);
        current.Clear();
        var commaAt = -1;
        foreach (var c in prepared)
        {
            if (tokens.Count >= MaxTokens)
            {
                break;
            }

            if (c < 0x80)
            {
                // ASCII fast path: letters and digits kept (lower case), apostrophes, back-ticks
                // and dots deleted, everything else separates.
                if (char.IsAsciiLetterOrDigit(c))
                {
                    current.Append(char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c);
                    continue;
                }

                if (c is '\'' or '.' or '`')
                {
                    continue;
                }
            }
            else if (IsDeleted(c))
            {
                continue;
            }
            else if (char.IsLetterOrDigit(c))
            {
                if (IsIdeograph(c))
                {
                    Flush(current, tokens);
                    tokens.Add(c.ToString());
                    continue;
                }

                var lower = char.ToLowerInvariant(c);
                var replacement = ScriptTransliteration.Transliterate(lower);
                if (replacement is null)
                {
                    current.Append(lower);
                }
                else
                {
                    current.Append(replacement);
                }

                continue;
            }

            Flush(current, tokens);
            if (c == ',' && commaAt < 0)
            {
                commaAt = tokens.Count;
            }
            else if (c == '&')
            {
                tokens.Add("and");
            }
        }

        if (tokens.Count < MaxTokens)
        {
            Flush(current, tokens);
        }

        return commaAt;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string Prepare(string text)
    {
        var ascii = true;
        var hangul = false;
        foreach (var c in text)
        {
            if (c >= 0x80)
            {
                ascii = false;
                if (KoreanRomanization.IsHangulSyllable(c))
                {
                    hangul = true;
                    break;
                }
            }
        }

        if (ascii)
        {
            return text;
        }

        if (hangul)
        {
            // Each Hangul syllable becomes its own romanised token, as in "Kim Jong Un".
            var sb = new StringBuilder(text.Length * 4);
            foreach (var c in text)
            {
                if (KoreanRomanization.IsHangulSyllable(c))
                {
                    sb.Append(' ');
                    KoreanRomanization.AppendSyllable(sb, c);
                    sb.Append(' ');
                }
                else
                {
                    sb.Append(c);
                }
            }

            text = sb.ToString();
        }

        try
        {
            return text.Normalize(NormalizationForm.FormKD);
        }
        catch (ArgumentException)
        {
            // Lone surrogates cannot be normalised; drop them and use the rest.
            var sb = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                if (!char.IsSurrogate(c))
                {
                    sb.Append(c);
                }
            }

            return sb.ToString().Normalize(NormalizationForm.FormKD);
        }
    }

    private static bool IsDeleted(char c)
    {
        switch (c)
        {
            case '\'':
            case '.':
            case '`':
            case '\u00B4': // acute accent
            case '\u2018':
            case '\u2019':
            case '\u201B':
            case '\u2032':
            case '\u02BC':
            case '\u02BB':
            case '\u02BD':
            case '\u02BE':
            case '\u02BF':
            case '\u02B9':
            case '\u00AD': // soft hyphen
                return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol
            or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse;
    }

    private static bool IsIdeograph(char c) =>
        (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\u3040' && c <= '\u30FF')
        || (c >= '\uF900' && c <= '\uFAFF');

    private static void Flush(StringBuilder current, List<string> tokens)
    {
        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
            current.Clear();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool LooksLikeOrganization(List<string> tokens)
    {
        foreach (var token in tokens)
        {
            if (StrongOrganizationWords.Contains(token))
            {
                return true;
            }

            if (NameVocabulary.LegalForm(token) is not null && !AmbiguousLegalForms.Contains(token))
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FoldLegalPhrases(List<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Abbreviations.TryGetValue(tokens[i], out var full))
            {
                var words = full.Split(' ');
                tokens[i] = words[0];
                for (var k = 1; k < words.Length; k++)
                {
                    tokens.Insert(i + k, words[k]);
                }
            }
        }

        if (tokens.Count < 2)
        {
            return;
        }

        foreach (var phrase in NameVocabulary.Phrases)
        {
            var words = phrase.Length - 1;
            for (var start = 0; start + words <= tokens.Count; start++)
            {
                var match = true;
                for (var k = 0; k < words; k++)
                {
                    if (!string.Equals(tokens[start + k], phrase[k], StringComparison.Ordinal))
                    {
                        match = false;
                        break;
                    }
                }

                if (match)
                {
                    tokens.RemoveRange(start, words);
                    tokens.Insert(start, phrase[^1]);
                }
            }
        }
    }

    private static void FoldNumbers(List<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var value = NumberValue(tokens[i]);
            if (value < 0)
            {
                continue;
            }

            // "forty four", "forty-four" → 44.
            if (value is >= 20 and < 100 && value % 10 == 0 && i + 1 < tokens.Count)
            {
                var unit = NumberValue(tokens[i + 1]);
                if (unit is > 0 and < 10)
                {
                    value += unit;
                    tokens.RemoveAt(i + 1);
                }
            }

            tokens[i] = value.ToString(CultureInfo.InvariantCulture);
        }
    }

    private static int NumberValue(string token)
    {
        if (NumberWords.TryGetValue(token, out var value))
        {
            return value;
        }

        // 1st, 2nd, 3rd, 4th …
        if (token.Length >= 3 && char.IsAsciiDigit(token[0])
            && (token.EndsWith("st", StringComparison.Ordinal) || token.EndsWith("nd", StringComparison.Ordinal)
                || token.EndsWith("rd", StringComparison.Ordinal) || token.EndsWith("th", StringComparison.Ordinal)))
        {
            var digits = token.AsSpan(0, token.Length - 2);
            if (digits.Length is > 0 and < 6 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                return n;
            }
        }

        return -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static NormalizedName BuildOrganization(List<string> tokens)
    {
        var result = new NameToken[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var text = tokens[i];
            NameTokenKind kind;
            float weight;
            if (IsNumber(text) || (RomanNumerals.TryGetValue(text, out _) && i > 0))
            {
                kind = NameTokenKind.Numeric;
                weight = 1f;
                if (RomanNumerals.TryGetValue(text, out var digits))
                {
                    text = digits;
                }
            }
            else if (NameVocabulary.LegalForm(text) is { } form && (i > 0 || tokens.Count == 1 || !AmbiguousLegalForms.Contains(text)))
            {
                kind = NameTokenKind.LegalForm;
                weight = LegalFormWeight;
                text = form;
            }
            else if (NameVocabulary.IsGeneric(text))
            {
                kind = NameTokenKind.Generic;
                weight = GenericWeight;
            }
            else if (NameVocabulary.IsParticle(text))
            {
                kind = NameTokenKind.Particle;
                weight = ParticleWeightOrganization;
            }
            else if (text.Length == 1)
            {
                kind = NameTokenKind.Initial;
                weight = InitialWeightOrganization;
            }
            else
            {
                kind = NameTokenKind.Word;
                weight = 1f;
            }

            result[i] = new NameToken(text, kind == NameTokenKind.Word ? GeneralKey(text) : text, null, kind, weight);
        }

        return new NormalizedName(result, isOrganization: true, isKorean: false, hasFamily: false);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static NormalizedName BuildPerson(List<string> tokens, int familyCount)
    {
        // Titles say nothing about identity; drop them unless nothing else is left.
        var kept = new List<string>(tokens.Count);
        var keptFamily = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (NameVocabulary.IsHonorific(tokens[i]) && tokens.Count > 1)
            {
                continue;
            }

            kept.Add(tokens[i]);
            if (i < familyCount)
            {
                keptFamily++;
            }
        }

        if (kept.Count == 0)
        {
            kept.AddRange(tokens);
            keptFamily = familyCount;
        }

        var koreanFamily = KoreanFamilyIndex(kept, keptFamily);
        var isKorean = koreanFamily >= 0;
        var result = new NameToken[kept.Count];
        for (var i = 0; i < kept.Count; i++)
        {
            var text = kept[i];
            var isFamily = keptFamily > 0 ? i < keptFamily : (isKorean && i == koreanFamily);
            NameTokenKind kind;
            float weight;
            if (IsNumber(text))
            {
                kind = NameTokenKind.Numeric;
                weight = 1f;
            }
            else if (NameVocabulary.IsParticle(text) && kept.Count > 1)
            {
                kind = NameTokenKind.Particle;
                weight = ParticleWeightPerson;
            }
            else if (text.Length == 1 && !isKorean)
            {
                kind = NameTokenKind.Initial;
                weight = InitialWeightPerson;
            }
            else if (isFamily)
            {
                kind = NameTokenKind.Family;
                weight = FamilyWeight;
            }
            else
            {
                kind = NameTokenKind.Word;
                weight = 1f;
            }

            var koreanKey = isKorean ? KoreanRomanization.Fold(text, i == koreanFamily) : null;
            result[i] = new NameToken(text, GeneralKey(text), koreanKey, kind, weight);
        }

        return new NormalizedName(result, isOrganization: false, isKorean, hasFamily: keptFamily > 0 || isKorean);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int KoreanFamilyIndex(List<string> tokens, int familyCount)
    {
        if (tokens.Count is < 2 or > 5 || familyCount > 1)
        {
            return -1;
        }

        // The surname test is cheap and rejects almost every non-Korean name before the syllable parse.
        var family = KoreanRomanization.IsSurname(tokens[0]) ? 0
            : familyCount == 0 && KoreanRomanization.IsSurname(tokens[^1]) ? tokens.Count - 1
            : -1;
        if (family < 0)
        {
            return -1;
        }

        foreach (var token in tokens)
        {
            if (!KoreanRomanization.IsSyllabic(token))
            {
                return -1;
            }
        }

        return family;
    }

    private static bool IsNumber(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return text.Length > 0;
    }
}
