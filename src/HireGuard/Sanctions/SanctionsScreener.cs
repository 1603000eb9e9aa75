using System.Globalization;
using System.Text;
using HireGuard.Evidence;
using Microsoft.Extensions.Options;

namespace HireGuard.Sanctions;

/// <summary>
/// Screens names, wallet addresses and identity numbers against OFAC's lists and internal
/// watchlists, held in memory. Name matching is transliteration-tolerant (Korean and Russian
/// romanisation, apostrophes, joined and split tokens, word order) and indexed; wallets and
/// identifiers match exactly. A name alone never makes a hit definitive: that takes an exact
/// wallet or identifier, or a strong name match corroborated by a date of birth, an identifier,
/// a linked entity, or nationality together with an approximate date.
/// </summary>
/// <remarks>
/// Thread-safe: one instance serves all threads. <see cref="Reload"/> and
/// <see cref="ReloadIfChanged"/> build the new lists completely, then swap them in atomically;
/// calls in flight finish on the lists they started with, and a failed reload leaves the current
/// lists in place. No I/O happens during <see cref="Screen"/>.
/// </remarks>
public sealed class SanctionsScreener : ISanctionsScreener
{
    private const double StrongBonus = 0.10;
    private const double WeakBonus = 0.05;
    private const double BirthYearPenalty = 0.15;
    private const double BirthDayPenalty = 0.05;
    private const double CorroborationReach = 0.10;
    private const int MaxQueryItems = 16;

    // Shared, never written: the common case of a query without identifiers or related parties.
    private static readonly List<string> NoKeys = [];
    private static readonly List<NormalizedName> NoNames = [];

    private readonly Settings _settings;
    private readonly Func<IReadOnlyList<SanctionsListData>>? _loader;
    private readonly Lock _reloadLock = new();
    private ScreeningSnapshot _snapshot;
    private string _fingerprint;

    private SanctionsScreener(Settings settings, Func<IReadOnlyList<SanctionsListData>>? loader, IReadOnlyList<SanctionsListData> lists)
    {
        _settings = settings;
        _loader = loader;
        _snapshot = ScreeningSnapshot.Build(lists);
        _fingerprint = settings.Fingerprint();
    }

    /// <inheritdoc/>
    public IReadOnlyList<DataSourceInfo> Lists => Volatile.Read(ref _snapshot).Lists;

    /// <summary>Gets the number of entries loaded across all lists.</summary>
    public int EntryCount => Volatile.Read(ref _snapshot).Entries.Length;

    /// <summary>Gets the number of names (primary names and aliases) loaded across all lists.</summary>
    public int NameCount => Volatile.Read(ref _snapshot).Index.Names.Length;

    /// <summary>Gets the tolerated gaps of the loaded lists (missing companion files, remarks with no continuation, orphan rows).</summary>
    public IReadOnlyList<string> LoadWarnings => Warnings(Volatile.Read(ref _snapshot));

