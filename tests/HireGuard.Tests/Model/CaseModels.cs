using HireGuard.Model;
using HireGuard.Scoring;

namespace HireGuard.Tests.Model;

/// <summary>Models trained once on <see cref="LabelledCases"/>, shared by the learning-loop tests.</summary>
internal static class CaseModels
{
    private static readonly Lazy<CaseDataset> LazyData = new(() =>
    {
        var (cases, labels) = LabelledCases.Create(240, seed: 5);
        return CaseDataset.Build(cases, LabelFile.Read(new StringReader(labels)), Engine());
    });

    private static readonly Lazy<ClassifierRiskModel> LazyTrees = new(() => ClassifierRiskModel.Create(
        new ModelContext(seed: 7, new FixedTimeProvider()).BinaryClassification.Trainers.GradientBoostedTrees(TreeOptions).Fit(Data.Features)));

    private static readonly Lazy<ClassifierRiskModel> LazyLinear = new(() => ClassifierRiskModel.Create(
        new ModelContext(seed: 7, new FixedTimeProvider()).BinaryClassification.Trainers.LogisticRegression(new LogisticRegressionOptions { L2Regularization = 1e-2 }).Fit(Data.Features)));

    public static GradientBoostedTreesOptions TreeOptions => new()
    {
        NumberOfIterations = 40,
        MinimumExampleCountPerLeaf = 4,
        MaximumLeafCount = 8,
        ValidationFraction = 0.25,
        EarlyStoppingRounds = 10,
    };

    /// <summary>Gets the labelled dataset (240 cases).</summary>
    public static CaseDataset Data => LazyData.Value;

    /// <summary>Gets a gradient-boosted trees model (TreeSHAP explanations, Platt-calibrated).</summary>
    public static ClassifierRiskModel Trees => LazyTrees.Value;

    /// <summary>Gets a logistic regression model (linear explanations).</summary>
    public static ClassifierRiskModel Linear => LazyLinear.Value;

    /// <summary>An engine without a model, with a fixed clock.</summary>
    public static RiskEngine Engine() => RiskEngine.CreateBuilder().UseTimeProvider(new FixedTimeProvider()).Build();
}
