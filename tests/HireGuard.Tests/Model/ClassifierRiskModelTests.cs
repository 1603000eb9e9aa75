using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using HireGuard.Model;
using HireGuard.Rules;
using HireGuard.Scoring;
using HireGuard.Tests.Scoring;

namespace HireGuard.Tests.Model;

public sealed class ClassifierRiskModelTests
{
    private static readonly RiskEngine Analyzer = CaseModels.Engine();

    private static byte[] Save(BinaryClassifier classifier)
    {
        using var stream = new MemoryStream();
        classifier.Save(stream);
        return stream.ToArray();
    }

    private static ModelFileException LoadFails(byte[] bytes) =>
        Assert.Throws<ModelFileException>(() => ClassifierRiskModel.Load(new MemoryStream(bytes)));

    private static BinaryClassifier TrainOn(FeatureManifest manifest)
    {
        var data = CaseModels.Data.Features;
        var columns = manifest.Count;
        var values = new double[data.RowCount * columns];
        for (var i = 0; i < data.RowCount; i++)
        {
            data.GetRow(i)[..columns].CopyTo(values.AsSpan(i * columns, columns));
        }

        var table = new FeatureTable(manifest, values, data.Labels);
        return new LogisticRegressionTrainer(new LogisticRegressionOptions { Seed = 1, L2Regularization = 1e-2 }).Fit(table);
    }

