namespace HireGuard.Model;

/// <summary>Data operations of a <see cref="ModelContext"/>.</summary>
public sealed class DataOperationsCatalog
{
    private readonly ModelContext _context;

    internal DataOperationsCatalog(ModelContext context)
    {
        _context = context;
    }

    /// <summary>
    /// Splits a table into train and test sets. When the table has group ids, whole groups go to
    /// one side (split by cell, never by record: ML.NET's <c>samplingKeyColumnName</c>); otherwise
    /// rows are split stratified by label. Seeded and deterministic.
    /// </summary>
    /// <param name="data">The table.</param>
    /// <param name="testFraction">The share of rows (approximately, when splitting by group) for the test set, in (0, 1).</param>
    /// <param name="seed">The seed; null for the context's.</param>
    /// <returns>The two sets.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="testFraction"/> is not in (0, 1).</exception>
    public TrainTestData TrainTestSplit(FeatureTable data, double testFraction = 0.1, int? seed = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!(testFraction > 0 && testFraction < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(testFraction), testFraction, "Must be in (0, 1).");
        }

        var (train, test) = DataSplitter.Split(data, testFraction, seed ?? _context.Seed);
        return new TrainTestData(data.SelectRows(train), data.SelectRows(test));
    }

    /// <summary>Loads a feature table from CSV (see <see cref="FeatureTableCsv"/>).</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="labelColumn">The label column's name.</param>
    /// <param name="groupColumn">The group column's name, or null.</param>
    /// <param name="weightColumn">The weight column's name, or null.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="FeatureTableFormatException">The file is not a valid feature table.</exception>
#pragma warning disable CA1822 // Instance member by design: the ML.NET-style catalog shape.
    public FeatureTable LoadFromCsv(string path, string labelColumn = "label", string? groupColumn = null, string? weightColumn = null) =>
        FeatureTableCsv.Read(path, labelColumn, groupColumn, weightColumn);
#pragma warning restore CA1822
}
