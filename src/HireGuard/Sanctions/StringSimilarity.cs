namespace HireGuard.Sanctions;

/// <summary>Allocation-free string similarity primitives used by the token scorer.</summary>
internal static class StringSimilarity
{
    private const int MaxLength = 64;

    /// <summary>
    /// Jaro-Winkler similarity in [0, 1] (prefix scale 0.1 over at most 4 characters, applied
    /// above a Jaro score of 0.7). Strings longer than 64 characters are compared on their first 64.
    /// </summary>
    public static double JaroWinkler(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length > MaxLength)
        {
            a = a[..MaxLength];
        }

        if (b.Length > MaxLength)
        {
            b = b[..MaxLength];
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return a.Length == b.Length ? 1.0 : 0.0;
        }

        if (a.SequenceEqual(b))
        {
            return 1.0;
        }

        var window = Math.Max(0, (Math.Max(a.Length, b.Length) / 2) - 1);
        Span<bool> aMatched = stackalloc bool[a.Length];
        Span<bool> bMatched = stackalloc bool[b.Length];
        aMatched.Clear();
        bMatched.Clear();
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var from = Math.Max(0, i - window);
            var to = Math.Min(b.Length - 1, i + window);
            for (var j = from; j <= to; j++)
            {
                if (!bMatched[j] && a[i] == b[j])
                {
                    aMatched[i] = true;
                    bMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0.0;
        }

        var transpositions = 0;
        var k = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (!aMatched[i])
            {
                continue;
            }

            while (!bMatched[k])
            {
                k++;
            }

            if (a[i] != b[k])
            {
                transpositions++;
            }

            k++;
        }

        double m = matches;
        var jaro = ((m / a.Length) + (m / b.Length) + ((m - (transpositions / 2.0)) / m)) / 3.0;
        if (jaro <= 0.7)
        {
            return jaro;
        }

        var prefix = 0;
        var maxPrefix = Math.Min(4, Math.Min(a.Length, b.Length));
        while (prefix < maxPrefix && a[prefix] == b[prefix])
        {
            prefix++;
        }

        return jaro + (prefix * 0.1 * (1.0 - jaro));
    }

    /// <summary>
    /// Optimal-string-alignment edit distance (insert, delete, substitute, swap neighbours), each
    /// costing 1. Strings longer than 64 characters are compared on their first 64.
    /// </summary>
    public static int EditDistance(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length > MaxLength)
        {
            a = a[..MaxLength];
        }

        if (b.Length > MaxLength)
        {
            b = b[..MaxLength];
        }

        if (a.Length == 0)
        {
            return b.Length;
        }

        if (b.Length == 0)
        {
            return a.Length;
        }

        var width = b.Length + 1;
        Span<int> previous2 = stackalloc int[width];
        Span<int> previous = stackalloc int[width];
        Span<int> current = stackalloc int[width];
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
            }

            var rotate = previous2;
            previous2 = previous;
            previous = current;
            current = rotate;
        }

        return previous[b.Length];
    }
}
