using System.Runtime.CompilerServices;

namespace HireGuard.Sanctions;

/// <summary>
/// An inverted index over every listed name, so a query scores a handful of candidates instead of
/// the whole list. Two levels: a vocabulary of terms (each distinct token, its transliteration keys
/// and joined neighbour tokens) with the names that contain each term, and a typo map from the
/// one-character deletions of every term of five or more letters to the terms, so a misspelt token
/// still finds the right names (a query looks up its own deletions and itself). Terms are held as
/// 64-bit hashes and postings flat; deletions are computed per distinct term, not per name, which
/// keeps loading fast. A query adds up rarity-weighted evidence per name, keeps the best candidates
/// and scores only those with <see cref="NameMatcher"/>. Immutable and thread-safe; per-query
/// scratch space is thread-local.
/// </summary>
internal sealed class NameIndex
{
    /// <summary>How many candidates are scored in full per query, at most.</summary>
    public const int CandidateCount = 16;

    private const int MinDeletionLength = 5;
    private const int ParallelThreshold = 4096;
    private const float RelativeEvidence = 0.7f;
    private const int MinCandidates = 3;
    private const float MinShareOfQuery = 0.35f;
    private const int CommonTermPostings = 2048;
    private const int RareTermPostings = 128;
    private const int KnownTermPostings = 8;
    private const float KeyWeight = 0.95f;
    private const float TypoWeight = 0.8f;
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    // Korean keys live in their own key space: they mean something only against other Korean keys.
    private const ulong KoreanSalt = 0x9E3779B97F4A7C15UL;

    [ThreadStatic]
    private static Scratch? ThreadScratch;

    private readonly Dictionary<ulong, int> _terms;
    private readonly int[] _termOffsets;
    private readonly int[] _termPostings;
    private readonly float[] _rarity;
    private readonly Dictionary<ulong, int> _typos;
    private readonly int[] _typoOffsets;
    private readonly int[] _typoTerms;

    private NameIndex(
        IndexedName[] names,
        Dictionary<ulong, int> terms,
        int[] termOffsets,
        int[] termPostings,
        float[] rarity,
        Dictionary<ulong, int> typos,
        int[] typoOffsets,
        int[] typoTerms)
    {
        Names = names;
        _terms = terms;
        _termOffsets = termOffsets;
        _termPostings = termPostings;
        _rarity = rarity;
        _typos = typos;
        _typoOffsets = typoOffsets;
        _typoTerms = typoTerms;
    }

    /// <summary>Gets every indexed name.</summary>
    public IndexedName[] Names { get; }

    /// <summary>Gets the number of distinct terms.</summary>
    public int KeyCount => _terms.Count;

    /// <summary>Builds the index.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static NameIndex Build(IReadOnlyList<SanctionsEntry> entries)
    {
        var names = NormalizeAll(entries);

        // Level 1: terms and the names holding them. Names are visited in id order, so every
        // posting list comes out sorted; a name holding a term twice is recorded once.
        var terms = new Dictionary<ulong, int>(names.Length * 2);
        var termText = new List<string>(names.Length * 2);
        var pairTerms = new List<int>(names.Length * 8);
        var pairNames = new List<int>(names.Length * 8);
        var lastName = new List<int>(names.Length * 2);
        var deletable = new List<bool>(names.Length * 2);
        Span<int> nameTerms = stackalloc int[(NameNormalizer.MaxTokens * 6) + 8];
        for (var id = 0; id < names.Length; id++)
        {
            var count = NameTerms(names[id].Normalized, nameTerms, new TermTable(terms, termText, lastName, deletable));
            for (var k = 0; k < count; k++)
            {
                var term = nameTerms[k];
                if (lastName[term] == id)
                {
                    continue;
                }

                lastName[term] = id;
                pairTerms.Add(term);
                pairNames.Add(id);
            }
        }

        var termOffsets = new int[terms.Count + 1];
        foreach (var term in pairTerms)
        {
            termOffsets[term + 1]++;
        }

        for (var t = 0; t < terms.Count; t++)
        {
            termOffsets[t + 1] += termOffsets[t];
        }

        var termPostings = new int[pairTerms.Count];
        var fill = termOffsets[..^1];
        for (var p = 0; p < pairTerms.Count; p++)
        {
            termPostings[fill[pairTerms[p]]++] = pairNames[p];
        }

        var rarity = new float[terms.Count];
        for (var t = 0; t < rarity.Length; t++)
        {
            var df = termOffsets[t + 1] - termOffsets[t];
            rarity[t] = (float)(1.0 / (1.0 + Math.Log2(1.0 + (df / 4.0))));
        }

        // Level 2: one-character deletions of every term of five or more letters.
        var typoKeys = new List<ulong>(terms.Count * 4);
        var typoValues = new List<int>(terms.Count * 4);
        for (var t = 0; t < termText.Count; t++)
        {
            var text = termText[t];
            if (text.Length < MinDeletionLength || !deletable[t])
            {
                continue;
            }

            for (var skip = 0; skip < text.Length; skip++)
            {
                typoKeys.Add(HashWithout(text, skip));
                typoValues.Add(t);
            }
        }

        var keyArray = typoKeys.ToArray();
        var valueArray = typoValues.ToArray();
        Array.Sort(keyArray, valueArray);
        var typos = new Dictionary<ulong, int>(keyArray.Length / 2);
        var typoOffsets = new List<int>(keyArray.Length / 2);
        for (var i = 0; i < keyArray.Length; i++)
        {
            if (i == 0 || keyArray[i] != keyArray[i - 1])
            {
                typos.Add(keyArray[i], typoOffsets.Count);
                typoOffsets.Add(i);
            }
        }

        typoOffsets.Add(keyArray.Length);
        return new NameIndex(names, terms, termOffsets, termPostings, rarity, typos, [.. typoOffsets], valueArray);
    }

