using HireGuard.Model;
using HireGuard.Scoring;
using HireGuard.Signals;
using HireGuard.Tests.IpIntelligence;

namespace HireGuard.Tests.Model;

public sealed class CaseDatasetTests
{
    [Fact]
    public void Load_CasesJsonl_JoinsLabelsAndReportsWhatDoesNotJoin()
    {
        using var dir = new TemporaryDirectory();
        LabelledCases.Write(dir.Path, 40, seed: 3);
        File.AppendAllText(dir.File("cases.jsonl"), HiringCaseJson.Write(new HiringCase { CaseId = "unlabelled-1" }) + "\n{ not json\n");
        File.AppendAllText(dir.File("labels.csv"), "no-such-case,cleared,2026-11-01,x,,US\n");

        var data = CaseDataset.Load(dir.Path, CaseModels.Engine());

        Assert.Equal(40, data.Count);
        Assert.Equal(40, data.Features.RowCount);
        Assert.Equal(["unlabelled-1"], data.UnlabelledCaseIds);
        Assert.Equal(["no-such-case"], data.LabelsWithoutCase);
        Assert.Single(data.Problems);
        Assert.StartsWith("cases.jsonl:42:", data.Problems[0], StringComparison.Ordinal);
        Assert.Equal(["eval_nationality"], data.EvaluationColumns);
        Assert.Equal(CaseFeatureSchema.Current.Manifest, data.Features.Manifest);
        Assert.Equal(data.Labels.Select(l => l.Group), data.Features.GroupIds!);
        Assert.Equal(data.Labels.Count(l => l.Outcome == CaseOutcome.ConfirmedDprk), data.Features.PositiveCount);
        Assert.Equal(data.Labels.Select(l => l.CaseId), data.Cases.Select(c => c.CaseId));
    }

    [Fact]
    public void Load_FolderOfJsonFiles_GivesTheSameTableAsJsonl()
    {
        using var jsonl = new TemporaryDirectory();
        using var folder = new TemporaryDirectory();
        LabelledCases.Write(jsonl.Path, 30, seed: 4);
        var (cases, labels) = LabelledCases.Create(30, seed: 4);
        foreach (var c in cases)
        {
            File.WriteAllText(folder.File(c.CaseId + ".json"), HiringCaseJson.Write(c, indented: true));
        }

        File.WriteAllText(folder.File("labels.csv"), labels);

        var a = CaseDataset.Load(jsonl.Path, CaseModels.Engine());
        var b = CaseDataset.Load(folder.Path, CaseModels.Engine());

        Assert.Equal(a.Features.ComputeSha256(), b.Features.ComputeSha256());
    }

    [Fact]
    public void Load_WithoutLabels_FailsClearly()
    {
        using var dir = new TemporaryDirectory();
        File.WriteAllText(dir.File("cases.jsonl"), string.Empty);

        var error = Assert.Throws<FileNotFoundException>(() => CaseDataset.Load(dir.Path, CaseModels.Engine()));

        Assert.Contains("labels.csv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoCaseLabelled_Fails()
    {
        var labels = LabelFile.Read(new StringReader("case_id,outcome,decided_at,group,segment\nx,cleared,2026-01-01,g,\n"));

        Assert.Throws<ArgumentException>(() => CaseDataset.Build([new HiringCase { CaseId = "y" }], labels, CaseModels.Engine()));
    }

    [Fact]
    public void TrainSaveLoadScore_EndToEnd_LearnsTheSignalAndStaysAdditive()
    {
        using var dir = new TemporaryDirectory();
        var ml = new ModelContext(seed: 2, new FixedTimeProvider());
        var split = ml.Data.TrainTestSplit(CaseModels.Data.Features, testFraction: 0.3);
        var classifier = ml.BinaryClassification.Trainers.GradientBoostedTrees(CaseModels.TreeOptions).Fit(split.TrainSet);
        var metrics = ml.BinaryClassification.Evaluate(classifier, split.TestSet);
        classifier.Save(dir.File("model.json"));

        var model = RiskModels.Load(dir.File("model.json"));
        var engine = RiskEngine.CreateBuilder().UseTimeProvider(new HireGuard.Tests.TestUtilities.FixedTimeProvider()).UseModel(model).Build();
        var scores = CaseModels.Data.Cases.Select(c => engine.Evaluate(c)).ToList();

        Assert.True(metrics.AreaUnderRocCurve > 0.8, $"AUC {metrics.AreaUnderRocCurve}");
        Assert.Equal(classifier.Sha256, model.Info.Sha256);
        Assert.All(scores, a => Assert.True(Math.Abs(a.BaseLogOdds + a.Reasons.Sum(r => r.LogOdds) - a.LogOdds) < 1e-9));
        Assert.All(scores, a => Assert.Equal(model.Info.Sha256, a.Provenance.ModelSha256));
        var positives = scores.Where((_, i) => CaseModels.Data.Labels[i].IsPositive).Average(a => a.Score);
        var negatives = scores.Where((_, i) => !CaseModels.Data.Labels[i].IsPositive).Average(a => a.Score);
        Assert.True(positives > negatives, $"mean score {positives} (positives) vs {negatives} (negatives)");
    }
}
