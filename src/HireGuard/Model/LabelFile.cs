using System.Globalization;
using HireGuard.Sanctions;

namespace HireGuard.Model;

/// <summary>
/// Reads label files: adjudicated outcomes of hiring cases, the input of <c>hireguard train</c> and
/// <c>hireguard evaluate</c> together with the cases themselves.
/// </summary>
/// <remarks>
/// <para>
/// Format: UTF-8 CSV (RFC 4180: comma-separated, optional double quotes with <c>""</c> for a quote,
/// LF or CRLF). The header is exactly <c>case_id,outcome,decided_at,group,segment</c>, optionally
/// followed by evaluation-only columns whose names start with <c>eval_</c> (for example
/// <c>eval_nationality</c> in a synthetic population: used to audit false-positive rates, never
/// to train or score). Every row has every column.
/// </para>
/// <list type="bullet">
/// <item><c>case_id</c>: the hiring case's <c>caseId</c>; non-empty, unique.</item>
/// <item><c>outcome</c>: <c>confirmed_dprk</c> (the positive class), <c>other_fraud</c> or <c>cleared</c>.</item>
/// <item><c>decided_at</c>: an ISO 8601 date (<c>2026-03-01</c>) or date-time with offset (<c>2026-03-01T12:00:00Z</c>).</item>
/// <item><c>group</c>: non-empty; cases sharing a group (an operator cell, a facilitator, one requisition) are kept on one side of every split.</item>
/// <item><c>segment</c>: free text or empty, e.g. the look-alike archetype of a legitimate case; evaluation reports false-positive rates per segment.</item>
/// </list>
/// <para>Any deviation fails with a <see cref="LabelFileException"/> naming the line.</para>
/// </remarks>
public static class LabelFile
{
    /// <summary>The required leading columns, in order.</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } = ["case_id", "outcome", "decided_at", "group", "segment"];

    /// <summary>The prefix of evaluation-only columns.</summary>
    public const string EvaluationColumnPrefix = "eval_";

    private const long MaximumFileBytes = 1L << 30;

    /// <summary>Reads a label file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The labels.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="LabelFileException">The file is not a valid label file.</exception>
    public static CaseLabels Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var info = new FileInfo(path);
        if (info.Exists && info.Length > MaximumFileBytes)
        {
            throw new LabelFileException(path, null, $"the file is larger than {MaximumFileBytes} bytes.");
        }

        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, Path.GetFileName(path));
    }

    /// <summary>Reads label-file text.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="sourceName">The name used in error messages.</param>
    /// <returns>The labels.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="LabelFileException">The text is not a valid label file.</exception>
    public static CaseLabels Read(TextReader reader, string sourceName = "labels.csv")
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        var text = reader.ReadToEnd();
        List<CsvRecord> records;
        try
        {
            records = CsvParser.Parse(text, sourceName, expectedFields: -1);
        }
        catch (SanctionsListException ex)
        {
            throw new LabelFileException(sourceName, ex.LineNumber, StripLocation(ex.Message, sourceName), ex);
        }

        if (records.Count == 0)
        {
            throw new LabelFileException(sourceName, null, "the file is empty; a header '" + string.Join(',', RequiredColumns) + "' is required.");
        }

        var header = records[0];
        for (var i = 0; i < RequiredColumns.Count; i++)
        {
            if (i >= header.Fields.Length || !string.Equals(header.Fields[i].Trim(), RequiredColumns[i], StringComparison.Ordinal))
            {
                throw new LabelFileException(sourceName, header.Line, $"the header must start with '{string.Join(',', RequiredColumns)}'; column {i + 1} is '{(i < header.Fields.Length ? header.Fields[i] : "(missing)")}'.");
            }
        }

        var extra = new List<string>();
        for (var i = RequiredColumns.Count; i < header.Fields.Length; i++)
        {
            var name = header.Fields[i].Trim();
            if (!name.StartsWith(EvaluationColumnPrefix, StringComparison.Ordinal) || name.Length == EvaluationColumnPrefix.Length || extra.Contains(name, StringComparer.Ordinal))
            {
                throw new LabelFileException(sourceName, header.Line, $"column {i + 1} '{name}' is not allowed: extra columns must be unique and named '{EvaluationColumnPrefix}<name>'.");
            }

            extra.Add(name);
        }

        var labels = new List<CaseLabel>(records.Count - 1);
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var r = 1; r < records.Count; r++)
        {
            var (fields, line) = (records[r].Fields, records[r].Line);
            var caseId = fields[0].Trim();
            if (caseId.Length == 0)
            {
                throw new LabelFileException(sourceName, line, "case_id is empty.");
            }

            if (!seen.TryAdd(caseId, line))
            {
                throw new LabelFileException(sourceName, line, $"case_id '{caseId}' is already labelled on line {seen[caseId]}.");
            }

            var outcome = fields[1].Trim() switch
            {
                "confirmed_dprk" => CaseOutcome.ConfirmedDprk,
                "other_fraud" => CaseOutcome.OtherFraud,
                "cleared" => CaseOutcome.Cleared,
                var other => throw new LabelFileException(sourceName, line, $"outcome '{other}' is not one of confirmed_dprk, other_fraud, cleared."),
            };

            var decidedAt = ParseInstant(fields[2].Trim()) ?? throw new LabelFileException(sourceName, line, $"decided_at '{fields[2]}' is not an ISO 8601 date or date-time with offset.");
            var group = fields[3].Trim();
            if (group.Length == 0)
            {
                throw new LabelFileException(sourceName, line, "group is empty; give every case a group (its own case id when it stands alone).");
            }

            var segment = fields[4].Trim();
            var attributes = new Dictionary<string, string>(extra.Count, StringComparer.Ordinal);
            for (var i = 0; i < extra.Count; i++)
            {
                attributes[extra[i]] = fields[RequiredColumns.Count + i].Trim();
            }

            labels.Add(new CaseLabel
            {
                CaseId = caseId,
                Outcome = outcome,
                DecidedAt = decidedAt,
                Group = group,
                Segment = segment.Length == 0 ? null : segment,
                EvaluationAttributes = attributes,
            });
        }

        return new CaseLabels(labels, extra);
    }

    private static DateTimeOffset? ParseInstant(string text)
    {
        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        // A date-time must carry its offset (Z or ±hh:mm): a local time would depend on the reading machine.
        if (text.Length > 10 && (text.EndsWith('Z') || text[^6] is '+' or '-')
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return instant;
        }

        return null;
    }

    private static string StripLocation(string message, string sourceName)
    {
        var index = message.IndexOf(": ", StringComparison.Ordinal);
        return message.StartsWith(sourceName, StringComparison.Ordinal) && index >= 0 ? message[(index + 2)..] : message;
    }
}
