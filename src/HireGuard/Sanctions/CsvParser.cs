using System.Runtime.CompilerServices;
using System.Text;

namespace HireGuard.Sanctions;

/// <summary>
/// A strict RFC 4180 reader for list files: comma-separated, fields optionally in double quotes
/// with <c>""</c> for a quote, CRLF or LF line ends, blank lines skipped, a trailing Ctrl-Z (0x1A,
/// the DOS end-of-file mark OFAC still writes) ignored. Anything else that does not fit (a wrong
/// field count, a stray quote, an unterminated quoted field, a control byte in the middle) fails
/// with the file and line, so a damaged file can never load as a shorter list.
/// </summary>
internal static class CsvParser
{
    private const char EndOfFileMark = '\u001A';

    /// <summary>Parses CSV text.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="path">The file, for messages.</param>
    /// <param name="expectedFields">The field count every record must have, or a negative number to take it from the first record.</param>
    /// <param name="ofacStyle">Whether every field must hold a value: OFAC quotes its values and writes <c>-0-</c> for none, so an empty unquoted field means a damaged or truncated line (a row cut just after a comma would otherwise still have the right field count).</param>
    /// <exception cref="SanctionsListException">The text is not well-formed CSV of that shape.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<CsvRecord> Parse(string text, string path, int expectedFields, bool ofacStyle = false)
    {
        var end = ContentEnd(text, path);
        var records = new List<CsvRecord>(Math.Max(16, end / 200));
        var fields = new List<string>(Math.Max(2, expectedFields));
        var builder = new StringBuilder(256);
        long line = 1;
        var i = 0;
        while (i < end)
        {
            var c = text[i];
            if (c == '\r' || c == '\n')
            {
                i = SkipLineEnd(text, i, end);
                line++;
                continue;
            }

            var recordLine = line;
            fields.Clear();
            while (true)
            {
                if (i < end && text[i] == '"')
                {
                    var quoteLine = line;
                    i++;
                    builder.Clear();
                    while (true)
                    {
                        if (i >= end)
                        {
                            throw new SanctionsListException(path, quoteLine, "a quoted field is not closed before the end of the file (truncated file?)");
                        }

                        var q = text[i];
                        if (q == '"')
                        {
                            if (i + 1 < end && text[i + 1] == '"')
                            {
                                builder.Append('"');
                                i += 2;
                                continue;
                            }

                            i++;
                            break;
                        }

                        if (q == '\n')
                        {
                            line++;
                        }

                        builder.Append(q);
                        i++;
                    }

                    fields.Add(builder.ToString());
                    if (i < end && text[i] is not (',' or '\r' or '\n'))
                    {
                        throw new SanctionsListException(path, line, $"unexpected character '{Printable(text[i])}' after a closing quote");
                    }
                }
                else
                {
                    var start = i;
                    while (i < end && text[i] is not (',' or '\r' or '\n'))
                    {
                        if (text[i] == '"')
                        {
                            throw new SanctionsListException(path, line, "a double quote inside an unquoted field");
                        }

                        i++;
                    }

                    if (ofacStyle && i == start)
                    {
                        throw new SanctionsListException(path, line, $"field {fields.Count + 1} is empty; OFAC writes -0- for no value (damaged or truncated line?)");
                    }

                    fields.Add(text.Substring(start, i - start));
                }

                if (expectedFields >= 0 && fields.Count > expectedFields)
                {
                    throw new SanctionsListException(path, recordLine, $"more than {expectedFields} fields in a record");
                }

                if (i < end && text[i] == ',')
                {
                    i++;
                    continue;
                }

                break;
            }

            if (i < end)
            {
                i = SkipLineEnd(text, i, end);
                line++;
            }

            if (expectedFields < 0)
            {
                expectedFields = fields.Count;
            }

            if (fields.Count != expectedFields)
            {
                throw new SanctionsListException(path, recordLine, $"expected {expectedFields} fields, found {fields.Count}");
            }

            records.Add(new CsvRecord([.. fields], recordLine));
        }

        return records;
    }

    /// <summary>Returns an OFAC field's value: trimmed, with <c>-0-</c> (OFAC's empty marker) as null.</summary>
    public static string? Value(string field)
    {
        var trimmed = field.Trim();
        return trimmed.Length == 0 || trimmed == "-0-" ? null : trimmed;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ContentEnd(string text, string path)
    {
        var end = text.Length;
        while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == EndOfFileMark))
        {
            end--;
        }

        for (var i = 0; i < end; i++)
        {
            var c = text[i];
            if (c < ' ' && c is not ('\r' or '\n' or '\t'))
            {
                throw new SanctionsListException(path, ListFileReader.LineOf(text, i), $"control character U+{(int)c:X4} inside the data (binary or corrupted file?)");
            }
        }

        return end;
    }

    private static int SkipLineEnd(string text, int i, int end)
    {
        if (text[i] == '\r')
        {
            i++;
            if (i < end && text[i] == '\n')
            {
                i++;
            }

            return i;
        }

        return i + 1;
    }

    private static string Printable(char c) => char.IsControl(c) ? $"U+{(int)c:X4}" : c.ToString();
}
