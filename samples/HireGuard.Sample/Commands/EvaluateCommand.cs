using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using HireGuard.Model;
using HireGuard.Scoring;

namespace HireGuard.Sample.Commands;

/// <summary>
/// <c>hireguard evaluate --data DIR --model FILE [--json]</c>: scores every labelled case with the
/// engine (rules + model, as deployed) and reports ranking, calibration, false-positive rates per
/// look-alike segment and per evaluation-only (<c>eval_*</c>) column, and how other fraud is handled.
/// </summary>
internal static class EvaluateCommand
{
    /// <summary>The fewest negatives a group needs to enter <c>minOverMaxFprRatioLargeGroups</c>.</summary>
    internal const int MinimumGroupNegatives = 1000;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static Command Create()
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "Data directory: cases.jsonl (or *.json cases) and labels.csv, optional reference/.", Required = true };
        var model = new Option<FileInfo>("--model") { Description = "The model file (from 'hireguard train').", Required = true };
        var json = new Option<bool>("--json") { Description = "Write the evaluation as one JSON document." };
        var command = new Command("evaluate", "Evaluate a model on labelled cases: ROC/PR AUC, recall at low FPR, calibration, FPR per segment and per protected column.") { data, model, json };
        command.SetAction(parse => Run(parse.GetValue(data)!, parse.GetValue(model)!, parse.GetValue(json), null, Console.Out, Console.Error));
        return command;
    }

    public static int Run(DirectoryInfo data, FileInfo modelFile, bool json, TimeProvider? time, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var model = RiskModels.Load(modelFile.FullName);
            var dataset = LearningData.Load(data.FullName, time, stderr);
            var report = Evaluate(dataset, model, data.FullName, time);
            stdout.WriteLine(json ? report.ToJsonString() : Render(report));
            return 0;
        }
        catch (Exception ex) when (LearningData.IsDataError(ex))
        {
            stderr.WriteLine($"hireguard: {ex.Message}");
            return 2;
        }
    }

    private static JsonObject Evaluate(CaseDataset dataset, ClassifierRiskModel model, string directory, TimeProvider? time)
    {
        var withModel = EngineFactory.Create(LearningData.Choices(directory, time, model));
        var rulesOnly = EngineFactory.Create(LearningData.Choices(directory, time));
        var options = new ScoringOptions();
        var n = dataset.Count;
        var labels = new bool[n];
        var engineLogOdds = new double[n];
        var ruleLogOdds = new double[n];
        var critical = new double[n];
        var scores = new double[n];
        for (var i = 0; i < n; i++)
        {
            var a = withModel.Evaluate(dataset.Cases[i]);
            labels[i] = dataset.Labels[i].IsPositive;
            engineLogOdds[i] = a.LogOdds;
            scores[i] = a.Score;
            critical[i] = a.Band == RiskBand.Critical ? 1 : 0;
            ruleLogOdds[i] = rulesOnly.Evaluate(dataset.Cases[i]).LogOdds;
        }

        var engine = BinaryClassificationEvaluator.Evaluate(engineLogOdds, engineLogOdds, labels);
        var rules = BinaryClassificationEvaluator.Evaluate(ruleLogOdds, ruleLogOdds, labels);
        var alone = BinaryClassificationEvaluator.Evaluate(model.Classifier, dataset.Features);
        var atOnePercent = engine.AtOnePercentFalsePositiveRate.Threshold;

        var report = new JsonObject
        {
            ["model"] = new JsonObject { ["id"] = model.Info.Id, ["sha256"] = model.Info.Sha256, ["method"] = model.Info.Method, ["featureSchemaVersion"] = model.Info.FeatureSchemaVersion },
            ["cases"] = n,
            ["confirmedDprk"] = labels.Count(l => l),
            ["otherFraud"] = dataset.Labels.Count(l => l.Outcome == CaseOutcome.OtherFraud),
            ["cleared"] = dataset.Labels.Count(l => l.Outcome == CaseOutcome.Cleared),
            ["groups"] = dataset.Labels.Select(l => l.Group).Distinct(StringComparer.Ordinal).Count(),
            ["engine"] = Metrics(engine),
            ["modelAlone"] = Metrics(alone),
            ["rulesOnly"] = Metrics(rules),
            ["engineDprkVsClearedRocAuc"] = DprkVsCleared(dataset, engineLogOdds),
            ["criticalThreshold"] = options.CriticalThreshold,
            ["onePercentFprThresholdLogOdds"] = Finite(atOnePercent),
            ["segments"] = new JsonObject
            {
                ["atCritical"] = Fairness(BinaryClassificationEvaluator.FalsePositiveRatesByGroup(critical, labels, [.. dataset.Labels.Select(l => l.Segment ?? "(none)")], 1)),
                ["atOnePercentFpr"] = Fairness(BinaryClassificationEvaluator.FalsePositiveRatesByGroup(engineLogOdds, labels, [.. dataset.Labels.Select(l => l.Segment ?? "(none)")], atOnePercent)),
            },
            ["outcomes"] = Outcomes(dataset, scores, critical, engineLogOdds, atOnePercent),
        };

        var protectedColumns = new JsonObject();
        foreach (var column in dataset.EvaluationColumns)
        {
            var groups = dataset.Labels.Select(l => l.EvaluationAttributes.TryGetValue(column, out var v) && v.Length > 0 ? v : "(none)").ToList();
            protectedColumns[column] = new JsonObject
            {
                ["atCritical"] = Fairness(BinaryClassificationEvaluator.FalsePositiveRatesByGroup(critical, labels, groups, 1)),
                ["atOnePercentFpr"] = Fairness(BinaryClassificationEvaluator.FalsePositiveRatesByGroup(engineLogOdds, labels, groups, atOnePercent)),
            };
        }

        report["protectedColumns"] = protectedColumns;
        report["ablation"] = Ablation.Run(model, dataset.Features);
        return report;
    }

    private static JsonObject Metrics(BinaryClassificationMetrics m) => new()
    {
        ["rocAuc"] = m.AreaUnderRocCurve,
        ["prAuc"] = m.AreaUnderPrecisionRecallCurve,
        ["recallAt1PercentFpr"] = m.AtOnePercentFalsePositiveRate.Recall,
        ["recallAt0.1PercentFpr"] = m.AtTenthPercentFalsePositiveRate.Recall,
        ["expectedCalibrationError"] = m.ExpectedCalibrationError,
        ["logLoss"] = m.LogLoss,
    };

    private static JsonNode? DprkVsCleared(CaseDataset dataset, double[] logOdds)
    {
        var keep = Enumerable.Range(0, dataset.Count).Where(i => dataset.Labels[i].Outcome != CaseOutcome.OtherFraud).ToArray();
        var labels = keep.Select(i => dataset.Labels[i].IsPositive).ToArray();
        return labels.Contains(true) && labels.Contains(false)
            ? BinaryClassificationEvaluator.RocAuc(keep.Select(i => logOdds[i]).ToArray(), labels)
            : null;
    }

    private static JsonObject Fairness(GroupFairnessReport report)
    {
        var groups = new JsonObject();
        foreach (var g in report.Groups.Where(g => g.NegativeCount > 0))
        {
            groups[g.Group] = new JsonObject { ["negatives"] = g.NegativeCount, ["falsePositives"] = g.FalsePositiveCount, ["fpr"] = g.FalsePositiveRate };
        }

        // Small groups make the ratio noise (a handful of false positives decides it): the ratio over
        // groups with at least MinimumGroupNegatives negatives is reported beside the one over all groups.
        var large = report.Groups.Where(g => g.NegativeCount >= MinimumGroupNegatives).Select(g => g.FalsePositiveRate).ToList();
        double? largeRatio = large.Count < 2 ? null : large.Max() == 0 ? 1.0 : large.Min() / large.Max();
        return new JsonObject
        {
            ["minOverMaxFprRatio"] = report.MinimumFalsePositiveRateRatio,
            ["minOverMaxFprRatioLargeGroups"] = largeRatio,
            ["groups"] = groups,
        };
    }

    private static JsonObject Outcomes(CaseDataset dataset, double[] scores, double[] critical, double[] logOdds, double threshold)
    {
        JsonObject Of(CaseOutcome outcome)
        {
            var rows = Enumerable.Range(0, dataset.Count).Where(i => dataset.Labels[i].Outcome == outcome).ToArray();
            return new JsonObject
            {
                ["cases"] = rows.Length,
                ["meanScore"] = rows.Length == 0 ? null : rows.Average(i => scores[i]),
                ["shareCritical"] = rows.Length == 0 ? null : rows.Average(i => critical[i]),
                ["shareAtOnePercentFpr"] = rows.Length == 0 ? null : rows.Average(i => logOdds[i] >= threshold ? 1.0 : 0.0),
            };
        }

        return new JsonObject { ["otherFraud"] = Of(CaseOutcome.OtherFraud), ["cleared"] = Of(CaseOutcome.Cleared), ["confirmedDprk"] = Of(CaseOutcome.ConfirmedDprk) };
    }

    private static JsonNode? Finite(double value) => double.IsFinite(value) ? value : null;

    private static string Render(JsonObject r)
    {
        var text = new System.Text.StringBuilder();
        string F(JsonNode? node, string format = "0.0000") => node is null ? "n/a" : node.GetValue<double>().ToString(format, Inv);
        text.AppendLine(Inv, $"Model {r["model"]!["id"]} ({r["model"]!["method"]}, {r["model"]!["featureSchemaVersion"]})");
        text.AppendLine(Inv, $"{r["cases"]} cases: {r["confirmedDprk"]} confirmed DPRK, {r["otherFraud"]} other fraud, {r["cleared"]} cleared, in {r["groups"]} groups.");
        text.AppendLine();
        text.AppendLine("                ROC AUC   PR AUC   recall@1%FPR   recall@0.1%FPR   ECE");
        foreach (var (name, key) in new[] { ("engine", "engine"), ("model alone", "modelAlone"), ("rules only", "rulesOnly") })
        {
            var m = r[key]!;
            text.AppendLine(Inv, $"{name,-14}  {F(m["rocAuc"])}    {F(m["prAuc"])}   {F(m["recallAt1PercentFpr"], "0.000"),12}   {F(m["recallAt0.1PercentFpr"], "0.000"),14}   {F(m["expectedCalibrationError"])}");
        }

        text.AppendLine(Inv, $"engine ROC AUC, confirmed DPRK vs cleared only: {F(r["engineDprkVsClearedRocAuc"])}");
        text.AppendLine();
        void Groups(string title, JsonNode node)
        {
            text.AppendLine(Inv, $"{title}: min/max FPR ratio {F(node["minOverMaxFprRatio"], "0.00")} (groups with ≥ {MinimumGroupNegatives} negatives: {F(node["minOverMaxFprRatioLargeGroups"], "0.00")})");
            foreach (var (group, g) in node["groups"]!.AsObject())
            {
                text.AppendLine(Inv, $"    {group,-28} FPR {F(g!["fpr"])} ({g["falsePositives"]}/{g["negatives"]})");
            }
        }

        Groups($"FPR per segment at the Critical band (score ≥ {F(r["criticalThreshold"], "0")})", r["segments"]!["atCritical"]!);
        Groups("FPR per segment at the 1%-FPR threshold", r["segments"]!["atOnePercentFpr"]!);
        foreach (var (column, node) in r["protectedColumns"]!.AsObject())
        {
            Groups($"{column} at the Critical band", node!["atCritical"]!);
            Groups($"{column} at the 1%-FPR threshold", node["atOnePercentFpr"]!);
        }

        var ablation = r["ablation"]!;
        if (ablation["removeTopK"] is { } topK)
        {
            text.AppendLine();
            text.AppendLine(Inv, $"Ablation (model alone, recall at its 1%-FPR threshold {F(ablation["modelRecallAt1PercentFpr"], "0.000")}):");
            foreach (var (k, node) in topK.AsObject())
            {
                text.AppendLine(Inv, $"    remove each case's top {k} signal(s): recall {F(node!["recall"], "0.000")} (−{F(node["relativeRecallDrop"], "0.0%")})");
            }

            foreach (var node in ablation["worstSingleSignals"]!.AsArray().Take(3))
            {
                text.AppendLine(Inv, $"    without {node!["feature"]}: recall {F(node["recall"], "0.000")} (−{F(node["relativeRecallDrop"], "0.0%")})");
            }

            text.AppendLine(Inv, $"    brittle signals (removal costs > 30% of recall): {(ablation["brittleSignals"]!.AsArray().Count == 0 ? "none" : string.Join(", ", ablation["brittleSignals"]!.AsArray()))}");
        }

        text.AppendLine();
        text.AppendLine("Outcome handling (other fraud is a negative for training; shown separately):");
        foreach (var (name, o) in r["outcomes"]!.AsObject())
        {
            text.AppendLine(Inv, $"    {name,-14} {o!["cases"],6} cases   mean score {F(o["meanScore"], "0.0"),5}   Critical {F(o["shareCritical"], "0.000")}   at 1%-FPR threshold {F(o["shareAtOnePercentFpr"], "0.000")}");
        }

        return text.ToString().TrimEnd();
    }
}
