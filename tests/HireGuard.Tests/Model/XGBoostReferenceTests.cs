using System.Text.Json;
using HireGuard.Model;
using HireGuard.Tests.TestUtilities;

namespace HireGuard.Tests.Model;

/// <summary>
/// A second, independent TreeSHAP reference: XGBoost's own <c>pred_contribs</c> (path-dependent
/// TreeSHAP over its hessian covers) on an XGBoost model converted to our trees.
/// </summary>
public class XGBoostReferenceTests
{
    [RequiresFact("python:xgboost")]
    public void Explain_ConvertedXGBoostModel_MatchesPredContribs()
    {
        // Values on a 1/8 grid are exact in float32, so XGBoost's float comparisons agree with ours.
        var random = new Random(5);
        const int N = 600;
        const int P = 6;
        var x = new double[N * P];
        var y = new int[N];
        for (var i = 0; i < N; i++)
        {
            for (var j = 0; j < P; j++)
            {
                x[(i * P) + j] = random.NextDouble() < 0.15 ? double.NaN : random.Next(-16, 17) / 8.0;
            }

            var a = double.IsNaN(x[i * P]) ? 1 : x[i * P];
            y[i] = random.NextDouble() < 1 / (1 + Math.Exp(-((2 * a) - (x[(i * P) + 1] > 0 ? 1 : 0) + (double.IsNaN(x[(i * P) + 2]) ? 1.5 : 0)))) ? 1 : 0;
        }

        var rows = Enumerable.Range(0, 40).Select(i => x.AsSpan(i * P, P).ToArray()).ToArray();
        var reference = PythonReference.Run(
            """
            import numpy as np, xgboost as xgb
            x = np.array([np.nan if v is None else v for v in data["x"]], dtype=np.float32).reshape(-1, data["p"])
            d = xgb.DMatrix(x, label=np.array(data["y"]), missing=np.nan)
            b = xgb.train({"objective": "binary:logistic", "max_depth": 4, "eta": 0.3, "tree_method": "exact", "base_score": 0.5, "lambda": 1.0}, d, 8)
            probe = np.array([[np.nan if v is None else v for v in r] for r in data["rows"]], dtype=np.float32)
            contribs = b.predict(xgb.DMatrix(probe, missing=np.nan), pred_contribs=True)
            print(json.dumps({"trees": [json.loads(t) for t in b.get_dump(dump_format="json", with_stats=True)], "contribs": contribs.astype(float).tolist()}))
            """,
            new { x = x.Select(v => double.IsNaN(v) ? (double?)null : v), p = P, y, rows = rows.Select(r => r.Select(v => double.IsNaN(v) ? (double?)null : v)) });

        var trees = reference.GetProperty("trees").EnumerateArray().Select(Convert).ToList();
        var scorer = new TreeEnsembleScorer(P, 0, trees);
        for (var k = 0; k < rows.Length; k++)
        {
            var phi = new double[P];
            scorer.Explain(rows[k], phi);
            var expected = reference.GetProperty("contribs")[k];
            for (var j = 0; j < P; j++)
            {
                Assert.True(Math.Abs(expected[j].GetDouble() - phi[j]) < 1e-5, $"row {k} feature {j}: {expected[j].GetDouble()} vs {phi[j]}");
            }
        }
    }

    /// <summary>Converts an XGBoost JSON tree dump (x &lt; c goes "yes") to a breadth-first <see cref="RegressionTree"/> (x ≤ t goes left).</summary>
    private static RegressionTree Convert(JsonElement root)
    {
        var nodes = new List<JsonElement> { root };
        var feature = new List<int>();
        var threshold = new List<double>();
        var left = new List<int>();
        var right = new List<int>();
        var missingLeft = new List<bool>();
        var value = new List<double>();
        var cover = new List<double>();
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            cover.Add(node.GetProperty("cover").GetDouble());
            if (node.TryGetProperty("leaf", out var leaf))
            {
                feature.Add(-1);
                threshold.Add(0);
                left.Add(0);
                right.Add(0);
                missingLeft.Add(false);
                value.Add(leaf.GetDouble());
                continue;
            }

            var children = node.GetProperty("children").EnumerateArray().ToArray();
            var yes = node.GetProperty("yes").GetInt32();
            var yesChild = children.First(c => c.GetProperty("nodeid").GetInt32() == yes);
            var noChild = children.First(c => c.GetProperty("nodeid").GetInt32() != yes);
            feature.Add(int.Parse(node.GetProperty("split").GetString()!.TrimStart('f'), System.Globalization.CultureInfo.InvariantCulture));
            threshold.Add(Math.BitDecrement(node.GetProperty("split_condition").GetDouble()));
            missingLeft.Add(node.GetProperty("missing").GetInt32() == yes);
            value.Add(0);
            left.Add(nodes.Count);
            nodes.Add(yesChild);
            right.Add(nodes.Count);
            nodes.Add(noChild);
        }

        // XGBoost's covers are float sums of hessians; make parents the exact sum of their children.
        var c = cover.ToArray();
        for (var i = c.Length - 1; i >= 0; i--)
        {
            if (feature[i] >= 0)
            {
                c[i] = c[left[i]] + c[right[i]];
            }
        }

        return new RegressionTree([.. feature], [.. threshold], [.. left], [.. right], [.. missingLeft], [.. value], c);
    }
}
