using BenchmarkDotNet.Attributes;
using HireGuard.Model;

namespace HireGuard.Benchmarks.Model;

/// <summary>
/// Inference cost of the numeric predictor: a realistically sized GBDT (200 trees, depth ≤ 6,
/// up to 63 leaves, 60 features, trained on the synthetic table) and a logistic model on the same
/// features. Explanations use the allocation-free span overloads except where named.
/// </summary>
public class PredictBenchmark
{
    private BinaryClassifier _trees = null!;
    private BinaryClassifier _linear = null!;
    private double[][] _rows = null!;
    private double[] _contributions = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var table = SyntheticTabularProblem.Generate(30_000, seed: 7);
        _trees = new GradientBoostedTreesTrainer(new GradientBoostedTreesOptions
        {
            NumberOfIterations = 200,
            MaximumDepth = 6,
            MaximumLeafCount = 63,
            MinimumExampleCountPerLeaf = 10,
            EarlyStoppingRounds = 0,
            Seed = 1,
        }).Fit(table);
        _linear = new LogisticRegressionTrainer().Fit(table);
        _rows = Enumerable.Range(0, 256).Select(i => table.GetRow(i).ToArray()).ToArray();
        _contributions = new double[table.FeatureCount];
    }

    [Benchmark(Baseline = true)]
    public double TreesPredict() => _trees.Predict(NextRow()).Probability;

    [Benchmark]
    public double TreesPredictAndExplain()
    {
        var row = NextRow();
        var p = _trees.Predict(row).Probability;
        return p + _trees.Explain(row, _contributions);
    }

    [Benchmark]
    public ModelExplanation TreesExplainObject() => _trees.Explain(NextRow());

    [Benchmark]
    public double LinearPredict() => _linear.Predict(NextRow()).Probability;

    [Benchmark]
    public double LinearPredictAndExplain()
    {
        var row = NextRow();
        var p = _linear.Predict(row).Probability;
        return p + _linear.Explain(row, _contributions);
    }

    private double[] NextRow() => _rows[_next++ & 255];
}
