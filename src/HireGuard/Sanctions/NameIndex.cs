using System.Runtime.CompilerServices;

namespace HireGuard.Sanctions;

/// <summary>
/// An inverted index over every listed name, so a query scores a few dozen candidates instead of
/// the whole list. Keys per token: the folded token, its transliteration keys, its one-character
/// deletions (tokens of five or more letters, so a typo still meets the right name) and joined
/// neighbour tokens. Postings are stored flat (one int array), keys as 64-bit hashes; a query adds
/// up rarity-weighted evidence per name, keeps the best candidates, and only those are scored by
/// <see cref="NameMatcher"/>. Immutable and thread-safe; per-query scratch space is thread-local.
/// </summary>
internal sealed class NameIndex
{
    /// <summary>How many candidates are scored in full per query.</summary>
    public const int CandidateCount = 24;

    private const int MinDeletionLength = 5;
    private const float RelativeEvidence = 0.7f;
    private const int MinCandidates = 3;
    private const int CommonKeyPostings = 2048;
    private const int RareKeyPostings = 128;
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    [ThreadStatic]
    private static Scratch? ThreadScratch;

    private readonly Dictionary<ulong, int> _slots;
    private readonly int[] _offsets;
    private readonly int[] _postings;
    private readonly float[] _rarity;

    private NameIndex(IndexedName[] names, Dictionary<ulong, int> slots, int[] offsets, int[] postings, float[] rarity)
    {
        Names = names;
        _slots = slots;
        _offsets = offsets;
        _postings = postings;
        _rarity = rarity;
    }

    /// <summary>Gets every indexed name.</summary>
    public IndexedName[] Names { get; }

    /// <summary>Gets the number of distinct keys.</summary>
    public int KeyCount => _slots.Count;

    /// <summary>Builds the index.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static NameIndex Build(IReadOnlyList<SanctionsEntry> entries)
    {
        var names = new List<IndexedName>(entries.Count * 3);
        for (var e = 0; e < entries.Count; e++)
        {
            var entry = entries[e];
            var familyFirst = entry.Kind == SanctionsPartyKind.Individual;
            foreach (var name in entry.Names)
            {
                var normalized = NameNormalizer.Normalize(name.Text, entry.Kind, familyFirst);
                if (!normalized.IsEmpty)
                {
                    names.Add(new IndexedName(e, entry.Kind, name, normalized));
                }
            }
        }

        var keys = new List<ulong>(names.Count * 16);
        var ids = new List<int>(names.Count * 16);
        Span<ulong> buffer = stackalloc ulong[MaxKeysPerName];
        for (var id = 0; id < names.Count; id++)
        {
            var count = NameKeys(names[id].Normalized, buffer);
            var unique = buffer[..count];
            unique.Sort();
            ulong previous = 0;
            for (var k = 0; k < unique.Length; k++)
            {
                if (k > 0 && unique[k] == previous)
                {
                    continue;
                }

                previous = unique[k];
                keys.Add(unique[k]);
                ids.Add(id);
            }
        }

        var keyArray = keys.ToArray();
        var idArray = ids.ToArray();
        Array.Sort(keyArray, idArray);

        var slots = new Dictionary<ulong, int>(keyArray.Length / 2);
        var offsets = new List<int>(keyArray.Length / 2);
        for (var i = 0; i < keyArray.Length; i++)
        {
            if (i == 0 || keyArray[i] != keyArray[i - 1])
            {
                slots.Add(keyArray[i], offsets.Count);
                offsets.Add(i);
            }
        }

        offsets.Add(keyArray.Length);
        var offsetArray = offsets.ToArray();
        var rarity = new float[slots.Count];
        for (var s = 0; s < rarity.Length; s++)
        {
            var df = offsetArray[s + 1] - offsetArray[s];
            rarity[s] = (float)(1.0 / (1.0 + Math.Log2(1.0 + (df / 4.0))));
        }

        return new NameIndex([.. names], slots, offsetArray, idArray, rarity);
    }

