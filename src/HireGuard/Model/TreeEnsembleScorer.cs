using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace HireGuard.Model;

/// <summary>A boosted tree ensemble: raw score = bias + Σ tree outputs.</summary>
internal sealed class TreeEnsembleScorer : ScoringModel
{
    private readonly PackedNode[] _nodes;
    private readonly int[] _roots;
    private readonly double _baseValue;

    public TreeEnsembleScorer(int featureCount, double bias, IReadOnlyList<RegressionTree> trees)
    {
        FeatureCount = featureCount;
        Bias = bias;
        Trees = [.. trees];
        _roots = new int[Trees.Length];
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
            // Breadth-first layout with siblings side by side (right = left + 1), so traversal
            // picks the child by arithmetic instead of a hard-to-predict branch.
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
                var leaf = tree.Feature[i] < 0;
                _nodes[position[i]] = new PackedNode
                {
                    Feature = tree.Feature[i],
                    Value = leaf ? tree.Value[i] : tree.Threshold[i],
                    Left = leaf ? 0 : position[tree.Left[i]],
                    MissingLeft = tree.MissingLeft[i],
                };
            }

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

    public override double PredictRaw(ReadOnlySpan<double> features)
    {
        ref var nodes = ref MemoryMarshal.GetArrayDataReference(_nodes);
        ref var x = ref MemoryMarshal.GetReference(features);
        var sum = Bias;
        foreach (var root in _roots)
        {
            var i = root;
            while (true)
            {
                ref var node = ref Unsafe.Add(ref nodes, i);
                if (node.Feature < 0)
                {
                    sum += node.Value;
                    break;
                }

                // Right when the value is above the threshold, or missing and missing goes right.
                var v = Unsafe.Add(ref x, node.Feature);
                var right = !(v <= node.Value) & !(double.IsNaN(v) & node.MissingLeft);
                i = node.Left + (right ? 1 : 0);
            }
        }

        return sum;
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
        public double Value;
        public int Feature;
        public int Left;
        public bool MissingLeft;
    }
}
