using System.Text.Json.Nodes;
using HireGuard.Model;
using HireGuard.Sample.Commands;
using HireGuard.Sample.Tests.TestUtilities;
using HireGuard.Sanctions;
using HireGuard.Tests.IpIntelligence;
using HireGuard.Tests.Model;

namespace HireGuard.Sample.Tests.Commands;

/// <summary><c>hireguard train</c>, <c>evaluate</c> and <c>score --model</c> on a small seeded labelled population.</summary>
public sealed class LearningCommandsTests : IDisposable
{
    private readonly TemporaryDirectory _dir = new();
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    public LearningCommandsTests()
    {
        LabelledCases.Write(_dir.Path, 240, seed: 5);
    }

    public void Dispose()
    {
        _dir.Dispose();
        _out.Dispose();
        _err.Dispose();
    }

    private int Train(string trainer, bool json, string model = "model.json") =>
        TrainCommand.Run(new DirectoryInfo(_dir.Path), new FileInfo(_dir.File(model)), trainer, 3, 0.25, json, new FixedTimeProvider(), _out, _err);

    private int Evaluate(bool json, string model = "model.json") =>
        EvaluateCommand.Run(new DirectoryInfo(_dir.Path), new FileInfo(_dir.File(model)), json, new FixedTimeProvider(), _out, _err);

    [Fact]
    public void TrainThenEvaluate_Gbdt_WritesAModelAndReportsEveryFigure()
    {
        Assert.Equal(0, Train("gbdt", json: true));
        var trained = JsonNode.Parse(_out.ToString())!;
        _out.GetStringBuilder().Clear();

        var exit = Evaluate(json: true);
        var report = JsonNode.Parse(_out.ToString())!;

        Assert.Equal(0, exit);
        Assert.Equal("gradient-boosted-trees", (string)trained["trainer"]!);
        Assert.Equal(ClassifierRiskModel.FeatureSchemaVersion, (string)trained["featureSchemaVersion"]!);
        Assert.Equal(240, (double)trained["metrics"]!["data.rows"]!);
        Assert.Equal((string)trained["sha256"]!, (string)report["model"]!["sha256"]!);
        Assert.Equal(240, (int)report["cases"]!);
        Assert.Equal(24, (int)report["outcomes"]!["otherFraud"]!["cases"]!);
        Assert.True((double)report["engine"]!["rocAuc"]! > 0.8, report["engine"]!.ToJsonString());
        Assert.InRange((double)report["engine"]!["expectedCalibrationError"]!, 0, 1);
        Assert.NotNull(report["segments"]!["atCritical"]!["groups"]!["travelling-engineer"]);
        Assert.NotNull(report["segments"]!["atOnePercentFpr"]!["groups"]!["crypto-contractor"]);
        Assert.InRange((double)report["protectedColumns"]!["eval_nationality"]!["atOnePercentFpr"]!["minOverMaxFprRatio"]!, 0, 1);
        var nationality = report["protectedColumns"]!["eval_nationality"]!["atCritical"]!.AsObject();
        Assert.True(nationality.ContainsKey("minOverMaxFprRatioLargeGroups"));
        Assert.Null(nationality["minOverMaxFprRatioLargeGroups"]); // 240 cases: no group reaches the size that makes the ratio meaningful
        Assert.True((double)report["engine"]!["recallAt1PercentFpr"]! >= 0);
        var ablation = report["ablation"]!;
        var baseline = (double)ablation["modelRecallAt1PercentFpr"]!;
        var afterOne = (double)ablation["removeTopK"]!["1"]!["recall"]!;
        var afterThree = (double)ablation["removeTopK"]!["3"]!["recall"]!;
        Assert.True(baseline > 0 && afterThree <= afterOne && afterOne <= baseline, ablation.ToJsonString());
        Assert.NotEmpty(ablation["worstSingleSignals"]!.AsArray());
        Assert.Equal(string.Empty, _err.ToString());
    }

