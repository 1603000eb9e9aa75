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
        for (var t = 0; t < Trees.Length; t++)
        {
            var tree = Trees[t];
            _roots[t] = at;
            for (var i = 0; i < tree.NodeCount; i++)
            {
                var leaf = tree.Feature[i] < 0;
                _nodes[at + i] = new PackedNode
                {
                    Feature = tree.Feature[i],
                    Value = leaf ? tree.Value[i] : tree.Threshold[i],
                    Left = leaf ? 0 : at + tree.Left[i],
                    Right = leaf ? 0 : at + tree.Right[i],
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

                var v = Unsafe.Add(ref x, node.Feature);
                i = v <= node.Value ? node.Left : (v > node.Value || !node.MissingLeft ? node.Right : node.Left);
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
        public int Right;
        public bool MissingLeft;
    }
}
