using System.Globalization;
using System.Text.Json;
using HireGuard.Evidence;

namespace HireGuard.Sanctions;

/// <summary>
/// Loads an internal watchlist in HireGuard's generic format, CSV (<c>.csv</c>) or JSON
/// (<c>.json</c>). CSV has a header row with the columns <c>id</c>, <c>name</c> (both required),
/// <c>type</c>, <c>aliases</c>, <c>weak_aliases</c>, <c>programs</c>, <c>dates_of_birth</c>,
/// <c>nationalities</c>, <c>identifiers</c>, <c>wallets</c> and <c>linked_to</c>; several values in
/// one cell are separated by <c>|</c>, and a wallet is <c>CURRENCY:address</c> or just the address.
/// JSON is <c>{ "name", "published", "entries": [ { "id", "name", "type", "aliases", "weakAliases",
/// "programs", "datesOfBirth", "nationalities", "identifiers", "wallets": [ { "currency",
/// "address" } ], "linkedTo" } ] }</c>. Unknown columns or properties are errors, so a typo
/// cannot silently drop data.
/// </summary>
internal static class WatchlistLoader
{
    private static readonly string[] Columns =
        ["id", "name", "type", "aliases", "weak_aliases", "programs", "dates_of_birth", "nationalities", "identifiers", "wallets", "linked_to"];

    /// <summary>Loads a watchlist file.</summary>
    /// <exception cref="SanctionsListException">The file is missing, of an unknown format, or malformed.</exception>
    public static SanctionsListData Load(string path, DateTimeOffset? listDate)
    {
        var content = ListFileReader.Read(path);
        var text = new ListText(path, content.Text);
        var defaultName = Path.GetFileNameWithoutExtension(path);
        var date = listDate ?? new DateTimeOffset(content.Stamp.LastWriteUtc, TimeSpan.Zero);
        var extension = Path.GetExtension(path);
        if (extension.Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            return FromJson(text, defaultName, date, content.Sha256, [content.Stamp], listDate is not null);
        }

        if (extension.Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return FromCsv(text, defaultName, date, content.Sha256, [content.Stamp]);
        }

        throw new SanctionsListException(path, null, "a watchlist must be a .csv or .json file");
    }

    /// <summary>Builds a list from watchlist CSV text.</summary>
    /// <exception cref="SanctionsListException">The text is malformed.</exception>
    public static SanctionsListData FromCsv(ListText text, string listName, DateTimeOffset? listDate, string? sha256, IReadOnlyList<ListFileStamp> sources)
    {
        var rows = CsvParser.Parse(text.Text, text.Path, -1);
        if (rows.Count == 0)
        {
            throw new SanctionsListException(text.Path, null, "the watchlist is empty (a header row is required)");
        }

        var header = rows[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            if (Array.IndexOf(Columns, header[i]) < 0)
            {
                throw new SanctionsListException(text.Path, rows[0].Line, $"unknown column '{header[i]}' (known: {string.Join(", ", Columns)})");
            }

            if (!index.TryAdd(header[i], i))
            {
                throw new SanctionsListException(text.Path, rows[0].Line, $"column '{header[i]}' appears twice");
            }
        }

        if (!index.ContainsKey("id") || !index.ContainsKey("name"))
        {
            throw new SanctionsListException(text.Path, rows[0].Line, "the header must name the columns 'id' and 'name'");
        }

        var builder = new Builder(listName, text.Path);
        for (var r = 1; r < rows.Count; r++)
        {
            var row = rows[r];
            string? Cell(string column) => index.TryGetValue(column, out var at) ? Blank(row.Fields[at]) : null;
            IEnumerable<string> Many(string column) => Split(Cell(column));
            var wallets = Many("wallets").Select(w =>
            {
                var colon = w.IndexOf(':', StringComparison.Ordinal);
                return colon > 0 && colon < 12 ? (w[..colon].Trim(), w[(colon + 1)..].Trim()) : ((string?)null, w);
            });
            builder.Add(
                row.Line,
                Cell("id"),
                Cell("name"),
                Cell("type"),
                Many("aliases"),
                Many("weak_aliases"),
                Many("programs"),
                Many("dates_of_birth"),
                Many("nationalities"),
                Many("identifiers"),
                wallets,
                Many("linked_to"));
        }

        return builder.Build(listDate, sha256, sources);
    }

