using HireGuard.Model;

namespace HireGuard.Tests.Model;

/// <summary>
/// Reference Shapley values by enumerating every coalition, with the path-dependent value function
/// v(S) = E[f(x) | x_S]: at a split on a feature in S follow x, otherwise average the children by cover.
/// </summary>
internal static class BruteForceShapley
{
    public static double[] Explain(IReadOnlyList<RegressionTree> trees, double[] x)
    {
        var m = x.Length;
        var phi = new double[m];
        var factorial = new double[m + 1];
        factorial[0] = 1;
        for (var k = 1; k <= m; k++)
        {
            factorial[k] = factorial[k - 1] * k;
        }

        var inSet = new bool[m];
        for (var mask = 0; mask < (1 << m); mask++)
        {
            var size = 0;
            for (var j = 0; j < m; j++)
            {
                inSet[j] = (mask & (1 << j)) != 0;
                size += inSet[j] ? 1 : 0;
            }

            var without = Value(trees, x, inSet);
            for (var i = 0; i < m; i++)
            {
                if (inSet[i])
                {
                    continue;
                }

                inSet[i] = true;
                var with = Value(trees, x, inSet);
                inSet[i] = false;
                phi[i] += factorial[size] * factorial[m - size - 1] / factorial[m] * (with - without);
            }
        }

        return phi;
    }

    public static double Value(IReadOnlyList<RegressionTree> trees, double[] x, bool[] inSet)
    {
        var total = 0.0;
        foreach (var tree in trees)
        {
            total += Value(tree, x, inSet, 0);
        }

        return total;
    }

    private static double Value(RegressionTree tree, double[] x, bool[] inSet, int node)
    {
        var f = tree.Feature[node];
        if (f < 0)
        {
            return tree.Value[node];
        }

        var l = tree.Left[node];
        var r = tree.Right[node];
        if (inSet[f])
        {
            var v = x[f];
            var left = double.IsNaN(v) ? tree.MissingLeft[node] : v <= tree.Threshold[node];
            return Value(tree, x, inSet, left ? l : r);
        }

        return ((tree.Cover[l] * Value(tree, x, inSet, l)) + (tree.Cover[r] * Value(tree, x, inSet, r))) / tree.Cover[node];
    }

    /// <summary>A random tree over <paramref name="features"/> features (features repeat on paths), depth ≤ <paramref name="maxDepth"/>.</summary>
    public static RegressionTree RandomTree(Random random, int features, int maxDepth)
    {
        var feature = new List<int>();
        var threshold = new List<double>();
        var left = new List<int>();
        var right = new List<int>();
        var missingLeft = new List<bool>();
        var value = new List<double>();
        var depth = new List<int>();
        void Add(int d)
        {
            feature.Add(-1);
            threshold.Add(0);
            left.Add(0);
            right.Add(0);
            missingLeft.Add(false);
            value.Add(0);
            depth.Add(d);
        }

        Add(0);
        for (var i = 0; i < feature.Count; i++)
        {
            var split = depth[i] < maxDepth && (depth[i] == 0 || random.NextDouble() < 0.75);
            if (!split)
            {
                value[i] = (random.NextDouble() * 4) - 2;
                continue;
            }

            feature[i] = random.Next(features);
            threshold[i] = (random.NextDouble() * 2) - 1;
            missingLeft[i] = random.NextDouble() < 0.5;
            left[i] = feature.Count;
            Add(depth[i] + 1);
            right[i] = feature.Count;
            Add(depth[i] + 1);
        }

        var n = feature.Count;
        var cover = new double[n];
        for (var i = n - 1; i >= 0; i--)
        {
            cover[i] = feature[i] < 0 ? 1 + random.Next(100) : cover[left[i]] + cover[right[i]];
        }

        return new RegressionTree([.. feature], [.. threshold], [.. left], [.. right], [.. missingLeft], [.. value], cover);
    }
}