    /// <summary>Creates a screener and loads its lists.</summary>
    /// <param name="options">Where the lists are and how strict matching is.</param>
    /// <returns>A screener ready to use.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="OptionsValidationException">The options are invalid; the message lists every failure.</exception>
    /// <exception cref="SanctionsListException">A list cannot be loaded.</exception>
    public static SanctionsScreener Create(SanctionsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);
        var settings = Settings.From(options);
        return new SanctionsScreener(settings, settings.Load, settings.Load());
    }

    /// <summary>Screens one party.</summary>
    /// <param name="query">What is known about the party.</param>
    /// <returns>The hits at or above the review threshold, strongest first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    public SanctionsScreeningResult Screen(SanctionsQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var snapshot = Volatile.Read(ref _snapshot);
        Dictionary<int, HitDraft>? drafts = null;
        HitDraft Draft(int entry)
        {
            drafts ??= [];
            if (!drafts.TryGetValue(entry, out var draft))
            {
                draft = new HitDraft(entry);
                drafts.Add(entry, draft);
            }

            return draft;
        }

        var walletKey = WalletAddress.Key(query.WalletAddress);
        if (walletKey is not null && snapshot.Wallets.TryGetValue(walletKey, out var holders))
        {
            foreach (var (entry, wallet) in holders)
            {
                Draft(entry).MatchedWallet = wallet.Address;
            }
        }

        var identifierKeys = IdentifierKeys(query.IdentifierNumbers);
        foreach (var key in identifierKeys)
        {
            if (key.Length >= IdentifierKey.MinMatchLength && snapshot.Identifiers.TryGetValue(key, out var owners))
            {
                foreach (var (entry, identifier) in owners)
                {
                    Draft(entry).MatchedIdentifier = identifier.Value;
                }
            }
        }

        NormalizedName? name = null;
        if (!string.IsNullOrWhiteSpace(query.Name))
        {
            name = NameNormalizer.Normalize(query.Name, query.Kind, familyFirst: false);
            Span<(int Id, double Score)> found = stackalloc (int, double)[NameIndex.CandidateCount];
            var count = snapshot.Index.Search(name, query.Kind, found);
            var floor = _settings.ReviewThreshold - CorroborationReach;
            for (var i = 0; i < count; i++)
            {
                if (found[i].Score >= floor)
                {
                    var listed = snapshot.Index.Names[found[i].Id];
                    Draft(listed.Entry).OfferName(listed.Name.Text, listed.Name.Kind == ListedNameKind.Primary, found[i].Score);
                }
            }
        }

        if (drafts is null)
        {
            return new SanctionsScreeningResult { Lists = snapshot.Lists };
        }

        var related = RelatedNames(query.RelatedNames);
        var hits = new List<SanctionsHit>(drafts.Count);
        foreach (var draft in drafts.Values)
        {
            var entry = snapshot.Entries[draft.Entry];
            if (draft.IsIdentifierMatch && draft.NameSimilarity < 0 && name is not null)
            {
                draft.NameSimilarity = BestNameSimilarity(snapshot, draft.Entry, name, out var matched);
                draft.MatchedName = matched;
                if (draft.NameSimilarity < _settings.ReviewThreshold)
                {
                    draft.Conflicts.Add("name");
                }
            }

            Corroborate(draft, entry, snapshot.Linked[draft.Entry], query, related, walletKey, identifierKeys);
            if (ToHit(draft, entry, query) is { } hit)
            {
                hits.Add(hit);
            }
        }

        hits.Sort(CompareHits);
        if (hits.Count > _settings.MaxHits)
        {
            hits.RemoveRange(_settings.MaxHits, hits.Count - _settings.MaxHits);
        }

        return new SanctionsScreeningResult { Hits = hits, Lists = snapshot.Lists };
    }

    /// <summary>Reloads every list from its source and swaps the new lists in atomically.</summary>
    /// <exception cref="SanctionsListException">A list cannot be loaded; the current lists stay in place.</exception>
    public void Reload()
    {
        lock (_reloadLock)
        {
            ReloadCore();
        }
    }

    /// <summary>
    /// Reloads when a list file changed (size or write time, or an OFAC file appeared or
    /// disappeared) since the last load; call it on a timer after your daily download.
    /// </summary>
    /// <returns>Whether the lists were reloaded.</returns>
    /// <exception cref="SanctionsListException">A changed list cannot be loaded; the current lists stay in place.</exception>
    public bool ReloadIfChanged()
    {
        lock (_reloadLock)
        {
            if (string.Equals(_settings.Fingerprint(), _fingerprint, StringComparison.Ordinal))
            {
                return false;
            }

            ReloadCore();
            return true;
        }
    }

    /// <summary>Creates a screener over lists already loaded (tests, benchmarks and the console).</summary>
    internal static SanctionsScreener Create(SanctionsOptions options, IReadOnlyList<SanctionsListData> lists)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(lists);
        return new SanctionsScreener(Settings.From(options), loader: null, lists);
    }

    /// <summary>Gets the loaded lists with their load statistics.</summary>
    internal IReadOnlyList<SanctionsListData> LoadedLists => Volatile.Read(ref _snapshot).Data;

    internal static void Validate(SanctionsOptions options)
    {
        var failures = new List<string>();
        foreach (var validator in new IValidateOptions<SanctionsOptions>[] { new SanctionsOptionsValidator(), new SanctionsOptionsCustomValidator() })
        {
            var result = validator.Validate(Options.DefaultName, options);
            if (result.Failed)
            {
                failures.AddRange(result.Failures ?? [result.FailureMessage]);
            }
        }

        if (failures.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(SanctionsOptions), failures);
        }
    }

    private static List<string> Warnings(ScreeningSnapshot snapshot)
    {
        var warnings = new List<string>();
        foreach (var list in snapshot.Data)
        {
            var s = list.Statistics;
            if (s.MissingFiles.Count > 0)
            {
                warnings.Add($"{list.Info.Name}: missing {string.Join(", ", s.MissingFiles)}");
            }

            if (s.TruncatedRemarks > 0)
            {
                warnings.Add($"{list.Info.Name}: {s.TruncatedRemarks} entries' remarks are cut at 1000 characters with no continuation; their last item was dropped");
            }

            if (s.OrphanRows > 0)
            {
                warnings.Add($"{list.Info.Name}: {s.OrphanRows} alias, address or comment rows name entries the main file does not have");
            }
        }

        return warnings;
    }

    private static List<string> IdentifierKeys(IReadOnlyList<string>? numbers)
    {
        if (numbers is null || numbers.Count == 0)
        {
            return NoKeys;
        }

        var keys = new List<string>();

        for (var i = 0; i < numbers.Count && i < MaxQueryItems; i++)
        {
            if (IdentifierKey.Of(numbers[i]) is { } key && !keys.Contains(key))
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    private static List<NormalizedName> RelatedNames(IReadOnlyList<string>? names)
    {
        if (names is null || names.Count == 0)
        {
            return NoNames;
        }

        var result = new List<NormalizedName>();

        for (var i = 0; i < names.Count && i < MaxQueryItems; i++)
        {
            if (!string.IsNullOrWhiteSpace(names[i]))
            {
                var normalized = NameNormalizer.Normalize(names[i], SanctionsPartyKind.Unknown, familyFirst: false);
                if (!normalized.IsEmpty)
                {
                    result.Add(normalized);
                }
            }
        }

        return result;
    }

    private static double BestNameSimilarity(ScreeningSnapshot snapshot, int entryIndex, NormalizedName name, out string? matched)
    {
        var entry = snapshot.Entries[entryIndex];
        var best = 0.0;
        matched = null;
        foreach (var listed in entry.Names)
        {
            var score = NameMatcher.Score(name, NameNormalizer.Normalize(listed.Text, entry.Kind, entry.Kind == SanctionsPartyKind.Individual));
            if (score > best || matched is null)
            {
                best = Math.Max(best, score);
                matched = listed.Text;
            }
        }

        return best;
    }

    private static int CompareHits(SanctionsHit a, SanctionsHit b)
    {
        var byConfidence = b.Confidence.CompareTo(a.Confidence);
        if (byConfidence != 0)
        {
            return byConfidence;
        }

        var byScore = b.MatchScore.CompareTo(a.MatchScore);
        if (byScore != 0)
        {
            return byScore;
        }

        var bySimilarity = b.NameSimilarity.CompareTo(a.NameSimilarity);
        if (bySimilarity != 0)
        {
            return bySimilarity;
        }

        var byList = string.CompareOrdinal(a.ListName, b.ListName);
        return byList != 0 ? byList : string.CompareOrdinal(a.EntryId, b.EntryId);
    }

    private void ReloadCore()
    {
        if (_loader is null)
        {
            return;
        }

        var fingerprint = _settings.Fingerprint();
        var lists = _loader();
        var current = Volatile.Read(ref _snapshot);
        foreach (var list in lists)
        {
            var previous = current.Data.FirstOrDefault(d => string.Equals(d.Info.Name, list.Info.Name, StringComparison.Ordinal));
            if (previous is not null && list.Entries.Count < previous.Entries.Count * (1.0 - _settings.MaxShrinkOnReload))
            {
                var source = list.Sources.Count > 0 ? list.Sources[0].Path : list.Info.Name;
                throw new SanctionsListException(
                    source,
                    null,
                    $"{list.Info.Name} would shrink from {previous.Entries.Count} to {list.Entries.Count} entries (truncated download?); the current lists stay in place");
            }
        }

        var next = ScreeningSnapshot.Build(lists);
        Volatile.Write(ref _snapshot, next);
        _fingerprint = fingerprint;
    }

    private void Corroborate(
        HitDraft draft,
        SanctionsEntry entry,
        LinkedName[] linked,
        SanctionsQuery query,
        List<NormalizedName> related,
        string? walletKey,
        List<string> identifierKeys)
    {
        if (query.DateOfBirth is { } dob && entry.DatesOfBirth.Count > 0)
        {
            if (entry.DatesOfBirth.Any(d => d.IsExactly(dob)))
            {
                draft.AddStrong("dateOfBirth");
            }
            else if (entry.DatesOfBirth.Any(d => d.Precision != BirthDatePrecision.Day && d.Contains(dob)))
            {
                draft.AddWeak("dateOfBirth:approximate");
            }
            else if (entry.DatesOfBirth.Any(d => d.ContainsYear(dob)))
            {
                draft.Conflicts.Add("dateOfBirth:day");
                draft.Penalty += BirthDayPenalty;
            }
            else
            {
                draft.Conflicts.Add("dateOfBirth");
                draft.Penalty += BirthYearPenalty;
            }
        }

        if (CountryCodes.ToCode(query.Nationality) is { } nationality && entry.Nationalities.Contains(nationality))
        {
            draft.AddWeak("nationality");
        }

        foreach (var identifier in entry.Identifiers)
        {
            if (identifierKeys.Contains(identifier.Key))
            {
                draft.AddStrong("idNumber:" + identifier.Type);
            }
        }

        if (walletKey is not null)
        {
            foreach (var wallet in entry.Wallets)
            {
                if (string.Equals(wallet.Key, walletKey, StringComparison.Ordinal))
                {
                    draft.AddStrong(wallet.Currency.Length > 0 ? "wallet:" + wallet.Currency : "wallet");
                }
            }
        }

        foreach (var link in linked)
        {
            foreach (var relatedName in related)
            {
                if (NameMatcher.Score(relatedName, link.Normalized) >= _settings.DefinitiveNameThreshold)
                {
                    draft.AddStrong("linkedEntity:" + link.Text);
                    break;
                }
            }
        }
    }

    private SanctionsHit? ToHit(HitDraft draft, SanctionsEntry entry, SanctionsQuery query)
    {
        var identifierMatch = draft.IsIdentifierMatch;
        double matchScore;
        bool definitive;
        if (identifierMatch)
        {
            matchScore = 1.0;
            definitive = true;
        }
        else
        {
            matchScore = Math.Clamp(
                draft.NameSimilarity + (StrongBonus * Math.Min(2, draft.Strong.Count)) + (WeakBonus * Math.Min(2, draft.Weak.Count)) - draft.Penalty,
                0.0,
                1.0);
            if (matchScore < _settings.ReviewThreshold)
            {
                return null;
            }

            definitive = draft.NameSimilarity >= _settings.DefinitiveNameThreshold
                && draft.Conflicts.Count == 0
                && (draft.Strong.Count >= 1 || draft.Weak.Count >= 2);
        }

        var matchedOn = draft.MatchedWallet is not null ? "wallet" : draft.MatchedIdentifier is not null ? "id-number" : "name";
        var matchedName = draft.MatchedWallet ?? draft.MatchedIdentifier ?? draft.MatchedName ?? entry.PrimaryName;
        return new SanctionsHit
        {
            ListName = entry.ListName,
            EntryId = entry.EntryId,
            EntryName = entry.PrimaryName,
            EntryType = entry.EntryType,
            Programs = entry.Programs,
            MatchedName = matchedName,
            MatchedOn = matchedOn,
            NameSimilarity = Math.Round(draft.NameSimilarity < 0 ? 1.0 : draft.NameSimilarity, 4),
            MatchScore = Math.Round(matchScore, 4),
            Confidence = definitive ? SanctionsMatchConfidence.Definitive : SanctionsMatchConfidence.Review,
            Corroboration = [.. draft.Strong, .. draft.Weak],
            Conflicts = [.. draft.Conflicts],
            IsDprkProgram = entry.IsDprkProgram,
            SourcePointer = query.SourcePointer,
        };
    }

    /// <summary>The options the screener was created with, copied so later changes do not leak in.</summary>
    private sealed record Settings(
        string? ListDirectory,
        IReadOnlyList<string> WatchlistFiles,
        bool UseEmbeddedExcerpt,
        bool AllowIncompleteListSet,
        double ReviewThreshold,
        double DefinitiveNameThreshold,
        int MaxHits,
        double MaxShrinkOnReload,
        DateTimeOffset? ListDate)
    {
        private static readonly string[] OfacFiles =
            ["sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv", "cons_prim.csv", "cons_alt.csv", "cons_add.csv", "cons_comments.csv"];

        public static Settings From(SanctionsOptions options) => new(
            string.IsNullOrWhiteSpace(options.ListDirectory) ? null : options.ListDirectory,
            [.. options.WatchlistFiles],
            options.UseEmbeddedExcerpt,
            options.AllowIncompleteListSet,
            options.ReviewThreshold,
            options.DefinitiveNameThreshold,
            options.MaxHits,
            options.MaxShrinkOnReload,
            options.ListDate);

        public List<SanctionsListData> Load()
        {
            var lists = new List<SanctionsListData>();
            if (ListDirectory is not null)
            {
                lists.AddRange(OfacListLoader.LoadDirectory(ListDirectory, AllowIncompleteListSet, ListDate));
            }

            foreach (var file in WatchlistFiles)
            {
                lists.Add(WatchlistLoader.Load(file, ListDate));
            }

            if (UseEmbeddedExcerpt)
            {
                lists.Add(EmbeddedExcerpt.Load());
            }

            return lists;
        }

        /// <summary>Describes the state of every source file, to notice changes.</summary>
        public string Fingerprint()
        {
            var sb = new StringBuilder();
            if (ListDirectory is not null)
            {
                foreach (var name in OfacFiles)
                {
                    Describe(sb, Path.Combine(ListDirectory, name));
                }
            }

            foreach (var file in WatchlistFiles)
            {
                Describe(sb, file);
            }

            return sb.ToString();
        }

        private static void Describe(StringBuilder sb, string path)
        {
            try
            {
                var info = new FileInfo(path);
                sb.Append(path).Append('|');
                if (info.Exists)
                {
                    sb.Append(info.Length.ToString(CultureInfo.InvariantCulture)).Append('|')
                        .Append(info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture));
                }

                sb.Append(';');
            }
            catch (IOException)
            {
                sb.Append(path).Append("|error;");
            }
            catch (UnauthorizedAccessException)
            {
                sb.Append(path).Append("|denied;");
            }
        }
    }
}
