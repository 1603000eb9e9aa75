using System.Globalization;
using System.Runtime.CompilerServices;

namespace HireGuard.Sanctions;

/// <summary>
/// Reads the facts OFAC packs into the free-text remarks column, item by item (items are separated
/// by <c>;</c>, an <c>alt.</c> prefix marks an alternative): weak aliases (<c>a.k.a. '…'</c>),
/// dates of birth, nationality and citizenship, identity and registration numbers,
/// <c>Digital Currency Address - XBT …</c> and <c>Linked To: …</c>. Unknown items are skipped:
/// remarks are prose, not a schema.
/// </summary>
internal static class OfacRemarksParser
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    // Labels of identifier items; a label must contain one of these words (as a whole word or prefix).
    private static readonly string[] IdentifierWords =
    [
        "Passport", "ID", "No.", "No", "Number", "Cedula", "SSN", "D.N.I.", "DNI", "NIT", "RFC", "C.U.R.P.", "CURP",
        "R.U.C.", "RUC", "License", "Licence", "Identification", "Registration", "Registry", "Register", "Code",
        "IMO", "MMSI", "BIK", "Card", "Certificate", "Document", "Permit", "Folio", "Matricula", "Gazette", "Serial",
        "D-U-N-S", "LEI", "Tax", "V.A.T.", "VAT", "SWIFT/BIC", "NIE", "CUIT", "C.I.F.", "CIF", "N.I.F.", "NIF",
    ];

    // Items that carry numbers but are not identifiers of the party.
    private static readonly string[] NotIdentifiers =
    [
        "Phone", "Telephone", "Fax", "Executive Order", "Date", "Year", "Aircraft Model",
        "Listing", "Effective", "CAATSA", "Section", "Directive", "Tonnage", "GRT", "Website", "Email", "Secondary",
        "Additional Sanctions", "Transactions Prohibited", "Organization Type", "Target Type",
    ];

    /// <summary>Parses one entry's remarks.</summary>
    /// <param name="remarks">The joined remarks, or null.</param>
    /// <param name="dropLastItem">Whether the last item is cut off (remarks truncated with no continuation).</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ParsedRemarks Parse(string? remarks, bool dropLastItem)
    {
        var result = new ParsedRemarks();
        if (string.IsNullOrWhiteSpace(remarks))
        {
            return result;
        }

        result.CitesNorthKoreaRegulations = remarks.Contains("North Korea Sanctions Regulations", StringComparison.Ordinal);
        var items = remarks.Split(';');
        var count = dropLastItem ? items.Length - 1 : items.Length;
        for (var k = 0; k < count; k++)
        {
            var item = items[k].Trim();
            if (k == items.Length - 1)
            {
                item = item.TrimEnd('.').TrimEnd();
            }

            if (item.StartsWith("alt. ", StringComparison.Ordinal))
            {
                item = item[5..].TrimStart();
            }

            if (item.Length == 0)
            {
                continue;
            }

            ParseItem(item, result);
        }

        return result;
    }

    /// <summary>Parses a date of birth as OFAC writes it (<c>23 Jun 1964</c>, <c>Jun 1964</c>, <c>1964</c>, <c>circa 1964</c>, <c>1962 to 1965</c>).</summary>
    public static BirthDateRange? ParseBirthDate(string text)
    {
        var value = text.Trim();
        var circa = false;
        if (value.StartsWith("circa", StringComparison.OrdinalIgnoreCase))
        {
            circa = true;
            value = value[5..].Trim();
        }

        var to = value.IndexOf(" to ", StringComparison.OrdinalIgnoreCase);
        if (to < 0 && value.Length == 9 && value[4] == '-')
        {
            to = 4; // "1960-1965"
            value = value[..4] + " to " + value[5..];
        }

        if (to >= 0)
        {
            var first = ParseSingle(value[..to]);
            var last = ParseSingle(value[(to + 4)..]);
            if (first is null || last is null || last.Value.To < first.Value.From)
            {
                return null;
            }

            var widen = circa ? 1 : 0;
            return new BirthDateRange(first.Value.From.AddYears(-widen), last.Value.To.AddYears(widen), BirthDatePrecision.Approximate);
        }

        var single = ParseSingle(value);
        if (single is null)
        {
            return null;
        }

        if (circa)
        {
            var from = single.Value.From.AddYears(single.Value.From.Year > 1 ? -1 : 0);
            var until = single.Value.To.AddYears(single.Value.To.Year < 9999 ? 1 : 0);
            return new BirthDateRange(from, until, BirthDatePrecision.Approximate);
        }

        return single;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ParseItem(string item, ParsedRemarks result)
    {
        if (TryQuotedAlias(item, result))
        {
            return;
        }

        if (item.StartsWith("DOB ", StringComparison.Ordinal))
        {
            if (ParseBirthDate(item[4..]) is { } dob)
            {
                result.DatesOfBirth.Add(dob);
            }

            return;
        }

        if (item.StartsWith("nationality ", StringComparison.Ordinal) || item.StartsWith("citizen ", StringComparison.Ordinal))
        {
            var country = item[(item.IndexOf(' ', StringComparison.Ordinal) + 1)..];
            if (CountryCodes.ToCode(country) is { } code && !result.Nationalities.Contains(code))
            {
                result.Nationalities.Add(code);
            }

            return;
        }

        if (item.StartsWith("Linked To:", StringComparison.Ordinal))
        {
            var name = item[10..].Trim();
            if (name.Length > 0)
            {
                result.LinkedTo.Add(name);
            }

            return;
        }

        if (item.StartsWith("Digital Currency Address - ", StringComparison.Ordinal))
        {
            var rest = item[27..].Trim();
            var space = rest.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0)
            {
                var currency = rest[..space];
                var address = rest[(space + 1)..].Trim();
                if (WalletAddress.Key(address) is { } key && !result.Wallets.Exists(w => w.Key == key && w.Currency == currency))
                {
                    result.Wallets.Add(new ListedWallet(currency, address, key));
                }
            }

            return;
        }

        if (TryIdentifier(item) is { } identifier)
        {
            result.Identifiers.Add(identifier);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryQuotedAlias(string item, ParsedRemarks result)
    {
        ListedNameKind kind;
        if (item.StartsWith("a.k.a. '", StringComparison.Ordinal) || item.StartsWith("d.b.a. '", StringComparison.Ordinal))
        {
            kind = ListedNameKind.WeakAlias;
        }
        else if (item.StartsWith("f.k.a. '", StringComparison.Ordinal) || item.StartsWith("n.k.a. '", StringComparison.Ordinal))
        {
            kind = ListedNameKind.FormerName;
        }
        else
        {
            return false;
        }

        var body = item[8..];
        var close = body.LastIndexOf('\'');
        var name = (close >= 0 ? body[..close] : body).Trim();
        if (name.Length > 0)
        {
            result.Aliases.Add(new ListedName(name, kind));
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ListedIdentifier? TryIdentifier(string item)
    {
        if (item.AsSpan().IndexOfAnyInRange('0', '9') < 0)
        {
            return null;
        }

        // The value starts at the first space-separated token holding a digit.
        var start = -1;
        var position = 0;
        while (position < item.Length)
        {
            var next = item.IndexOf(' ', position);
            var tokenEnd = next < 0 ? item.Length : next;
            if (item.AsSpan(position, tokenEnd - position).IndexOfAnyInRange('0', '9') >= 0 && item[position] != '(')
            {
                start = position;
                break;
            }

            position = tokenEnd + 1;
        }

        if (start <= 0)
        {
            return null;
        }

        var label = item[..start].Trim();
        if (!HasIdentifierWord(label))
        {
            return null;
        }

        foreach (var word in NotIdentifiers)
        {
            if (label.Contains(word, StringComparison.Ordinal))
            {
                return null;
            }
        }

        var rest = item[start..];
        var cut = rest.Length;
        foreach (var marker in new[] { " (", " issued", " expires", " Expires", " Issued" })
        {
            var at = rest.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0 && at < cut)
            {
                cut = at;
            }
        }

        var value = rest[..cut].Trim();
        var key = IdentifierKey.Of(value);
        if (key is null)
        {
            return null;
        }

        string? country = null;
        var open = rest.LastIndexOf('(');
        var close = rest.LastIndexOf(')');
        if (open >= cut && close > open)
        {
            country = rest[(open + 1)..close].Trim();
        }

        return new ListedIdentifier(label, value, key, country);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool HasIdentifierWord(string label)
    {
        foreach (var part in label.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var word in IdentifierWords)
            {
                if (part.Equals(word, StringComparison.Ordinal) || (word.Length >= 4 && part.StartsWith(word, StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static BirthDateRange? ParseSingle(string text)
    {
        var parts = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is 0 or > 3)
        {
            return null;
        }

        if (!int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1800 or > 2200)
        {
            return null;
        }

        if (parts.Length == 1)
        {
            return new BirthDateRange(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), BirthDatePrecision.Year);
        }

        var month = Array.IndexOf(Months, parts[^2].ToLowerInvariant()[..Math.Min(3, parts[^2].Length)]) + 1;
        if (month == 0)
        {
            return null;
        }

        if (parts.Length == 2)
        {
            var first = new DateOnly(year, month, 1);
            return new BirthDateRange(first, first.AddMonths(1).AddDays(-1), BirthDatePrecision.Month);
        }

        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var date = new DateOnly(year, month, day);
        return new BirthDateRange(date, date, BirthDatePrecision.Day);
    }
}