    [Fact]
    public void Predict_RandomCases_ContributionsAddUpToTheLogOdds()
    {
        Prop.ForAll(Arb.From(RandomCases.Gen()), c =>
        {
            var (evidence, findings) = Analyzer.Analyze(c);
            foreach (var model in new[] { CaseModels.Trees, CaseModels.Linear })
            {
                var p = model.Predict(evidence, findings);
                var sum = p.BaseValue + p.Contributions.Sum(x => x.Contribution);
                var direct = model.Classifier.Predict(model.ExtractFeatures(evidence, findings)).LogOdds;
                if (Math.Abs(sum - p.LogOdds) > 1e-9 || p.LogOdds != direct || p.Contributions.Count != CaseFeatureSchema.Current.Count)
                {
                    return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Predict_EveryContributionNamesACataloguedIndicatorCode()
    {
        var (evidence, findings) = Analyzer.Analyze(HireGuard.Tests.TestUtilities.TestCases.Demo("03-laptop-farm").Case);

        var p = CaseModels.Trees.Predict(evidence, findings);

        Assert.All(p.Contributions, c => Assert.True(IndicatorCatalog.TryGet(c.Code, out _), c.Code));
        Assert.Contains(p.Contributions, c => c.Contribution != 0);
    }

    [Fact]
    public void Predict_ManyThreads_AgreesWithOneThread()
    {
        var cases = LabelledCases.Create(60, seed: 9).Cases.Select(Analyzer.Analyze).ToArray();
        var expected = cases.Select(c => CaseModels.Trees.Predict(c.Evidence, c.Findings).LogOdds).ToArray();
        var actual = new double[cases.Length];

        Parallel.For(0, cases.Length * 20, new ParallelOptions { MaxDegreeOfParallelism = 4 }, k =>
        {
            var i = k % cases.Length;
            actual[i] = CaseModels.Trees.Predict(cases[i].Evidence, cases[i].Findings).LogOdds;
        });

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Info_DescribesTheModelForProvenance()
    {
        var info = CaseModels.Trees.Info;

        Assert.Equal("tree-shap", info.Method);
        Assert.Equal("linear", CaseModels.Linear.Info.Method);
        Assert.Equal(CaseFeatureSchema.CurrentVersion, info.FeatureSchemaVersion);
        Assert.Equal(CaseModels.Trees.Classifier.Sha256, info.Sha256);
        Assert.StartsWith("gradient-boosted-trees-", info.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SavedModel_PredictsIdentically()
    {
        var loaded = ClassifierRiskModel.Load(new MemoryStream(Save(CaseModels.Trees.Classifier)));
        var (evidence, findings) = Analyzer.Analyze(HireGuard.Tests.TestUtilities.TestCases.Demo("03-laptop-farm").Case);

        Assert.Equal(CaseModels.Trees.Info, loaded.Info);
        Assert.Equal(CaseModels.Trees.Predict(evidence, findings), loaded.Predict(evidence, findings), new PredictionComparer());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(5000)]
    public void Load_Truncated_IsRefused(int keep)
    {
        var bytes = Save(CaseModels.Linear.Classifier)[..keep];

        Assert.Equal(ModelFileError.Malformed, LoadFails(bytes).Error);
    }

    [Fact]
    public void Load_OtherFeatureSchemaVersion_IsRefusedNamingBothVersions()
    {
        var classifier = TrainOn(new FeatureManifest(CaseFeatureSchema.Current.Manifest.Names, "hireguard.case-features/0"));

        var error = LoadFails(Save(classifier));

        Assert.Equal(ModelFileError.FeatureMismatch, error.Error);
        Assert.Contains("hireguard.case-features/0", error.Message, StringComparison.Ordinal);
        Assert.Contains(CaseFeatureSchema.CurrentVersion, error.Message, StringComparison.Ordinal);
        Assert.Contains("Retrain", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OtherFeatureList_IsRefused()
    {
        var names = CaseFeatureSchema.Current.Manifest.Names;
        var classifier = TrainOn(new FeatureManifest(names.Take(names.Count - 1), CaseFeatureSchema.CurrentVersion));

        var error = LoadFails(Save(classifier));

        Assert.Equal(ModelFileError.FeatureMismatch, error.Error);
        Assert.Contains("features where", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TamperedContent_FailsTheSha256Check()
    {
        var json = JsonNode.Parse(Save(CaseModels.Linear.Classifier))!;
        json["model"]!["metrics"]!.AsObject()["injected"] = 1.0;

        var error = LoadFails(System.Text.Encoding.UTF8.GetBytes(json.ToJsonString()));

        Assert.Equal(ModelFileError.IntegrityCheckFailed, error.Error);
    }

    [Fact]
    public void Create_ClassifierOnOtherFeatures_IsRefused()
    {
        var classifier = TrainOn(new FeatureManifest(CaseFeatureSchema.Current.Manifest.Names, "other/1"));

        var error = Assert.Throws<ArgumentException>(() => ClassifierRiskModel.Create(classifier));

        Assert.Contains("other/1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Engine_WithModel_ReportsModelExplanationAndProvenance()
    {
        var engine = RiskEngine.CreateBuilder().UseTimeProvider(new HireGuard.Tests.TestUtilities.FixedTimeProvider()).UseModel(CaseModels.Trees).Build();

        var a = engine.Evaluate(HireGuard.Tests.TestUtilities.TestCases.Demo("03-laptop-farm").Case);

        Assert.NotNull(a.Model);
        Assert.Equal("tree-shap", a.Model.Method);
        Assert.True(a.Model.AdditivityError < 1e-9);
        Assert.Equal(CaseFeatureSchema.CurrentVersion, a.Provenance.FeatureSchemaVersion);
        Assert.Equal(CaseModels.Trees.Info.Sha256, a.Provenance.ModelSha256);
        Assert.DoesNotContain(a.Warnings, w => w.Code == HireGuard.Signals.InputWarningCodes.ModelFailed);
        Assert.True(Math.Abs(a.BaseLogOdds + a.Reasons.Sum(r => r.LogOdds) - a.LogOdds) < 1e-9);
    }

    private sealed class PredictionComparer : IEqualityComparer<ModelPrediction>
    {
        public bool Equals(ModelPrediction? x, ModelPrediction? y) =>
            x is not null && y is not null && x.LogOdds == y.LogOdds && x.BaseValue == y.BaseValue && x.Contributions.SequenceEqual(y.Contributions);

        public int GetHashCode(ModelPrediction obj) => obj.LogOdds.GetHashCode();
    }
}
