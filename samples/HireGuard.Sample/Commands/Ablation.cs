using System.Text.Json.Nodes;
using HireGuard.Model;

namespace HireGuard.Sample.Commands;

/// <summary>
/// The adversarial ablation of INDICATORS.md §6.7 on the model alone: at the model's own 1%-FPR
/// threshold (fixed from the unablated scores), how much recall is lost when each confirmed-DPRK case
/// loses its top-k contributing signals (k = 1..3), and when one signal is removed from every such
/// case. A removed signal takes the value it has when the indicator was checked and did not fire (0).
/// A single signal whose removal costs more than 30% of recall is flagged as a brittleness risk.
/// </summary>
internal static class Ablation
{
    private const double BrittleShare = 0.30;

    public static JsonObject Run(ClassifierRiskModel model, FeatureTable table)
    {
        var classifier = model.Classifier;
        var n = table.RowCount;
        var width = table.FeatureCount;
        var labels = table.Labels.ToArray();
        var scores = new double[n];
        for (var i = 0; i < n; i++)
        {
            scores[i] = classifier.PredictRaw(table.GetRow(i));
        }

        if (!labels.Contains(true) || !labels.Contains(false))
        {
            return new JsonObject { ["skipped"] = "both classes are needed" };
        }

        var point = BinaryClassificationEvaluator.AtFalsePositiveRate(scores, labels, 0.01);
        var threshold = point.Threshold;
        var positives = Enumerable.Range(0, n).Where(i => labels[i]).ToArray();
        var row = new double[width];
        var contributions = new double[width];
        var keptTopK = new int[4];
        foreach (var i in positives)
        {
            table.GetRow(i).CopyTo(row);
            classifier.ExplainRaw(row, contributions);
            var order = Enumerable.Range(0, width).Where(j => contributions[j] > 0 && row[j] != 0 && !double.IsNaN(row[j]))
                .OrderByDescending(j => contributions[j]).ThenBy(j => j).Take(3).ToArray();
            keptTopK[0] += scores[i] >= threshold ? 1 : 0;
            for (var k = 1; k <= 3; k++)
            {
                if (k <= order.Length)
                {
                    row[order[k - 1]] = 0;
                }

                keptTopK[k] += classifier.PredictRaw(row) >= threshold ? 1 : 0;
            }
        }

        var baseline = keptTopK[0] / (double)positives.Length;
        var single = new List<(string Name, double Recall)>();
        for (var j = 0; j < width; j++)
        {
            var kept = 0;
            var touched = false;
            foreach (var i in positives)
            {
                var original = table.GetRow(i);
                if (original[j] == 0 || double.IsNaN(original[j]))
                {
                    kept += scores[i] >= threshold ? 1 : 0;
                    continue;
                }

                touched = true;
                original.CopyTo(row);
                row[j] = 0;
                kept += classifier.PredictRaw(row) >= threshold ? 1 : 0;
            }

            if (touched)
            {
                single.Add((table.FeatureNames[j], kept / (double)positives.Length));
            }
        }

        double Drop(double recall) => baseline > 0 ? (baseline - recall) / baseline : 0;
        var topK = new JsonObject();
        for (var k = 1; k <= 3; k++)
        {
            var recall = keptTopK[k] / (double)positives.Length;
            topK[k.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new JsonObject { ["recall"] = recall, ["relativeRecallDrop"] = Drop(recall) };
        }

        var worst = new JsonArray();
        foreach (var (name, recall) in single.OrderByDescending(s => Drop(s.Recall)).ThenBy(s => s.Name, StringComparer.Ordinal).Take(10))
        {
            worst.Add(new JsonObject { ["feature"] = name, ["recall"] = recall, ["relativeRecallDrop"] = Drop(recall) });
        }

        return new JsonObject
        {
            ["modelRecallAt1PercentFpr"] = baseline,
            ["removeTopK"] = topK,
            ["worstSingleSignals"] = worst,
            ["brittleSignals"] = new JsonArray([.. single.Where(s => Drop(s.Recall) > BrittleShare).Select(s => (JsonNode)JsonValue.Create(s.Name)!)]),
        };
    }
}
