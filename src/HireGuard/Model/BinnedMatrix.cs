using System.Runtime.CompilerServices;
namespace HireGuard.Model;

/// <summary>Feature values mapped to bins, one contiguous byte column per feature.</summary>
internal sealed class BinnedMatrix
{
    private BinnedMatrix(int rowCount, BinMapper[] mappers, byte[] bins)
    {
        RowCount = rowCount;
        Mappers = mappers;
        Bins = bins;
    }

    public int RowCount { get; }

    public int FeatureCount => Mappers.Length;

    public BinMapper[] Mappers { get; }

    /// <summary>Gets the bins, column-major: feature <c>f</c> of row <c>i</c> is at <c>f * RowCount + i</c>.</summary>
    public byte[] Bins { get; }

    /// <summary>
    /// Fits one mapper per feature on the given rows (or a seeded sample of at most
    /// <paramref name="sampleSize"/> of them).
    /// </summary>
    public static BinMapper[] FitMappers(FeatureTable table, int maxBins, int sampleSize, long seed, ParallelRunner runner)
    {
        var n = table.RowCount;
        var p = table.FeatureCount;
        int[] sample;
        if (n > sampleSize)
        {
            var all = new int[n];
            for (var i = 0; i < n; i++)
            {
                all[i] = i;
            }

            DeterministicRandom.Derive(seed, 0x_B1_45).Shuffle(all.AsSpan());
            sample = all[..sampleSize];
            Array.Sort(sample);
        }
        else
        {
            sample = new int[n];
            for (var i = 0; i < n; i++)
            {
                sample[i] = i;
            }
        }

        var values = table.RawValues;
        var mappers = new BinMapper[p];
        const int Block = 8;
        var blocks = (p + Block - 1) / Block;
        runner.For(blocks, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (f0) =>
        {
            // Read the sample row by row (one cache line per row covers the block's features).
            var first = f0 * Block;
            var width = Math.Min(Block, p - first);
            var columns = new double[width][];
            var counts = new int[width];
            for (var k = 0; k < width; k++)
            {
                columns[k] = new double[sample.Length];
            }

            foreach (var r in sample)
            {
                var row = values.AsSpan((int)(((long)r * p) + first), width);
                for (var k = 0; k < width; k++)
                {
                    var v = row[k];
                    if (!double.IsNaN(v))
                    {
                        columns[k][counts[k]++] = v;
                    }
                }
            }

            var distinct = new HashSet<double>();
            for (var k = 0; k < width; k++)
            {
                var span = columns[k].AsSpan(0, counts[k]);
                mappers[first + k] = FitOne(span, maxBins, distinct);
            }
        });
        return mappers;
    }

    /// <summary>Bins every row of the table with the given mappers.</summary>
    public static BinnedMatrix Create(FeatureTable table, BinMapper[] mappers, ParallelRunner runner)
    {
        var n = table.RowCount;
        var p = table.FeatureCount;
        var values = table.RawValues;
        var bins = new byte[(long)n * p];
        const int Chunk = 2048;
        var chunks = (n + Chunk - 1) / Chunk;
        runner.For(chunks, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (c) =>
        {
            // A chunk of rows stays in cache while each feature's column slice is written sequentially.
            var start = c * Chunk;
            var end = Math.Min(n, start + Chunk);
            for (var f = 0; f < p; f++)
            {
                var mapper = mappers[f];
                var column = bins.AsSpan((int)(((long)f * n) + start), end - start);
                long at = ((long)start * p) + f;
                for (var i = 0; i < column.Length; i++, at += p)
                {
                    column[i] = mapper.Map(values[at]);
                }
            }
        });
        return new BinnedMatrix(n, mappers, bins);
    }

    /// <summary>Fits one mapper; features with few distinct values skip the sort.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static BinMapper FitOne(Span<double> values, int maxBins, HashSet<double> distinct)
    {
        distinct.Clear();
        foreach (var v in values)
        {
            if (distinct.Add(v) && distinct.Count > maxBins)
            {
                values.Sort();
                return BinMapper.Fit(values, maxBins);
            }
        }

        // At most maxBins distinct values: the thresholds only depend on the distinct values.
        var few = distinct.ToArray();
        Array.Sort(few);
        return BinMapper.Fit(few, maxBins);
    }
}
