namespace HireGuard.Model;

/// <summary>
/// One trained tree in array form. Node 0 is the root; children always have larger indices than
/// their parent. A node with <see cref="Feature"/> -1 is a leaf whose output is <see cref="Value"/>.
/// Internal nodes send a row left when its value is ≤ <see cref="Threshold"/>, right when greater,
/// and follow <see cref="MissingLeft"/> when it is NaN. <see cref="Cover"/> is the (weighted)
/// number of training rows that reached the node; children's covers add up to the parent's.
/// </summary>
internal sealed class RegressionTree
{
    public RegressionTree(int[] feature, double[] threshold, int[] left, int[] right, bool[] missingLeft, double[] value, double[] cover)
    {
        Feature = feature;
        Threshold = threshold;
        Left = left;
        Right = right;
        MissingLeft = missingLeft;
        Value = value;
        Cover = cover;
        (MaxDepth, ExpectedValue) = Summarize(feature, left, right, value, cover);
    }

    public int[] Feature { get; }

    public double[] Threshold { get; }

    public int[] Left { get; }

    public int[] Right { get; }

    public bool[] MissingLeft { get; }

    public double[] Value { get; }

    public double[] Cover { get; }

    public int NodeCount => Feature.Length;

    /// <summary>Gets the depth of the deepest leaf (a single-leaf tree has depth 0).</summary>
    public int MaxDepth { get; }

    /// <summary>Gets the cover-weighted mean output: the tree's contribution to the explanation base value.</summary>
    public double ExpectedValue { get; }

    public double Predict(ReadOnlySpan<double> x)
    {
        var i = 0;
        while (Feature[i] >= 0)
        {
            var v = x[Feature[i]];
            i = double.IsNaN(v) ? (MissingLeft[i] ? Left[i] : Right[i]) : (v <= Threshold[i] ? Left[i] : Right[i]);
        }

        return Value[i];
    }

    /// <summary>Depth and cover-weighted expectation, iteratively (children follow parents in index order).</summary>
    private static (int Depth, double Expectation) Summarize(int[] feature, int[] left, int[] right, double[] value, double[] cover)
    {
        var n = feature.Length;
        var depth = new int[n];
        var maxDepth = 0;
        for (var i = 0; i < n; i++)
        {
            if (feature[i] >= 0)
            {
                depth[left[i]] = depth[i] + 1;
                depth[right[i]] = depth[i] + 1;
                maxDepth = Math.Max(maxDepth, depth[i] + 1);
            }
        }

        var expectation = new double[n];
        for (var i = n - 1; i >= 0; i--)
        {
            expectation[i] = feature[i] < 0
                ? value[i]
                : ((cover[left[i]] * expectation[left[i]]) + (cover[right[i]] * expectation[right[i]])) / cover[i];
        }

        return (maxDepth, expectation[0]);
    }
}