    /// <summary>
    /// Finds the names most likely to match <paramref name="query"/> and scores each in full.
    /// </summary>
    /// <param name="query">The normalised query name.</param>
    /// <param name="kind">The party kind to restrict to, or <see cref="SanctionsPartyKind.Unknown"/> for all.</param>
    /// <param name="results">Receives (name id, score) pairs, unordered.</param>
    /// <returns>The number of results written.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Search(NormalizedName query, SanctionsPartyKind kind, Span<(int Id, double Score)> results)
    {
        if (query.IsEmpty || Names.Length == 0)
        {
            return 0;
        }

        var scratch = ThreadScratch;
        if (scratch is null || scratch.Evidence.Length < Names.Length)
        {
            scratch = new Scratch(Names.Length);
            ThreadScratch = scratch;
        }

        scratch.Stamp++;
        if (scratch.Stamp == int.MaxValue)
        {
            Array.Clear(scratch.Seen);
            scratch.Stamp = 1;
        }

        var touched = 0;
        var potential = 0f;
        Span<int> typoTerms = stackalloc int[256];
        var units = query.Tokens.Length + query.Joined.Length;
        for (var u = 0; u < units; u++)
        {
            var joined = u >= query.Tokens.Length;
            ref readonly var token = ref joined ? ref query.Joined[u - query.Tokens.Length] : ref query.Tokens[u];
            if ((!joined && !IsIndexed(token) && query.DistinctiveCount > 0) || token.Text.Length == 0)
            {
                continue;
            }

            // The token as written, then its spelling keys (only where rare enough to add anything).
            var exact = Term(token.Text);
            if (!joined)
            {
                potential += token.Weight * (exact >= 0 ? _rarity[exact] : 1f);
            }

            if (exact >= 0)
            {
                Accumulate(exact, token.Weight, u, scratch, ref touched);
            }

            if (!joined && !ReferenceEquals(token.Key, token.Text) && Term(token.Key) is var key and >= 0 && key != exact && Postings(key) <= CommonTermPostings)
            {
                Accumulate(key, token.Weight * KeyWeight, u, scratch, ref touched);
            }

            if (token.KoreanKey is { } korean && Term(korean, KoreanSalt) is var koreanTerm and >= 0 && koreanTerm != exact && Postings(koreanTerm) <= CommonTermPostings)
            {
                Accumulate(koreanTerm, token.Weight * KeyWeight, u, scratch, ref touched);
            }

            // Typos: listed terms one deletion, insertion or substitution away, while they are rare.
            // A token the lists already know well is no typo; and a near miss never counts as rarer
            // than the token itself (Maria is not Daria just because Daria is rare).
            if (!joined && token.Text.Length >= MinDeletionLength - 1 && (exact < 0 || Postings(exact) < KnownTermPostings))
            {
                var found = TypoTerms(token.Text, typoTerms);
                var ceiling = exact >= 0 ? _rarity[exact] : 1f;
                for (var f = 0; f < found; f++)
                {
                    var term = typoTerms[f];
                    if (term != exact && Postings(term) <= RareTermPostings)
                    {
                        Accumulate(term, token.Weight * TypoWeight, u, scratch, ref touched, ceiling);
                    }
                }
            }
        }

        // Keep the strongest candidates of the right kind.
        Span<int> best = stackalloc int[CandidateCount];
        Span<float> bestEvidence = stackalloc float[CandidateCount];
        var bestCount = 0;
        for (var t = 0; t < touched; t++)
        {
            var id = scratch.Touched[t];
            if (kind != SanctionsPartyKind.Unknown && Names[id].Kind != kind)
            {
                continue;
            }

            // Among equal evidence, shorter listed names can score higher: prefer them.
            var evidence = scratch.Evidence[id] - (0.001f * Names[id].Normalized.Tokens.Length);
            if (bestCount == CandidateCount && evidence <= bestEvidence[bestCount - 1])
            {
                continue;
            }

            var at = bestCount < CandidateCount ? bestCount++ : bestCount - 1;
            while (at > 0 && bestEvidence[at - 1] < evidence)
            {
                best[at] = best[at - 1];
                bestEvidence[at] = bestEvidence[at - 1];
                at--;
            }

            best[at] = id;
            bestEvidence[at] = evidence;
        }

        // Candidates far behind the best one on the evidence cannot beat it on the full score.
        // So are candidates that share only a small part of what the query could match (one
        // word of a three-word name).
        var cutoff = Math.Max(bestCount > 0 ? bestEvidence[0] * RelativeEvidence : 0f, potential * MinShareOfQuery);
        var written = 0;
        for (var b = 0; b < bestCount && written < results.Length && (b < MinCandidates || bestEvidence[b] >= cutoff); b++)
        {
            var id = best[b];
            results[written++] = (id, NameMatcher.Score(query, Names[id].Normalized));
        }

        return written;
    }

