using System.Globalization;
using System.Runtime.CompilerServices;
using HireGuard.Evidence;

namespace HireGuard.Sanctions;

/// <summary>
/// Loads OFAC's CSV set: the main file (<c>sdn.csv</c>, or <c>cons_prim.csv</c> for the consolidated
/// non-SDN lists), <c>alt.csv</c> (strong aliases), <c>add.csv</c> (addresses) and
/// <c>sdn_comments.csv</c> (the remarks beyond OFAC's 1000-character cut, joined back without a
/// separator because the cut can fall inside a word or a wallet address).
/// </summary>
internal static class OfacListLoader
{
    /// <summary>The list name of the SDN list.</summary>
    public const string SdnListName = "OFAC SDN";

    /// <summary>The list name of the consolidated non-SDN lists.</summary>
    public const string ConsolidatedListName = "OFAC Consolidated (non-SDN)";

    /// <summary>OFAC cuts the remarks column at this many characters and continues in the comments file.</summary>
    public const int RemarksCut = 1000;

    private const int MainFields = 12;
    private const int AltFields = 5;
    private const int AddFields = 6;
    private const int CommentFields = 2;

    /// <summary>The file names of one OFAC set.</summary>
    private static readonly string[][] Sets =
    [
        [SdnListName, "sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv"],
        [ConsolidatedListName, "cons_prim.csv", "cons_alt.csv", "cons_add.csv", "cons_comments.csv"],
    ];