    [Fact]
    public void TrainThenEvaluate_Logistic_PrintsHumanTables()
    {
        Assert.Equal(0, Train("logistic", json: false));
        Assert.Contains("Trained logistic-regression", _out.ToString(), StringComparison.Ordinal);
        Assert.Contains("ROC AUC", _out.ToString(), StringComparison.Ordinal);
        _out.GetStringBuilder().Clear();

        Assert.Equal(0, Evaluate(json: false));

        var text = _out.ToString();
        Assert.Contains("model alone", text, StringComparison.Ordinal);
        Assert.Contains("FPR per segment at the Critical band", text, StringComparison.Ordinal);
        Assert.Contains("eval_nationality at the 1%-FPR threshold", text, StringComparison.Ordinal);
        Assert.Contains("otherFraud", text, StringComparison.Ordinal);
        Assert.Contains("remove each case's top 1 signal(s)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_GbdtSettings_AreUsedAndInvalidOnesRefused()
    {
        var few = TrainCommand.Run(new DirectoryInfo(_dir.Path), new FileInfo(_dir.File("few.json")), "gbdt", 3, 0.25, json: true, new FixedTimeProvider(), _out, _err,
            new HireGuard.Model.GradientBoostedTreesOptions { NumberOfIterations = 3, LearningRate = 0.3, MaximumLeafCount = 4 });
        var bad = TrainCommand.Run(new DirectoryInfo(_dir.Path), new FileInfo(_dir.File("bad.json")), "gbdt", 3, 0.25, json: true, new FixedTimeProvider(), _out, _err,
            new HireGuard.Model.GradientBoostedTreesOptions { LearningRate = 0 });

        Assert.Equal(0, few);
        var model = RiskModels.Load(_dir.File("few.json"));
        Assert.InRange(model.Classifier.Training.Iterations, 1, 3);
        Assert.Equal("0.3", model.Classifier.Training.HyperParameters["learningRate"]);
        Assert.Equal(2, bad);
        Assert.Contains("LearningRate", _err.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(_dir.File("bad.json")));
    }

    [Fact]
    public void Train_SameSeedTwice_WritesIdenticalModels()
    {
        Assert.Equal(0, Train("gbdt", json: true, "a.json"));
        Assert.Equal(0, Train("gbdt", json: true, "b.json"));

        Assert.Equal(File.ReadAllBytes(_dir.File("a.json")), File.ReadAllBytes(_dir.File("b.json")));
    }

    [Fact]
    public void Evaluate_TruncatedModel_FailsWithExitCode2()
    {
        Assert.Equal(0, Train("logistic", json: true));
        var bytes = File.ReadAllBytes(_dir.File("model.json"));
        File.WriteAllBytes(_dir.File("model.json"), bytes[..(bytes.Length / 2)]);

        Assert.Equal(2, Evaluate(json: true));
        Assert.Contains("truncated", _err.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Train_WithoutLabels_FailsWithExitCode2()
    {
        File.Delete(_dir.File("labels.csv"));

        Assert.Equal(2, Train("gbdt", json: true));
        Assert.Contains("labels.csv", _err.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Train_BadLabelLine_ReportsTheLine()
    {
        File.AppendAllText(_dir.File("labels.csv"), "extra,maybe,2026-01-01,g,,US\n");

        Assert.Equal(2, Train("gbdt", json: true));
        Assert.Contains("labels.csv:242:", _err.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Score_WithModel_BlendsTheModelIntoEveryAssessment()
    {
        Assert.Equal(0, Train("gbdt", json: true));
        var sha = (string)JsonNode.Parse(_out.ToString())!["sha256"]!;
        _out.GetStringBuilder().Clear();

        var exit = ScoreCommand.Run(new FileInfo(_dir.File("cases.jsonl")), json: true, new SanctionsOptions { UseEmbeddedExcerpt = true }, ip: null, _out, _err, new FileInfo(_dir.File("model.json")), new FixedTimeProvider());

        Assert.Equal(0, exit);
        var lines = _out.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(240, lines.Length);
        Assert.All(lines, line =>
        {
            var a = JsonNode.Parse(line)!;
            Assert.Equal(sha, (string)a["provenance"]!["modelSha256"]!);
            Assert.Equal(ClassifierRiskModel.FeatureSchemaVersion, (string)a["provenance"]!["featureSchemaVersion"]!);
            Assert.NotNull(a["model"]);
        });
    }

    [Fact]
    public void Main_UnknownTrainer_IsAUsageError()
    {
        Assert.NotEqual(0, Program.Main(["train", "--data", _dir.Path, "--out", _dir.File("m.json"), "--trainer", "xgboost"]));
        Assert.False(File.Exists(_dir.File("m.json")));
    }
}
