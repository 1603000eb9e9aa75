namespace HireGuard.Sanctions;

/// <summary>
/// Scores how similar a queried name is to a listed name, in [0, 1]. Token-level: every query
/// token (and every join of two neighbouring tokens, so <c>Ungsun</c> meets <c>Ung Sun</c>) is
/// paired with at most one listed token, best pairs first; the score is the weighted share of
/// matched weight, where unmatched query tokens count fully and unmatched listed tokens count
/// less (a list entry often carries more names than a person writes). Legal forms and generic
/// organisation words weigh little, family names more; an organisation match must rest on at
/// least one distinctive word; two Korean names must agree on every given-name syllable.
/// </summary>
internal static class NameMatcher
{
    private static readonly System.Buffers.SearchValues<char> Vowels = System.Buffers.SearchValues.Create("aeiouy");

    private const double Floor = 0.3;
    private const double MinPair = 0.35;
    private const double QueryExtra = 1.0;
    private const double ListedExtraPerson = 0.35;
    private const double ListedExtraFamily = 0.8;
    private const double ListedExtraOrganization = 0.6;
    private const double OrderPenalty = 0.9;
    private const double KoreanCap = 0.7;
    private const double DistinctiveCap = 0.5;
    private const double KeyDiscount = 0.98;
    private const double KoreanDiscount = 0.96;
    private const double InitialScore = 0.8;
    private const double StrongPair = 0.6;
    private const double ConflictPenalty = 0.15;
    private const double AcronymScore = 0.9;
    private const double EditGate = 0.65;
    private const double KeyGate = 0.6;
    private const double LetterShare = 1.0;
    private const double ShortFloor = 0.45;
    private const double KoreanSyllablePair = 0.8;
    private const double KoreanVowelScore = 0.9;
    private const double KoreanOrderPenalty = 0.75;
    private const double MinCoverage = 0.5;
    private const double CoverageCap = 0.7;