    private static bool IsIndexed(in NameToken token) => token.Kind is not (NameTokenKind.Particle or NameTokenKind.LegalForm);

    private static IndexedName[] NormalizeAll(IReadOnlyList<SanctionsEntry> entries)
    {
        var work = new List<(int Entry, ListedName Name)>(entries.Count * 3);
        for (var e = 0; e < entries.Count; e++)
        {
            foreach (var name in entries[e].Names)
            {
                work.Add((e, name));
            }
        }

        // Normalising is independent per name: spread it over the cores; the order stays the input order.
        var normalized = new NormalizedName[work.Count];
        void Normalize(int i)
        {
            var entry = entries[work[i].Entry];
            normalized[i] = NameNormalizer.Normalize(work[i].Name.Text, entry.Kind, entry.Kind == SanctionsPartyKind.Individual);
        }

        if (work.Count >= ParallelThreshold)
        {
            Parallel.For(0, work.Count, Normalize);
        }
        else
        {
            for (var i = 0; i < work.Count; i++)
            {
                Normalize(i);
            }
        }

        var names = new List<IndexedName>(work.Count);
        for (var i = 0; i < work.Count; i++)
        {
            if (!normalized[i].IsEmpty)
            {
                names.Add(new IndexedName(work[i].Entry, entries[work[i].Entry].Kind, work[i].Name, normalized[i]));
            }
        }

        return [.. names];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int NameTerms(NormalizedName name, Span<int> output, TermTable table)
    {
        var any = false;
        foreach (var token in name.Tokens)
        {
            any |= IsIndexed(token);
        }

        var count = 0;
        foreach (var token in name.Tokens)
        {
            if (!any || IsIndexed(token))
            {
                count = AddTerms(in token, output, count, table, typos: true);
            }
        }

        foreach (var token in name.Joined)
        {
            if (token.Text.Length > 0)
            {
                // Joined tokens as written and in Korean romanisation, not under the general key
                // (which would turn "woo han" into "wuhan").
                count = AddTerm(token.Text, output, count, table, typos: false);
                if (token.KoreanKey is { } korean)
                {
                    count = AddTerm(korean, output, count, table, typos: false, KoreanSalt);
                }
            }
        }

        return count;
    }

    private static int AddTerms(in NameToken token, Span<int> output, int count, TermTable table, bool typos)
    {
        count = AddTerm(token.Text, output, count, table, typos);
        if (!ReferenceEquals(token.Key, token.Text))
        {
            count = AddTerm(token.Key, output, count, table, typos: false);
        }

        if (token.KoreanKey is { } korean)
        {
            count = AddTerm(korean, output, count, table, typos: false, KoreanSalt);
        }

        return count;
    }

    private static int AddTerm(string text, Span<int> output, int count, TermTable table, bool typos, ulong salt = 0)
    {
        var hash = Hash(text) ^ salt;
        if (!table.Terms.TryGetValue(hash, out var term))
        {
            term = table.Text.Count;
            table.Terms.Add(hash, term);
            table.Text.Add(text);
            table.LastName.Add(-1);
            table.Deletable.Add(false);
        }

        // Typo variants are built from tokens as written (not from keys or joined tokens).
        table.Deletable[term] |= typos;
        if (count < output.Length)
        {
            output[count++] = term;
        }

        return count;
    }

    private int Term(string text, ulong salt = 0) => _terms.TryGetValue(Hash(text) ^ salt, out var term) ? term : -1;

    private int Postings(int term) => _termOffsets[term + 1] - _termOffsets[term];

    /// <summary>
    /// Finds the listed terms one edit from <paramref name="text"/>: terms that become the query
    /// after one deletion, terms the query becomes after one deletion, and terms sharing a deletion.
    /// </summary>
    private int TypoTerms(string text, Span<int> output)
    {
        var count = 0;
        count = AddTypos(Hash(text), output, count);
        if (text.Length >= MinDeletionLength)
        {
            for (var skip = 0; skip < text.Length && count < output.Length; skip++)
            {
                var hash = HashWithout(text, skip);
                if (_terms.TryGetValue(hash, out var shorter))
                {
                    count = AddUnique(shorter, output, count);
                }

                count = AddTypos(hash, output, count);
            }
        }

        return count;
    }

    private int AddTypos(ulong hash, Span<int> output, int count)
    {
        if (_typos.TryGetValue(hash, out var slot))
        {
            for (var i = _typoOffsets[slot]; i < _typoOffsets[slot + 1] && count < output.Length; i++)
            {
                count = AddUnique(_typoTerms[i], output, count);
            }
        }

        return count;
    }

    private static int AddUnique(int term, Span<int> output, int count)
    {
        if (count < output.Length && output[..count].IndexOf(term) < 0)
        {
            output[count++] = term;
        }

        return count;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Accumulate(int term, float weight, int unit, Scratch scratch, ref int touched, float rarityCeiling = 1f)
    {
        var gain = weight * Math.Min(_rarity[term], rarityCeiling);
        var to = _termOffsets[term + 1];
        for (var p = _termOffsets[term]; p < to; p++)
        {
            var id = _termPostings[p];
            if (scratch.Seen[id] != scratch.Stamp)
            {
                scratch.Seen[id] = scratch.Stamp;
                scratch.Evidence[id] = 0;
                scratch.TokenMark[id] = -1;
                if (touched < scratch.Touched.Length)
                {
                    scratch.Touched[touched++] = id;
                }
            }
            else if (scratch.TokenMark[id] == unit)
            {
                // This query token already counted for this name through a better term.
                continue;
            }

            scratch.TokenMark[id] = unit;
            scratch.Evidence[id] += gain;
        }
    }

    private static ulong Hash(string text)
    {
        var hash = FnvOffset;
        foreach (var c in text)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        return hash;
    }

    private static ulong HashWithout(string text, int skip)
    {
        var hash = FnvOffset;
        for (var i = 0; i < text.Length; i++)
        {
            if (i != skip)
            {
                hash = (hash ^ text[i]) * FnvPrime;
            }
        }

        return hash;
    }

    /// <summary>The term tables while the index is built.</summary>
    private readonly record struct TermTable(Dictionary<ulong, int> Terms, List<string> Text, List<int> LastName, List<bool> Deletable);

    /// <summary>Per-thread scratch space for one query.</summary>
    private sealed class Scratch(int size)
    {
        public float[] Evidence { get; } = new float[size];

        public int[] Seen { get; } = new int[size];

        public int[] TokenMark { get; } = new int[size];

        public int[] Touched { get; } = new int[size];

        public int Stamp { get; set; }
    }
}