    /// <summary>Builds a list from watchlist JSON text.</summary>
    /// <exception cref="SanctionsListException">The text is malformed.</exception>
    public static SanctionsListData FromJson(
        ListText text, string defaultName, DateTimeOffset? listDate, string? sha256, IReadOnlyList<ListFileStamp> sources, bool listDateGiven = false)
    {
        WatchlistJsonDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(text.Text, WatchlistJsonContext.Default.WatchlistJsonDocument);
        }
        catch (JsonException ex)
        {
            throw new SanctionsListException(text.Path, ex.LineNumber + 1, "invalid watchlist JSON: " + ex.Message, ex);
        }

        if (document?.Entries is null)
        {
            throw new SanctionsListException(text.Path, null, "the watchlist JSON must be an object with an 'entries' array");
        }

        var date = listDate;
        if (!listDateGiven && document.Published is { } published)
        {
            if (!DateTimeOffset.TryParse(published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                throw new SanctionsListException(text.Path, null, $"'published' is not a date: '{published}'");
            }

            date = parsed;
        }

        var builder = new Builder(string.IsNullOrWhiteSpace(document.Name) ? defaultName : document.Name.Trim(), text.Path);
        for (var i = 0; i < document.Entries.Count; i++)
        {
            var entry = document.Entries[i] ?? throw new SanctionsListException(text.Path, null, $"entries[{i}] is null");
            builder.Add(
                null,
                entry.Id,
                entry.Name,
                entry.Type,
                entry.Aliases ?? [],
                entry.WeakAliases ?? [],
                entry.Programs ?? [],
                entry.DatesOfBirth ?? [],
                entry.Nationalities ?? [],
                entry.Identifiers ?? [],
                (entry.Wallets ?? []).Select(w => (w?.Currency, w?.Address ?? string.Empty)),
                entry.LinkedTo ?? [],
                i);
        }

        return builder.Build(date, sha256, sources);
    }