    /// <summary>Loads every OFAC set found in a directory.</summary>
    /// <param name="directory">The directory holding OFAC's CSV files.</param>
    /// <param name="allowIncomplete">Whether missing companion files and remarks cut with no continuation are tolerated (and reported in the statistics).</param>
    /// <param name="listDate">The publication date to report; when null the main file's last write time is used.</param>
    /// <exception cref="SanctionsListException">The directory holds no OFAC set, or a file is missing or malformed.</exception>
    public static IReadOnlyList<SanctionsListData> LoadDirectory(string directory, bool allowIncomplete, DateTimeOffset? listDate)
    {
        if (!Directory.Exists(directory))
        {
            throw new SanctionsListException(directory, null, "the sanctions list directory does not exist");
        }

        var files = Directory.EnumerateFiles(directory)
            .GroupBy(f => Path.GetFileName(f), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var lists = new List<SanctionsListData>();
        foreach (var set in Sets)
        {
            if (!files.TryGetValue(set[1], out var main))
            {
                continue;
            }

            var missing = new List<string>();
            var companions = new ListFileContent?[3];
            var paths = new string[3];
            for (var k = 0; k < 3; k++)
            {
                paths[k] = Path.Combine(directory, set[k + 2]);
                if (files.TryGetValue(set[k + 2], out var found))
                {
                    paths[k] = found;
                    companions[k] = ListFileReader.Read(found);
                }
                else
                {
                    missing.Add(set[k + 2]);
                }
            }

            if (missing.Count > 0 && !allowIncomplete)
            {
                throw new SanctionsListException(
                    main,
                    null,
                    $"{string.Join(", ", missing)} missing beside {set[1]}: aliases, addresses or remarks would be silently lost. "
                    + "Load OFAC's complete set, or allow an incomplete set explicitly.");
            }

            var mainContent = ListFileReader.Read(main);
            lists.Add(Build(
                set[0],
                new ListText(main, mainContent.Text),
                companions[0] is { } alt ? new ListText(paths[0], alt.Text) : null,
                companions[1] is { } add ? new ListText(paths[1], add.Text) : null,
                companions[2] is { } comments ? new ListText(paths[2], comments.Text) : null,
                allowIncomplete,
                missing,
                listDate ?? new DateTimeOffset(mainContent.Stamp.LastWriteUtc, TimeSpan.Zero),
                mainContent.Sha256,
                [mainContent.Stamp, .. companions.OfType<ListFileContent>().Select(c => c.Stamp)]));
        }

        if (lists.Count == 0)
        {
            throw new SanctionsListException(directory, null, "no sdn.csv or cons_prim.csv in the sanctions list directory");
        }

        return lists;
    }

    /// <summary>Builds one list from the texts of its files.</summary>
    /// <exception cref="SanctionsListException">A file is malformed, or the set is incomplete and that is not allowed.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static SanctionsListData Build(
        string listName,
        ListText main,
        ListText? alt,
        ListText? add,
        ListText? comments,
        bool allowIncomplete,
        IReadOnlyList<string> missingFiles,
        DateTimeOffset? listDate,
        string? sha256,
        IReadOnlyList<ListFileStamp> sources)
    {
        var rows = CsvParser.Parse(main.Text, main.Path, MainFields, ofacStyle: true);
        var drafts = new Dictionary<int, Draft>(rows.Count);
        var order = new List<Draft>(rows.Count);
        foreach (var row in rows)
        {
            var ent = EntryNumber(row, main.Path);
            var name = CsvParser.Value(row.Fields[1])
                ?? throw new SanctionsListException(main.Path, row.Line, $"entry {ent} has no name");
            var draft = new Draft(ent, name, CsvParser.Value(row.Fields[2]), CsvParser.Value(row.Fields[3]))
            {
                Remarks = CsvParser.Value(row.Fields[11]) is null ? null : row.Fields[11],
            };
            if (!drafts.TryAdd(ent, draft))
            {
                throw new SanctionsListException(main.Path, row.Line, $"entry {ent} appears twice");
            }

            order.Add(draft);
        }

        var orphans = 0;
        var joins = 0;
        if (comments is not null)
        {
            foreach (var row in CsvParser.Parse(comments.Text, comments.Path, CommentFields, ofacStyle: true))
            {
                var ent = EntryNumber(row, comments.Path);
                if (!drafts.TryGetValue(ent, out var draft))
                {
                    orphans++;
                    continue;
                }

                var continuation = row.Fields[1];
                if (CsvParser.Value(continuation) is null)
                {
                    continue;
                }

                draft.Remarks = (draft.Remarks ?? string.Empty) + continuation;
                if (!draft.Joined)
                {
                    joins++;
                }

                draft.Joined = true;
            }
        }

        var truncated = order.Where(d => !d.Joined && d.Remarks is { Length: >= RemarksCut }).ToList();
        if (truncated.Count > 0 && !allowIncomplete)
        {
            throw new SanctionsListException(
                main.Path,
                null,
                $"{truncated.Count} entries' remarks stop at OFAC's {RemarksCut}-character cut with no continuation "
                + $"(first: entry {truncated[0].Number}); load the sdn_comments.csv published with this file");
        }

        if (alt is not null)
        {
            foreach (var row in CsvParser.Parse(alt.Text, alt.Path, AltFields, ofacStyle: true))
            {
                var ent = EntryNumber(row, alt.Path);
                var name = CsvParser.Value(row.Fields[3])
                    ?? throw new SanctionsListException(alt.Path, row.Line, $"alias of entry {ent} has no name");
                if (!drafts.TryGetValue(ent, out var draft))
                {
                    orphans++;
                    continue;
                }

                var type = CsvParser.Value(row.Fields[2]);
                var kind = type is not null && (type.Equals("fka", StringComparison.OrdinalIgnoreCase) || type.Equals("nka", StringComparison.OrdinalIgnoreCase))
                    ? ListedNameKind.FormerName
                    : ListedNameKind.Alias;
                draft.Aliases.Add(new ListedName(name, kind));
            }
        }

        if (add is not null)
        {
            foreach (var row in CsvParser.Parse(add.Text, add.Path, AddFields, ofacStyle: true))
            {
                var ent = EntryNumber(row, add.Path);
                if (!drafts.TryGetValue(ent, out var draft))
                {
                    orphans++;
                    continue;
                }

                var address = new ListedAddress(CsvParser.Value(row.Fields[2]), CsvParser.Value(row.Fields[3]), CsvParser.Value(row.Fields[4]));
                if (address.Street is not null || address.City is not null || address.Country is not null)
                {
                    draft.Addresses.Add(address);
                }
            }
        }

        var entries = new List<SanctionsEntry>(order.Count);
        var truncatedSet = truncated.Select(d => d.Number).ToHashSet();
        foreach (var draft in order)
        {
            var remarks = OfacRemarksParser.Parse(draft.Remarks, truncatedSet.Contains(draft.Number));
            entries.Add(draft.ToEntry(listName, remarks));
        }

        var statistics = new SanctionsLoadStatistics
        {
            Entries = entries.Count,
            Individuals = entries.Count(e => e.Kind == SanctionsPartyKind.Individual),
            StrongAliases = entries.Sum(e => e.Names.Count(n => n.Kind is ListedNameKind.Alias or ListedNameKind.FormerName)),
            WeakAliases = entries.Sum(e => e.Names.Count(n => n.Kind == ListedNameKind.WeakAlias)),
            Addresses = entries.Sum(e => e.Addresses.Count),
            Wallets = entries.Sum(e => e.Wallets.Count),
            Identifiers = entries.Sum(e => e.Identifiers.Count),
            DatesOfBirth = entries.Sum(e => e.DatesOfBirth.Count),
            Links = entries.Sum(e => e.LinkedTo.Count),
            SpilloverJoins = joins,
            TruncatedRemarks = truncated.Count,
            OrphanRows = orphans,
            MissingFiles = missingFiles,
        };
        var info = new DataSourceInfo(listName, "sanctions-list", listDate, sha256, entries.Count);
        return new SanctionsListData(info, entries, statistics, sources);
    }

