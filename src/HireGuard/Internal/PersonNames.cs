namespace HireGuard.Internal;

/// <summary>
/// Compares person names the way a payroll reviewer would: order-insensitive, accent- and
/// punctuation-insensitive, tolerant of initials, middle names and small spelling differences.
/// </summary>
internal static class PersonNames
{
    /// <summary>
    /// Returns a similarity in [0, 1]: the length-weighted mean of each token of the shorter name's
    /// best match in the longer one (initials match a token with that first letter at 0.9). Extra
    /// tokens in the longer name (middle names) cost nothing, but at least two tokens must match
    /// when both names have two or more.
    /// </summary>
    public static double Similarity(string? a, string? b)
    {
        var ta = TextFolding.Tokens(a);
        var tb = TextFolding.Tokens(b);
        if (ta.Length == 0 || tb.Length == 0)
        {
            return 0.0;
        }

        var (shorter, longer) = ta.Length <= tb.Length ? (ta, tb) : (tb, ta);
        Span<bool> used = longer.Length <= 64 ? stackalloc bool[longer.Length] : new bool[longer.Length];
        double weighted = 0;
        double totalWeight = 0;
        var strongMatches = 0;
        foreach (var token in shorter)
        {
            var best = 0.0;
            var bestIndex = -1;
            for (var j = 0; j < longer.Length; j++)
            {
                if (used[j])
                {
                    continue;
                }

                var score = TokenSimilarity(token, longer[j]);
                if (score > best)
                {
                    best = score;
                    bestIndex = j;
                }
            }

            if (bestIndex >= 0)
            {
                used[bestIndex] = true;
            }

            if (best >= 0.88)
            {
                strongMatches++;
            }

            var weight = Math.Max(2, token.Length);
            weighted += best * weight;
            totalWeight += weight;
        }

        var similarity = weighted / totalWeight;
        if (shorter.Length >= 2 && strongMatches < 2)
        {
            similarity = Math.Min(similarity, 0.7);
        }

        return similarity;
    }

    /// <summary>The best similarity of <paramref name="candidate"/> to any of <paramref name="names"/>.</summary>
    public static double BestSimilarity(string? candidate, IEnumerable<string?> names)
    {
        var best = 0.0;
        foreach (var name in names)
        {
            best = Math.Max(best, Similarity(candidate, name));
        }

        return best;
    }

    private static double TokenSimilarity(string x, string y)
    {
        if (string.Equals(x, y, StringComparison.Ordinal))
        {
            return 1.0;
        }

        if ((x.Length == 1 || y.Length == 1) && x[0] == y[0])
        {
            return 0.9;
        }

        return JaroWinkler.Similarity(x, y);
    }
}