    /// <summary>
    /// Finds the names most likely to match <paramref name="query"/> and scores each in full.
    /// </summary>
    /// <param name="query">The normalised query name.</param>
    /// <param name="kind">The party kind to restrict to, or <see cref="SanctionsPartyKind.Unknown"/> for all.</param>
    /// <param name="results">Receives (name id, score) pairs, unordered.</param>
    /// <returns>The number of results written.</returns>
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
        Span<ulong> keys = stackalloc ulong[MaxKeysPerToken];
        Span<float> keyWeights = stackalloc float[MaxKeysPerToken];
        var units = query.Tokens.Length + query.Joined.Length;
        for (var u = 0; u < units; u++)
        {
            var joined = u >= query.Tokens.Length;
            ref readonly var token = ref joined ? ref query.Joined[u - query.Tokens.Length] : ref query.Tokens[u];
            if ((!joined && !IsIndexed(token) && query.DistinctiveCount > 0) || token.Text.Length == 0)
            {
                continue;
            }

            var count = TokenKeys(in token, keys, keyWeights, joined);
            for (var k = 0; k < count; k++)
            {
                if (!_slots.TryGetValue(keys[k], out var slot))
                {
                    continue;
                }

                var from = _offsets[slot];
                var to = _offsets[slot + 1];

                // Spelling keys of common words add nothing the word itself did not find; typo
                // keys (deletions) are only worth following while they are rare.
                var limit = keyWeights[k] < 0.9f ? RareKeyPostings : CommonKeyPostings;
                if (to - from > limit && k > 0)
                {
                    continue;
                }

                var gain = token.Weight * keyWeights[k] * _rarity[slot];
                for (var p = from; p < to; p++)
                {
                    var id = _postings[p];
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
                    else if (scratch.TokenMark[id] == u)
                    {
                        // This query token already counted for this name through a better key.
                        continue;
                    }

                    scratch.TokenMark[id] = u;
                    scratch.Evidence[id] += gain;
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

            var evidence = scratch.Evidence[id];
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
        var cutoff = bestCount > 0 ? bestEvidence[0] * RelativeEvidence : 0f;
        var written = 0;
        for (var b = 0; b < bestCount && written < results.Length && (b < MinCandidates || bestEvidence[b] >= cutoff); b++)
        {
            var id = best[b];
            results[written++] = (id, NameMatcher.Score(query, Names[id].Normalized));
        }

        return written;
    }

    private const int MaxKeysPerToken = 40;
    private const int MaxKeysPerName = (MaxKeysPerToken * NameNormalizer.MaxTokens * 2) + 8;

    private static bool IsIndexed(in NameToken token) => token.Kind is not (NameTokenKind.Particle or NameTokenKind.LegalForm);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int NameKeys(NormalizedName name, Span<ulong> buffer)
    {
        Span<float> ignored = stackalloc float[MaxKeysPerToken];
        var count = 0;
        var any = false;
        foreach (var token in name.Tokens)
        {
            if (IsIndexed(token))
            {
                any = true;
            }
        }

        foreach (var token in name.Tokens)
        {
            if (any && !IsIndexed(token))
            {
                continue;
            }

            count += TokenKeys(in token, buffer[count..], ignored, joined: false);
        }

        foreach (var token in name.Joined)
        {
            if (token.Text.Length > 0)
            {
                count += TokenKeys(in token, buffer[count..], ignored, joined: true);
            }
        }

        return count;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int TokenKeys(in NameToken token, Span<ulong> keys, Span<float> weights, bool joined)
    {
        var count = 0;
        Add(Hash(token.Text), 1f, keys, weights, ref count);
        if (!ReferenceEquals(token.Key, token.Text))
        {
            Add(Hash(token.Key), 0.95f, keys, weights, ref count);
        }

        if (token.KoreanKey is not null && !string.Equals(token.KoreanKey, token.Text, StringComparison.Ordinal))
        {
            Add(Hash(token.KoreanKey), 0.95f, keys, weights, ref count);
        }

        if (!joined && token.Text.Length >= MinDeletionLength)
        {
            var limit = Math.Min(token.Text.Length, keys.Length - count - 1);
            for (var skip = 0; skip < limit; skip++)
            {
                Add(HashWithout(token.Text, skip), 0.8f, keys, weights, ref count);
            }
        }

        return count;
    }

    private static void Add(ulong key, float weight, Span<ulong> keys, Span<float> weights, ref int count)
    {
        if (count < keys.Length)
        {
            keys[count] = key;
            weights[Math.Min(count, weights.Length - 1)] = weight;
            count++;
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