    private static int EntryNumber(CsvRecord row, string path)
    {
        var text = row.Fields[0].Trim();
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ent) || ent <= 0)
        {
            throw new SanctionsListException(path, row.Line, $"'{Truncate(text)}' is not an entry number");
        }

        return ent;
    }

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";

    /// <summary>An entry while its files are being merged.</summary>
    private sealed class Draft(int number, string name, string? type, string? programs)
    {
        public int Number { get; } = number;

        public string? Remarks { get; set; }

        public bool Joined { get; set; }

        public List<ListedName> Aliases { get; } = [];

        public List<ListedAddress> Addresses { get; } = [];

        public SanctionsEntry ToEntry(string listName, ParsedRemarks remarks)
        {
            var entryType = type?.ToLowerInvariant() ?? "entity";
            var kind = entryType == "individual" ? SanctionsPartyKind.Individual : SanctionsPartyKind.Organization;
            var programList = programs is null
                ? []
                : programs.Split("] [", StringSplitOptions.RemoveEmptyEntries)
                    .Select(p => p.Trim(' ', '[', ']'))
                    .Where(p => p.Length > 0)
                    .ToArray();
            var names = new List<ListedName> { new(name, ListedNameKind.Primary) };
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { name };
            foreach (var alias in Aliases.Concat(remarks.Aliases))
            {
                if (seen.Add(alias.Text))
                {
                    names.Add(alias);
                }
            }

            var isDprk = programList.Any(p => p.StartsWith("DPRK", StringComparison.OrdinalIgnoreCase))
                || remarks.CitesNorthKoreaRegulations
                || (programList.Contains("NPWMD", StringComparer.OrdinalIgnoreCase)
                    && (remarks.Nationalities.Contains("KP") || Addresses.Any(a => CountryCodes.ToCode(a.Country) == "KP")));
            return new SanctionsEntry
            {
                ListName = listName,
                EntryId = Number.ToString(CultureInfo.InvariantCulture),
                PrimaryName = name,
                EntryType = entryType,
                Kind = kind,
                Programs = programList,
                Names = names,
                DatesOfBirth = remarks.DatesOfBirth,
                Nationalities = remarks.Nationalities,
                Identifiers = remarks.Identifiers,
                Wallets = remarks.Wallets,
                LinkedTo = remarks.LinkedTo,
                Addresses = Addresses,
                IsDprkProgram = isDprk,
            };
        }
    }
}