    private static string? Blank(string value)
    {
        var trimmed = value.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    private static string[] Split(string? cell) =>
        cell is null ? [] : cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Collects validated entries of one watchlist.</summary>
    private sealed class Builder(string listName, string path)
    {
        private readonly List<SanctionsEntry> _entries = [];
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

        public void Add(
            long? line,
            string? id,
            string? name,
            string? type,
            IEnumerable<string> aliases,
            IEnumerable<string> weakAliases,
            IEnumerable<string> programs,
            IEnumerable<string> datesOfBirth,
            IEnumerable<string> nationalities,
            IEnumerable<string> identifiers,
            IEnumerable<(string? Currency, string Address)> wallets,
            IEnumerable<string> linkedTo,
            int? position = null)
        {
            var where = position is null ? string.Empty : $"entries[{position}]: ";
            if (string.IsNullOrWhiteSpace(id))
            {
                throw Fail(line, where + "an entry has no id");
            }

            id = id.Trim();
            if (string.IsNullOrWhiteSpace(name))
            {
                throw Fail(line, $"{where}entry '{id}' has no name");
            }

            if (!_ids.Add(id))
            {
                throw Fail(line, $"{where}entry '{id}' appears twice");
            }

            var entryType = (type ?? "entity").Trim().ToLowerInvariant();
            var kind = entryType switch
            {
                "individual" or "person" => SanctionsPartyKind.Individual,
                "entity" or "organization" or "organisation" or "company" or "vessel" or "aircraft" => SanctionsPartyKind.Organization,
                _ => throw Fail(line, $"{where}entry '{id}' has unknown type '{type}' (individual, entity, organization, vessel, aircraft)"),
            };

            var names = new List<ListedName> { new(name.Trim(), ListedNameKind.Primary) };
            names.AddRange(aliases.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => new ListedName(a.Trim(), ListedNameKind.Alias)));
            names.AddRange(weakAliases.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => new ListedName(a.Trim(), ListedNameKind.WeakAlias)));

            var dobs = new List<BirthDateRange>();
            foreach (var dob in datesOfBirth)
            {
                dobs.Add(ParseDate(dob) ?? throw Fail(line, $"{where}entry '{id}': '{dob}' is not a date of birth (yyyy-MM-dd, yyyy-MM or yyyy)"));
            }

            var codes = new List<string>();
            foreach (var nationality in nationalities)
            {
                var code = CountryCodes.ToCode(nationality) ?? throw Fail(line, $"{where}entry '{id}': unknown country '{nationality}'");
                if (!codes.Contains(code))
                {
                    codes.Add(code);
                }
            }

            var ids = new List<ListedIdentifier>();
            foreach (var identifier in identifiers)
            {
                var key = IdentifierKey.Of(identifier) ?? throw Fail(line, $"{where}entry '{id}': '{identifier}' is not an identifier (needs a digit and 4 characters)");
                ids.Add(new ListedIdentifier("identifier", identifier.Trim(), key, null));
            }

            var walletList = new List<ListedWallet>();
            foreach (var (currency, address) in wallets)
            {
                var key = WalletAddress.Key(address) ?? throw Fail(line, $"{where}entry '{id}': '{address}' is not a wallet address");
                walletList.Add(new ListedWallet(currency?.Trim().ToUpperInvariant() ?? string.Empty, address.Trim(), key));
            }

            var programList = programs.Select(p => p.Trim()).Where(p => p.Length > 0).ToArray();
            _entries.Add(new SanctionsEntry
            {
                ListName = listName,
                EntryId = id,
                PrimaryName = name.Trim(),
                EntryType = entryType,
                Kind = kind,
                Programs = programList,
                Names = names,
                DatesOfBirth = dobs,
                Nationalities = codes,
                Identifiers = ids,
                Wallets = walletList,
                LinkedTo = linkedTo.Select(l => l.Trim()).Where(l => l.Length > 0).ToArray(),
                IsDprkProgram = programList.Any(p => p.StartsWith("DPRK", StringComparison.OrdinalIgnoreCase)),
            });
        }

        public SanctionsListData Build(DateTimeOffset? listDate, string? sha256, IReadOnlyList<ListFileStamp> sources)
        {
            var statistics = new SanctionsLoadStatistics
            {
                Entries = _entries.Count,
                Individuals = _entries.Count(e => e.Kind == SanctionsPartyKind.Individual),
                StrongAliases = _entries.Sum(e => e.Names.Count(n => n.Kind == ListedNameKind.Alias)),
                WeakAliases = _entries.Sum(e => e.Names.Count(n => n.Kind == ListedNameKind.WeakAlias)),
                Wallets = _entries.Sum(e => e.Wallets.Count),
                Identifiers = _entries.Sum(e => e.Identifiers.Count),
                DatesOfBirth = _entries.Sum(e => e.DatesOfBirth.Count),
                Links = _entries.Sum(e => e.LinkedTo.Count),
            };
            return new SanctionsListData(new DataSourceInfo(listName, "sanctions-list", listDate, sha256, _entries.Count), _entries, statistics, sources);
        }

        private static BirthDateRange? ParseDate(string text)
        {
            var value = text.Trim();
            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return new BirthDateRange(day, day, BirthDatePrecision.Day);
            }

            if (DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) && value.Length == 7)
            {
                return new BirthDateRange(month, month.AddMonths(1).AddDays(-1), BirthDatePrecision.Month);
            }

            return OfacRemarksParser.ParseBirthDate(value);
        }

        private SanctionsListException Fail(long? line, string problem) => new(path, line, problem);
    }
}
