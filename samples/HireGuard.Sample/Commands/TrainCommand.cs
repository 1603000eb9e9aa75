using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using HireGuard.Model;

namespace HireGuard.Sample.Commands;

/// <summary>
/// <c>hireguard train --data DIR [--trainer gbdt|logistic] [--seed S] [--test-fraction F] --out MODEL [--json]</c>:
/// split by group, fit (early stopping and Platt calibration on a held-out validation split of the
/// training groups), evaluate on the test groups, and write the model with its training manifest and test metrics.
/// </summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "Data directory: cases.jsonl (or *.json cases) and labels.csv, optional reference/.", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "The model file to write.", Required = true };
        var trainer = new Option<string>("--trainer") { Description = "gbdt (gradient-boosted trees, TreeSHAP) or logistic (linear terms).", DefaultValueFactory = _ => "gbdt" };
        trainer.AcceptOnlyFromAmong("gbdt", "logistic");
        var seed = new Option<int>("--seed") { Description = "Seed of the split and the trainer.", DefaultValueFactory = _ => 1 };
        var testFraction = new Option<double>("--test-fraction") { Description = "Share of groups held out for the test metrics recorded in the model.", DefaultValueFactory = _ => 0.2 };
        var json = new Option<bool>("--json") { Description = "Write the training summary as one JSON document." };
        var iterations = new Option<int>("--iterations") { Description = "gbdt: the most boosting rounds (early stopping may use fewer).", DefaultValueFactory = _ => 100 };
        var learningRate = new Option<double>("--learning-rate") { Description = "gbdt: shrinkage per round.", DefaultValueFactory = _ => 0.1 };
        var leaves = new Option<int>("--leaves") { Description = "gbdt: the most leaves per tree.", DefaultValueFactory = _ => 31 };
        var command = new Command("train", "Train a model on labelled cases (split by group, never by record).") { data, output, trainer, seed, testFraction, json, iterations, learningRate, leaves };
        command.SetAction(parse => Run(
            parse.GetValue(data)!, parse.GetValue(output)!, parse.GetValue(trainer)!, parse.GetValue(seed), parse.GetValue(testFraction), parse.GetValue(json), null, Console.Out, Console.Error,
            new GradientBoostedTreesOptions { NumberOfIterations = parse.GetValue(iterations), LearningRate = parse.GetValue(learningRate), MaximumLeafCount = parse.GetValue(leaves) }));
        return command;
    }

    public static int Run(DirectoryInfo data, FileInfo output, string trainer, int seed, double testFraction, bool json, TimeProvider? time, TextWriter stdout, TextWriter stderr, GradientBoostedTreesOptions? trees = null)
    {
        if (!(testFraction > 0 && testFraction < 1))
        {
            stderr.WriteLine("hireguard: --test-fraction must be between 0 and 1.");
            return 1;
        }

        try
        {
            var dataset = LearningData.Load(data.FullName, time, stderr);
            var table = dataset.Features;
            if (table.PositiveCount == 0 || table.PositiveCount == table.RowCount)
            {
                stderr.WriteLine("hireguard: the labels need both confirmed_dprk and other outcomes to train.");
                return 2;
            }

            var ml = new ModelContext(seed, time);
            var split = ml.Data.TrainTestSplit(table, testFraction);
            IBinaryTrainer fit = trainer == "logistic"
                ? ml.BinaryClassification.Trainers.LogisticRegression(new LogisticRegressionOptions { ValidationFraction = 0.15, Calibration = CalibrationMethod.Platt })
                : ml.BinaryClassification.Trainers.GradientBoostedTrees(new GradientBoostedTreesOptions
                {
                    ValidationFraction = 0.15,
                    EarlyStoppingRounds = 20,
                    Calibration = CalibrationMethod.Platt,
                    NumberOfIterations = trees?.NumberOfIterations ?? 100,
                    LearningRate = trees?.LearningRate ?? 0.1,
                    MaximumLeafCount = trees?.MaximumLeafCount ?? 31,
                });
            var classifier = fit.Fit(split.TrainSet);
            var metrics = ml.BinaryClassification.Evaluate(classifier, split.TestSet);
            var recorded = new Dictionary<string, double>(metrics.ToDictionary("test."), StringComparer.Ordinal)
            {
                ["data.rows"] = table.RowCount,
                ["data.confirmedDprk"] = table.PositiveCount,
                ["data.otherFraud"] = dataset.Labels.Count(l => l.Outcome == CaseOutcome.OtherFraud),
                ["data.groups"] = dataset.Labels.Select(l => l.Group).Distinct(StringComparer.Ordinal).Count(),
                ["test.rows"] = split.TestSet.RowCount,
            };
            classifier = classifier.WithMetrics(recorded);
            output.Directory?.Create();
            classifier.Save(output.FullName);
            var model = ClassifierRiskModel.Create(classifier);

            if (json)
            {
                var summary = new JsonObject
                {
                    ["model"] = output.FullName,
                    ["id"] = model.Info.Id,
                    ["sha256"] = model.Info.Sha256,
                    ["featureSchemaVersion"] = model.Info.FeatureSchemaVersion,
                    ["trainer"] = classifier.Training.Trainer,
                    ["iterations"] = classifier.Training.Iterations,
                    ["trainingRows"] = classifier.Training.TrainingRowCount,
                    ["validationRows"] = classifier.Training.ValidationRowCount,
                    ["metrics"] = new JsonObject(recorded.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(p.Value)))),
                };
                stdout.WriteLine(summary.ToJsonString());
            }
            else
            {
                var inv = CultureInfo.InvariantCulture;
                stdout.WriteLine(string.Create(inv, $"Trained {classifier.Training.Trainer} on {classifier.Training.TrainingRowCount} cases ({classifier.Training.TrainingPositiveCount} confirmed DPRK), {classifier.Training.ValidationRowCount} held out for early stopping and calibration; {classifier.Training.Iterations} iterations."));
                stdout.WriteLine(string.Create(inv, $"Test groups: {metrics.RowCount} cases ({metrics.PositiveCount} confirmed DPRK)."));
                stdout.WriteLine(string.Create(inv, $"  ROC AUC {metrics.AreaUnderRocCurve:0.0000}   PR AUC {metrics.AreaUnderPrecisionRecallCurve:0.0000}   ECE {metrics.ExpectedCalibrationError:0.0000}"));
                stdout.WriteLine(string.Create(inv, $"  recall at 1% FPR {metrics.AtOnePercentFalsePositiveRate.Recall:0.000}   at 0.1% FPR {metrics.AtTenthPercentFalsePositiveRate.Recall:0.000}"));
                stdout.WriteLine($"Wrote {output.FullName}");
                stdout.WriteLine($"  id {model.Info.Id}, sha256 {model.Info.Sha256}, features {model.Info.FeatureSchemaVersion}");
            }

            return 0;
        }
        catch (Exception ex) when (LearningData.IsDataError(ex))
        {
            stderr.WriteLine($"hireguard: {ex.Message}");
            return 2;
        }
    }
}
