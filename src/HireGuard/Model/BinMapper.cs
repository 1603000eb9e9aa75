using System.Runtime.CompilerServices;

namespace HireGuard.Model;

/// <summary>
/// Maps one feature's values to histogram bins: bin <c>b</c> holds the values in
/// <c>(Thresholds[b-1], Thresholds[b]]</c>, the last value bin everything above the last threshold,
/// and the extra bin <see cref="MissingBin"/> holds NaN. So "bin ≤ b" is exactly "value ≤ Thresholds[b]",
/// which is the comparison the trained trees make on raw values.
/// </summary>
internal sealed class BinMapper
{
    public BinMapper(double[] thresholds)
    {
        Thresholds = thresholds;
    }

    /// <summary>Gets the strictly increasing bin upper bounds (one fewer than the value bins).</summary>
    public double[] Thresholds { get; }

    /// <summary>Gets the number of value (non-missing) bins.</summary>
    public int BinCount => Thresholds.Length + 1;

    /// <summary>Gets the index of the bin that holds missing values.</summary>
    public int MissingBin => Thresholds.Length + 1;

    /// <summary>
    /// Builds the thresholds from the sorted non-missing values of a sample: midpoints between
    /// neighbouring distinct values when there are at most <paramref name="maxBins"/> of them,
    /// otherwise cuts at equally spaced quantiles.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static BinMapper Fit(ReadOnlySpan<double> sorted, int maxBins)
    {
        var m = sorted.Length;
        if (m == 0)
        {
            return new BinMapper([]);
        }

        var distinct = 1;
        for (var i = 1; i < m && distinct <= maxBins; i++)
        {
            if (sorted[i] != sorted[i - 1])
            {
                distinct++;
            }
        }

        var thresholds = new List<double>(Math.Min(distinct, maxBins));
        if (distinct <= maxBins)
        {
            for (var i = 1; i < m; i++)
            {
                if (sorted[i] != sorted[i - 1])
                {
                    thresholds.Add(Midpoint(sorted[i - 1], sorted[i]));
                }
            }
        }
        else
        {
            var max = sorted[m - 1];
            for (var q = 1; q < maxBins; q++)
            {
                var pos = (int)((long)q * m / maxBins);
                if (pos <= 0 || pos >= m)
                {
                    continue;
                }

                var t = sorted[pos - 1] == sorted[pos] ? sorted[pos - 1] : Midpoint(sorted[pos - 1], sorted[pos]);
                if (t >= max || (thresholds.Count > 0 && t <= thresholds[^1]))
                {
                    continue;
                }

                thresholds.Add(t);
            }
        }

        return new BinMapper([.. thresholds]);
    }

    /// <summary>Maps a value to its bin.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public byte Map(double value)
    {
        if (double.IsNaN(value))
        {
            return (byte)MissingBin;
        }

        // Lower bound (the first threshold >= value), without data-dependent branches.
        var t = Thresholds;
        if (t.Length == 0)
        {
            return 0;
        }

        var lo = 0;
        var length = t.Length;
        while (length > 1)
        {
            var half = length >> 1;
            lo = t[lo + half - 1] < value ? lo + half : lo;
            length -= half;
        }

        return (byte)(t[lo] < value ? lo + 1 : lo);
    }

    /// <summary>A value strictly below <paramref name="b"/> and at least <paramref name="a"/> (a &lt; b).</summary>
    internal static double Midpoint(double a, double b)
    {
        if (double.IsInfinity(a) || double.IsInfinity(b))
        {
            return double.IsNegativeInfinity(a) && double.IsFinite(b) ? (b > -double.MaxValue ? -double.MaxValue : a) : a;
        }

        var m = (a * 0.5) + (b * 0.5);
        return m >= a && m < b ? m : a;
    }
}