    /// <summary>Scores a query name against a listed name.</summary>
    public static double Score(NormalizedName query, NormalizedName listed)
    {
        if (query.IsEmpty || listed.IsEmpty)
        {
            return 0.0;
        }

        if (string.Equals(query.Compact, listed.Compact, StringComparison.Ordinal))
        {
            return 1.0;
        }

        var korean = query.IsKorean && listed.IsKorean;
        var qTokens = query.Tokens;
        var cTokens = listed.Tokens;
        var n = qTokens.Length;
        var m = cTokens.Length;
        Span<Pair> pairs = stackalloc Pair[(3 * n * m) + (2 * (n + m)) + 8];
        Span<float> exact = stackalloc float[n + m];
        exact.Clear();
        var count = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                var sim = TokenScore(in qTokens[i], in cTokens[j], korean);
                if (sim < MinPair)
                {
                    continue;
                }

                if (sim >= 1.0)
                {
                    exact[i] = 1;
                    exact[n + j] = 1;
                }

                pairs[count++] = new Pair((float)sim, qTokens[i].Weight + cTokens[j].Weight, 1u << i, 1u << j);
            }
        }

        // Joined neighbours ("ung sun" ~ "ungsun"), only where the single tokens did not match exactly.
        AddJoinedPairs(query.Joined, exact[..n], cTokens, joinedIsQuery: true, korean, pairs, ref count);
        AddJoinedPairs(listed.Joined, exact[n..], qTokens, joinedIsQuery: false, korean, pairs, ref count);

        if (!korean)
        {
            var persons = !query.IsOrganization && !listed.IsOrganization;
            AddAcronymPairs(qTokens, cTokens, shortIsQuery: true, persons, pairs, ref count);
            AddAcronymPairs(cTokens, qTokens, shortIsQuery: false, persons, pairs, ref count);
        }

        Sort(pairs[..count]);

        uint qUsed = 0;
        uint cUsed = 0;
        uint qStrong = 0;
        uint cStrong = 0;
        uint qSyllable = 0;
        uint cSyllable = 0;
        double numerator = 0;
        double denominator = 0;
        Span<byte> order = stackalloc byte[32];
        var orderCount = 0;
        for (var p = 0; p < count; p++)
        {
            var pair = pairs[p];
            if ((pair.QMask & qUsed) != 0 || (pair.CMask & cUsed) != 0)
            {
                continue;
            }

            qUsed |= pair.QMask;
            cUsed |= pair.CMask;
            if (pair.Sim >= StrongPair)
            {
                qStrong |= pair.QMask;
                cStrong |= pair.CMask;
            }

            if (pair.Sim >= KoreanSyllablePair)
            {
                qSyllable |= pair.QMask;
                cSyllable |= pair.CMask;
            }

            numerator += pair.Sim * pair.Weight;
            denominator += pair.Weight;
            if (orderCount < order.Length)
            {
                order[orderCount++] = (byte)((System.Numerics.BitOperations.TrailingZeroCount(pair.QMask) << 4)
                    | System.Numerics.BitOperations.TrailingZeroCount(pair.CMask));
            }
        }

        var listedExtra = listed.IsOrganization ? ListedExtraOrganization : ListedExtraPerson;
        var queryLoose = 0;
        for (var i = 0; i < qTokens.Length; i++)
        {
            if ((qStrong & (1u << i)) == 0 && qTokens[i].IsDistinctive)
            {
                queryLoose++;
            }

            if ((qUsed & (1u << i)) == 0)
            {
                denominator += QueryExtra * qTokens[i].Weight;
            }
        }

        var listedLoose = 0;
        double cDistinctWeight = 0;
        double cMatchedDistinctWeight = 0;
        for (var j = 0; j < cTokens.Length; j++)
        {
            if (cTokens[j].IsDistinctive)
            {
                cDistinctWeight += cTokens[j].Weight;
                if ((cStrong & (1u << j)) != 0)
                {
                    cMatchedDistinctWeight += cTokens[j].Weight;
                }
            }

            if ((cStrong & (1u << j)) == 0 && cTokens[j].IsDistinctive)
            {
                listedLoose++;
            }

            if ((cUsed & (1u << j)) == 0)
            {
                var factor = cTokens[j].Kind == NameTokenKind.Family ? ListedExtraFamily : listedExtra;
                denominator += factor * cTokens[j].Weight;
            }
        }

        // A distinctive part on each side that found no good partner is a substitution: another person.
        var conflicts = Math.Min(Math.Min(queryLoose, listedLoose), 2);

        if (denominator <= 0)
        {
            return 0.0;
        }

        var score = numerator / denominator;
        score *= 1.0 - (ConflictPenalty * conflicts);

        if (listed.IsOrganization || query.IsOrganization)
        {
            if (!RestsOnDistinctive(qTokens, qStrong, cTokens, cStrong))
            {
                score = Math.Min(score, DistinctiveCap);
            }
        }
        else if (korean && (!AllMatched(qTokens.Length, qSyllable) || !AllMatched(cTokens.Length, cSyllable)))
        {
            score = Math.Min(score, KoreanCap);
        }

        var inversions = Inversions(order[..orderCount]);
        if (inversions > 0)
        {
            score *= korean ? KoreanOrderPenalty : OrderPenalty;
        }

        // One matched name out of several listed ones (a bare "Kim") is not a name match.
        if (!listed.IsOrganization && !query.IsOrganization && cDistinctWeight > 0
            && (cMatchedDistinctWeight < MinCoverage * cDistinctWeight
                || (query.DistinctiveCount == 1 && listed.DistinctiveCount > 1)))
        {
            score = Math.Min(score, CoverageCap);
        }

        return Math.Clamp(score, 0.0, 1.0);
    }

    /// <summary>Scores one token pair in [0, 1].</summary>
    internal static double TokenScore(in NameToken q, in NameToken c, bool korean)
    {
        if (string.Equals(q.Text, c.Text, StringComparison.Ordinal))
        {
            return 1.0;
        }

        if (q.Kind == NameTokenKind.Numeric || c.Kind == NameTokenKind.Numeric)
        {
            return 0.0;
        }

        if (korean && q.KoreanKey is not null && c.KoreanKey is not null
            && string.Equals(q.KoreanKey, c.KoreanKey, StringComparison.Ordinal))
        {
            return KoreanDiscount;
        }

        if (q.Text.Length == 1 || c.Text.Length == 1)
        {
            // An initial stands for any name starting with that letter.
            return q.Text[0] == c.Text[0] && (q.Kind == NameTokenKind.Initial || c.Kind == NameTokenKind.Initial)
                ? InitialScore
                : 0.0;
        }

        if (string.Equals(q.Key, c.Key, StringComparison.Ordinal))
        {
            return KeyDiscount;
        }

        if (korean && q.KoreanKey is { Length: > 2 } qk && c.KoreanKey is { Length: > 2 } ck && KoreanRomanization.EqualUpToOU(qk, ck))
        {
            return KoreanVowelScore;
        }

        if (q.Text.Length <= 2 || c.Text.Length <= 2)
        {
            return 0.0;
        }

        // Tokens sharing few letters (in any spelling) cannot be similar: under half the letter
        // kinds of the shorter token in common keeps Jaro-Winkler far below the floor.
        var shared = System.Numerics.BitOperations.PopCount(q.Letters & c.Letters);
        if (shared == 0 || shared * 2 < Math.Min(Distinct(q.Letters), Distinct(c.Letters)) * LetterShare)
        {
            return 0.0;
        }

        var best = Similarity(q.Text, c.Text);

        // Spelling keys make similar tokens more similar; they do not rescue unrelated ones.
        if (best >= KeyGate)
        {
            if (!ReferenceEquals(q.Key, q.Text) || !ReferenceEquals(c.Key, c.Text))
            {
                best = Math.Max(best, KeyDiscount * Similarity(q.Key, c.Key));
            }

            if (korean && q.KoreanKey is not null && c.KoreanKey is not null)
            {
                best = Math.Max(best, KoreanDiscount * Similarity(q.KoreanKey, c.KoreanKey));
            }
        }

        // Short tokens (Kang/Tang, Lan/Fan) are different names after one edit: a steeper floor.
        var floor = Math.Max(q.Text.Length, c.Text.Length) <= 4 ? ShortFloor : Floor;
        return best <= floor ? 0.0 : (best - floor) / (1.0 - floor);
    }

    private static int Distinct(uint letters) => System.Numerics.BitOperations.PopCount(letters);

    /// <summary>The mean of Jaro-Winkler and normalised edit similarity (edit distance only where Jaro-Winkler is promising).</summary>
    private static double Similarity(string a, string b)
    {
        var jw = StringSimilarity.JaroWinkler(a, b);
        if (jw < EditGate)
        {
            return jw;
        }

        var edit = 1.0 - ((double)StringSimilarity.EditDistance(a, b) / Math.Max(a.Length, b.Length));
        return (jw + edit) / 2;
    }

    private static void AddJoinedPairs(
        NameToken[] joined, Span<float> exact, NameToken[] others, bool joinedIsQuery, bool korean, Span<Pair> pairs, ref int count)
    {
        for (var i = 0; i < joined.Length; i++)
        {
            if (exact[i] > 0 && exact[i + 1] > 0)
            {
                continue;
            }

            ref readonly var unit = ref joined[i];
            var length = unit.Text.Length;
            if (length == 0)
            {
                continue;
            }

            for (var j = 0; j < others.Length; j++)
            {
                ref readonly var other = ref others[j];
                if (Math.Abs(other.Text.Length - length) > Math.Max(2, length / 4))
                {
                    continue;
                }

                var sim = joinedIsQuery ? TokenScore(in unit, in other, korean) : TokenScore(in other, in unit, korean);
                if (sim < MinPair || count >= pairs.Length)
                {
                    continue;
                }

                var joinedMask = 3u << i;
                var single = 1u << j;
                pairs[count++] = joinedIsQuery
                    ? new Pair((float)sim, unit.Weight + other.Weight, joinedMask, single)
                    : new Pair((float)sim, unit.Weight + other.Weight, single, joinedMask);
            }
        }
    }

    private static void AddAcronymPairs(
        NameToken[] shortSide, NameToken[] runSide, bool shortIsQuery, bool persons, Span<Pair> pairs, ref int count)
    {
        for (var i = 0; i < shortSide.Length; i++)
        {
            var token = shortSide[i];
            var length = token.Text.Length;
            if (length is < 2 or > 6 || length > runSide.Length || token.Kind is not (NameTokenKind.Word or NameTokenKind.Family))
            {
                continue;
            }

            if (persons && (length > 3 || token.Text.AsSpan().IndexOfAny(Vowels) >= 0))
            {
                continue;
            }

            for (var start = 0; start + length <= runSide.Length; start++)
            {
                var weight = token.Weight;
                var matches = true;
                for (var k = 0; k < length && matches; k++)
                {
                    var part = runSide[start + k];
                    matches = part.Text[0] == token.Text[k] && part.Kind != NameTokenKind.Numeric;
                    weight += part.Weight;
                }

                if (matches && count < pairs.Length)
                {
                    var run = ((1u << length) - 1) << start;
                    var single = 1u << i;
                    pairs[count++] = shortIsQuery
                        ? new Pair((float)AcronymScore, weight, single, run)
                        : new Pair((float)AcronymScore, weight, run, single);
                }
            }
        }
    }

    private static bool RestsOnDistinctive(NameToken[] q, uint qUsed, NameToken[] c, uint cUsed)
    {
        // Some distinctive listed word must be matched, unless the listed name has none.
        var listedHasDistinctive = false;
        for (var j = 0; j < c.Length; j++)
        {
            if (c[j].IsDistinctive)
            {
                listedHasDistinctive = true;
                if ((cUsed & (1u << j)) != 0)
                {
                    return true;
                }
            }
        }

        if (listedHasDistinctive)
        {
            return false;
        }

        // A listed name of generic words only (e.g. "KOREA TRADING CORPORATION") needs everything matched.
        for (var i = 0; i < q.Length; i++)
        {
            if (q[i].IsDistinctive && (qUsed & (1u << i)) == 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllMatched(int length, uint mask) => mask == (length >= 32 ? uint.MaxValue : (1u << length) - 1);

    /// <summary>
    /// Counts the pairs of matched tokens written in opposite orders, after allowing one rotation
    /// (moving the family name from the end to the front, as lists write it, is no reordering).
    /// </summary>
    private static int Inversions(Span<byte> order)
    {
        if (order.Length < 2)
        {
            return 0;
        }

        // Sort by query position; the low nibble is then the listed position.
        for (var i = 1; i < order.Length; i++)
        {
            var value = order[i];
            var k = i - 1;
            while (k >= 0 && order[k] > value)
            {
                order[k + 1] = order[k];
                k--;
            }

            order[k + 1] = value;
        }

        var best = int.MaxValue;
        for (var rotation = 0; rotation < order.Length; rotation++)
        {
            var inversions = 0;
            for (var a = 0; a < order.Length; a++)
            {
                for (var b = a + 1; b < order.Length; b++)
                {
                    var x = order[(a + rotation) % order.Length] & 0xF;
                    var y = order[(b + rotation) % order.Length] & 0xF;
                    if (x > y)
                    {
                        inversions++;
                    }
                }
            }

            best = Math.Min(best, inversions);
        }

        return best;
    }

    private static void Sort(Span<Pair> pairs)
    {
        if (pairs.Length <= 12)
        {
            for (var i = 1; i < pairs.Length; i++)
            {
                var value = pairs[i];
                var k = i - 1;
                while (k >= 0 && Before(value, pairs[k]))
                {
                    pairs[k + 1] = pairs[k];
                    k--;
                }

                pairs[k + 1] = value;
            }

            return;
        }

        pairs.Sort(default(PairOrder));
    }

    private static bool Before(in Pair a, in Pair b) => a.Sim > b.Sim || (a.Sim == b.Sim && (a.Weight > b.Weight
        || (a.Weight == b.Weight && (a.QMask < b.QMask || (a.QMask == b.QMask && a.CMask < b.CMask)))));

    /// <summary>Best pairs first; ties broken by weight, then position, so the order is total and deterministic.</summary>
    private readonly struct PairOrder : IComparer<Pair>
    {
        public int Compare(Pair x, Pair y) => Before(x, y) ? -1 : Before(y, x) ? 1 : 0;
    }

    private readonly record struct Pair(float Sim, float Weight, uint QMask, uint CMask);
}
