using BenchmarkDotNet.Attributes;
using HireGuard.Benchmarks.Scoring;
using HireGuard.Evidence;
using HireGuard.Model;
using HireGuard.Rules;
using HireGuard.Scoring;
using HireGuard.Signals;
using HireGuard.Tests.Model;

namespace HireGuard.Benchmarks.Model;

/// <summary>
/// Cost of the learned model inside the engine: feature extraction from evidence and findings,
/// prediction and the exact explanation (<see cref="ClassifierRiskModel.Predict"/>), for a GBDT
/// (TreeSHAP) and a logistic model trained in the setup on 600 seeded labelled cases; and a whole
/// evaluation with and without the model; and the embedded default model (<see cref="RiskModels.Default"/>):
/// predict alone on extracted features, and features + predict + TreeSHAP.
/// </summary>
public class ClassifierRiskModelBenchmark
{
    private ClassifierRiskModel _trees = null!;
    private ClassifierRiskModel _linear = null!;
    private (CaseEvidence Evidence, IReadOnlyList<Finding> Findings)[] _inputs = null!;
    private RiskEngine _rulesOnly = null!;
    private RiskEngine _withTrees = null!;
    private RiskEngine _withDefault = null!;
    private double[][] _defaultFeatures = null!;
    private HiringCase _laptopFarm = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var (cases, labels) = LabelledCases.Create(600, seed: 3);
        _rulesOnly = RiskEngine.CreateBuilder().Build();
        var data = CaseDataset.Build(cases, LabelFile.Read(new StringReader(labels)), _rulesOnly);
        var ml = new ModelContext(seed: 1);
        _trees = ClassifierRiskModel.Create(ml.BinaryClassification.Trainers.GradientBoostedTrees(new GradientBoostedTreesOptions { NumberOfIterations = 100, MinimumExampleCountPerLeaf = 5 }).Fit(data.Features));
        _linear = ClassifierRiskModel.Create(ml.BinaryClassification.Trainers.LogisticRegression().Fit(data.Features));
        _inputs = [.. cases.Take(64).Select(_rulesOnly.Analyze)];
        _withTrees = RiskEngine.CreateBuilder().UseModel(_trees).Build();
        _withDefault = RiskEngine.CreateBuilder().UseModel(RiskModels.Default).Build();
        _defaultFeatures = [.. _inputs.Select(i => RiskModels.Default.ExtractFeatures(i.Evidence, i.Findings))];
        _laptopFarm = HiringCaseJson.Read(BenchmarkCases.Json("03-laptop-farm")).Case;
    }

    [Benchmark(Baseline = true, Description = "GBDT: features + predict + TreeSHAP")]
    public ModelPrediction TreesPredict()
    {
        var (evidence, findings) = Next();
        return _trees.Predict(evidence, findings);
    }

    [Benchmark(Description = "Logistic: features + predict + linear terms")]
    public ModelPrediction LinearPredict()
    {
        var (evidence, findings) = Next();
        return _linear.Predict(evidence, findings);
    }

    [Benchmark(Description = "Features only")]
    public double[] ExtractFeatures()
    {
        var (evidence, findings) = Next();
        return _trees.ExtractFeatures(evidence, findings);
    }

    [Benchmark(Description = "Default model: predict (features given)")]
    public double DefaultPredict() => RiskModels.Default.Classifier.PredictProbability(_defaultFeatures[_next++ & 63]);

    [Benchmark(Description = "Default model: features + predict + TreeSHAP")]
    public ModelPrediction DefaultPredictExplain()
    {
        var (evidence, findings) = Next();
        return RiskModels.Default.Predict(evidence, findings);
    }

    [Benchmark(Description = "Evaluate laptop-farm, rules + default model")]
    public RiskAssessment EvaluateWithDefault() => _withDefault.Evaluate(_laptopFarm);

    [Benchmark(Description = "Evaluate laptop-farm, rules only")]
    public RiskAssessment EvaluateRulesOnly() => _rulesOnly.Evaluate(_laptopFarm);

    [Benchmark(Description = "Evaluate laptop-farm, rules + GBDT")]
    public RiskAssessment EvaluateWithTrees() => _withTrees.Evaluate(_laptopFarm);

    private (CaseEvidence Evidence, IReadOnlyList<Finding> Findings) Next() => _inputs[_next++ & 63];
}
