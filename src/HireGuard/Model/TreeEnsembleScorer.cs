using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace HireGuard.Model;

/// <summary>A boosted tree ensemble: raw score = bias + Σ tree outputs.</summary>
internal sealed class TreeEnsembleScorer : ScoringModel
{
    private readonly PackedNode[] _nodes;
    private readonly int[] _roots;
    private readonly int[] _depths;
    private readonly double _baseValue;

    public TreeEnsembleScorer(int featureCount, double bias, IReadOnlyList<RegressionTree> trees)
    {
        FeatureCount = featureCount;
        Bias = bias;
        Trees = [.. trees];
        _roots = new int[Trees.Length];
        _depths = new int[Trees.Length];
        var total = 0;
        foreach (var tree in Trees)
        {
            total += tree.NodeCount;
        }

        _nodes = new PackedNode[total];
        var at = 0;
        var baseValue = bias;
        var maxDepth = 0;
        var order = new List<int>();
        var position = Array.Empty<int>();
        for (var t = 0; t < Trees.Length; t++)
        {
            // Breadth-first layout with siblings side by side (right = left + 1): one index per node.
            var tree = Trees[t];
            _roots[t] = at;
            order.Clear();
            order.Add(0);
            if (position.Length < tree.NodeCount)
            {
                position = new int[tree.NodeCount];
            }

            for (var k = 0; k < order.Count; k++)
            {
                position[order[k]] = at + k;
                var i = order[k];
                if (tree.Feature[i] >= 0)
                {
                    order.Add(tree.Left[i]);
                    order.Add(tree.Right[i]);
                }
            }

            foreach (var i in order)
            {
                // A leaf is a fixed point of the walk: threshold +∞ and missing-left send every
                // value to "left", which is the leaf itself.
                var leaf = tree.Feature[i] < 0;
                _nodes[position[i]] = new PackedNode
                {
                    Feature = leaf ? 0 : tree.Feature[i],
                    Threshold = leaf ? double.PositiveInfinity : tree.Threshold[i],
                    Value = leaf ? tree.Value[i] : 0,
                    Left = leaf ? position[i] : position[tree.Left[i]],
                    MissingLeft = leaf || tree.MissingLeft[i],
                };
            }

            _depths[t] = tree.MaxDepth;

            at += tree.NodeCount;
            baseValue += tree.ExpectedValue;
            maxDepth = Math.Max(maxDepth, tree.MaxDepth);
        }

        _baseValue = baseValue;
        MaxDepth = maxDepth;
    }

    public override int FeatureCount { get; }

    public override ExplanationMethod Method => ExplanationMethod.TreeShap;

    public override double BaseValue => _baseValue;

    public double Bias { get; }

    public RegressionTree[] Trees { get; }

    public int MaxDepth { get; }

    /// <summary>
    /// Walks four trees at once without branches (each step picks the child arithmetically;
    /// leaves are fixed points), so the four dependent chains of loads overlap.
    /// </summary>
    public override double PredictRaw(ReadOnlySpan<double> features)
    {
        ref var nodes = ref MemoryMarshal.GetArrayDataReference(_nodes);
        ref var x = ref MemoryMarshal.GetReference(features);
        var sum = Bias;
        var t = 0;
        for (; t + 4 <= _roots.Length; t += 4)
        {
            int i0 = _roots[t], i1 = _roots[t + 1], i2 = _roots[t + 2], i3 = _roots[t + 3];
            var steps = Math.Max(Math.Max(_depths[t], _depths[t + 1]), Math.Max(_depths[t + 2], _depths[t + 3]));
            for (var k = 0; k < steps; k++)
            {
                i0 = Step(ref nodes, i0, ref x);
                i1 = Step(ref nodes, i1, ref x);
                i2 = Step(ref nodes, i2, ref x);
                i3 = Step(ref nodes, i3, ref x);
            }

            sum += Unsafe.Add(ref nodes, i0).Value;
            sum += Unsafe.Add(ref nodes, i1).Value;
            sum += Unsafe.Add(ref nodes, i2).Value;
            sum += Unsafe.Add(ref nodes, i3).Value;
        }

        for (; t < _roots.Length; t++)
        {
            var i = _roots[t];
            for (var k = 0; k < _depths[t]; k++)
            {
                i = Step(ref nodes, i, ref x);
            }

            sum += Unsafe.Add(ref nodes, i).Value;
        }

        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Step(ref PackedNode nodes, int i, ref double x)
    {
        ref var node = ref Unsafe.Add(ref nodes, i);
        var v = Unsafe.Add(ref x, node.Feature);
        var right = !(v <= node.Threshold) & !(double.IsNaN(v) & node.MissingLeft);
        return node.Left + (right ? 1 : 0);
    }

    public override void Explain(ReadOnlySpan<double> features, Span<double> contributions)
    {
        contributions.Clear();
        var shap = TreeShap.ForThread(MaxDepth);
        foreach (var tree in Trees)
        {
            shap.Add(tree, features, contributions);
        }
    }

    private struct PackedNode
    {
        public double Threshold;
        public double Value;
        public int Feature;
        public int Left;
        public bool MissingLeft;
    }
}
