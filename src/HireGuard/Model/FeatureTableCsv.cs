using System.Globalization;
using System.Text;

namespace HireGuard.Model;

/// <summary>
/// Reads and writes feature tables as CSV: a header row, a label column (0/1 or false/true), an
/// optional group column and an optional weight column; every other column is a feature, in file
/// order. Numbers use the invariant culture; an empty field, <c>NaN</c> or <c>NA</c> is a missing value
/// (missing values are written as <c>NaN</c>, which NumPy's <c>loadtxt</c> reads as is).
/// Fields are plain (no quoting): feature names and group ids must not contain commas or quotes.
/// </summary>
/// <remarks>This is the exchange format of the scikit-learn comparison under <c>benchmarks/sklearn</c>.</remarks>
public static class FeatureTableCsv
{
    /// <summary>Reads a table.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="labelColumn">The label column's name.</param>
    /// <param name="groupColumn">The group column's name, or null when there is none.</param>
    /// <param name="weightColumn">The weight column's name, or null when there is none.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="labelColumn"/> is null.</exception>
    /// <exception cref="FeatureTableFormatException">The text is not a valid feature table.</exception>
    public static FeatureTable Read(TextReader reader, string labelColumn = "label", string? groupColumn = null, string? weightColumn = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(labelColumn);
        var header = reader.ReadLine() ?? throw new FeatureTableFormatException("The CSV is empty (no header row).");
        var columns = header.Split(',');
        var labelAt = Array.IndexOf(columns, labelColumn);
        if (labelAt < 0)
        {
            throw new FeatureTableFormatException($"The CSV has no '{labelColumn}' column.");
        }

        var groupAt = Find(columns, groupColumn);
        var weightAt = Find(columns, weightColumn);
        var featureAt = new List<int>();
        for (var c = 0; c < columns.Length; c++)
        {
            if (c != labelAt && c != groupAt && c != weightAt)
            {
                featureAt.Add(c);
            }
        }

        var names = featureAt.Select(c => columns[c]).ToArray();
        var problem = FeatureManifest.FindProblem(names);
        if (problem is not null)
        {
            throw new FeatureTableFormatException("The CSV header is not a valid feature list: " + problem);
        }

        var p = names.Length;
        var values = new List<double>();
        var labels = new List<bool>();
        var groups = groupAt >= 0 ? new List<string>() : null;
        var weights = weightAt >= 0 ? new List<double>() : null;
        var lineNumber = 1;
        var row = new double[p];
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split(',');
            if (fields.Length != columns.Length)
            {
                throw new FeatureTableFormatException($"Line {lineNumber} has {fields.Length} fields; the header has {columns.Length}.");
            }

            labels.Add(fields[labelAt].Trim() switch
            {
                "1" or "true" or "True" or "TRUE" => true,
                "0" or "false" or "False" or "FALSE" => false,
                var other => throw new FeatureTableFormatException($"Line {lineNumber}: label '{other}' is not 0/1 or false/true."),
            });
            for (var k = 0; k < p; k++)
            {
                row[k] = ParseValue(fields[featureAt[k]], lineNumber, names[k]);
            }

            values.AddRange(row);
            groups?.Add(fields[groupAt]);
            if (weights is not null)
            {
                var w = ParseValue(fields[weightAt], lineNumber, weightColumn!);
                if (!double.IsFinite(w) || w <= 0)
                {
                    throw new FeatureTableFormatException($"Line {lineNumber}: weight '{fields[weightAt]}' is not a finite positive number.");
                }

                weights.Add(w);
            }
        }

        return FeatureTable.CreateUnchecked(new FeatureManifest(names), [.. values], [.. labels], weights?.ToArray(), groups?.ToArray());
    }

    /// <summary>Reads a table from a file.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="labelColumn">The label column's name.</param>
    /// <param name="groupColumn">The group column's name, or null.</param>
    /// <param name="weightColumn">The weight column's name, or null.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="FeatureTableFormatException">The file is not a valid feature table.</exception>
    public static FeatureTable Read(string path, string labelColumn = "label", string? groupColumn = null, string? weightColumn = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Read(reader, labelColumn, groupColumn, weightColumn);
    }

    /// <summary>Writes a table: group column <c>group</c> (if any), <c>label</c>, <c>weight</c> (if any), then the features.</summary>
    /// <param name="table">The table.</param>
    /// <param name="writer">The destination.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A name or group id contains a comma, quote or line break.</exception>
    public static void Write(FeatureTable table, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var name in table.FeatureNames)
        {
            CheckField(name, nameof(table));
        }

        var header = new List<string>();
        if (table.GroupIds is not null)
        {
            header.Add("group");
        }

        header.Add("label");
        if (table.HasWeights)
        {
            header.Add("weight");
        }

        header.AddRange(table.FeatureNames);
        writer.Write(string.Join(',', header));
        writer.Write('\n');
        var line = new StringBuilder();
        for (var i = 0; i < table.RowCount; i++)
        {
            line.Clear();
            if (table.GroupIds is { } groups)
            {
                CheckField(groups[i], nameof(table));
                line.Append(groups[i]).Append(',');
            }

            line.Append(table.Labels[i] ? '1' : '0');
            if (table.HasWeights)
            {
                line.Append(',').Append(table.Weights[i].ToString("R", CultureInfo.InvariantCulture));
            }

            foreach (var v in table.GetRow(i))
            {
                line.Append(',').Append(double.IsNaN(v) ? "NaN" : v.ToString("R", CultureInfo.InvariantCulture));
            }

            line.Append('\n');
            writer.Write(line);
        }
    }

    private static int Find(string[] columns, string? name)
    {
        if (name is null)
        {
            return -1;
        }

        var at = Array.IndexOf(columns, name);
        return at >= 0 ? at : throw new FeatureTableFormatException($"The CSV has no '{name}' column.");
    }

    private static double ParseValue(string field, int line, string column)
    {
        var text = field.Trim();
        if (text.Length == 0 || text is "NaN" or "nan" or "NA")
        {
            return double.NaN;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FeatureTableFormatException($"Line {line}, column '{column}': '{field}' is not a number.");
    }

    private static void CheckField(string value, string parameter)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") >= 0)
        {
            throw new ArgumentException($"'{value}' cannot be written to a plain CSV field.", parameter);
        }
    }
}
