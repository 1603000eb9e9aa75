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
                RadixSort(values);
                return BinMapper.Fit(values, maxBins);
            }
        }

        // At most maxBins distinct values: the thresholds only depend on the distinct values.
        var few = distinct.ToArray();
        Array.Sort(few);
        return BinMapper.Fit(few, maxBins);
    }

    /// <summary>
    /// Sorts doubles (no NaN) ascending by an LSD radix sort on order-preserving 64-bit keys,
    /// 11 bits per pass, skipping passes in which every key has the same digit.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void RadixSort(Span<double> values)
    {
        var n = values.Length;
        var keys = new ulong[n];
        var other = new ulong[n];
        for (var i = 0; i < n; i++)
        {
            var bits = (ulong)BitConverter.DoubleToInt64Bits(values[i]);
            keys[i] = (bits & 0x8000_0000_0000_0000UL) != 0 ? ~bits : bits | 0x8000_0000_0000_0000UL;
        }

        const int Bits = 11;
        const int Buckets = 1 << Bits;
        var counts = new int[Buckets];
        for (var shift = 0; shift < 64; shift += Bits)
        {
            Array.Clear(counts);
            foreach (var key in keys)
            {
                counts[(int)((key >> shift) & (Buckets - 1))]++;
            }

            if (counts[(int)((keys[0] >> shift) & (Buckets - 1))] == n)
            {
                continue;
            }

            var sum = 0;
            for (var b = 0; b < Buckets; b++)
            {
                var c = counts[b];
                counts[b] = sum;
                sum += c;
            }

            foreach (var key in keys)
            {
                other[counts[(int)((key >> shift) & (Buckets - 1))]++] = key;
            }

            (keys, other) = (other, keys);
        }

        for (var i = 0; i < n; i++)
        {
            var key = keys[i];
            var bits = (key & 0x8000_0000_0000_0000UL) != 0 ? key & 0x7FFF_FFFF_FFFF_FFFFUL : ~key;
            values[i] = BitConverter.Int64BitsToDouble((long)bits);
        }
    }
}
