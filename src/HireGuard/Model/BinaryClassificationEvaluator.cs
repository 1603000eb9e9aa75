namespace HireGuard.Model;

/// <summary>
/// Metrics for binary scores: ROC AUC, average precision, recall at a fixed false-positive rate,
/// calibration error, log-loss, confusion counts and per-group false-positive rates. Scores are
/// "higher = more likely positive"; a row is flagged at threshold t when its score is ≥ t.
/// Optional weights weigh rows (empty = unit weights).
/// </summary>
/// <remarks>Every method is pure and thread-safe. Inputs of different lengths throw <see cref="ArgumentException"/>.</remarks>
public static class BinaryClassificationEvaluator
{
    private const double MachineEpsilon = 2.220446049250313e-16;

    /// <summary>Evaluates a classifier on a labelled table.</summary>
    /// <param name="model">The classifier.</param>
    /// <param name="data">Labelled rows with the model's features.</param>
    /// <returns>The metrics.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The table's features differ from the model's, or it lacks a class.</exception>
    public static BinaryClassificationMetrics Evaluate(BinaryClassifier model, FeatureTable data)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        var difference = data.Manifest.DescribeDifference(model.Features);
        if (difference is not null)
        {
            throw new ArgumentException("The table's features differ from the model's: " + difference, nameof(data));
        }

        var n = data.RowCount;
        var raw = new double[n];
        var logOdds = new double[n];
        for (var i = 0; i < n; i++)
        {
            var prediction = model.Predict(data.GetRow(i));
            raw[i] = prediction.Score;
            logOdds[i] = prediction.LogOdds;
        }

        return Evaluate(raw, logOdds, data.Labels, data.Weights);
    }

    /// <summary>Evaluates raw scores and calibrated log-odds against labels.</summary>
    /// <param name="scores">Ranking scores (e.g. raw model scores).</param>
    /// <param name="logOdds">Calibrated log-odds of the same rows.</param>
    /// <param name="labels">Labels.</param>
    /// <param name="weights">Optional weights.</param>
    /// <returns>The metrics.</returns>
    /// <exception cref="ArgumentException">Lengths disagree or a class is absent.</exception>
    public static BinaryClassificationMetrics Evaluate(ReadOnlySpan<double> scores, ReadOnlySpan<double> logOdds, ReadOnlySpan<bool> labels, ReadOnlySpan<double> weights = default)
    {
        CheckLengths(scores, labels, weights);
        CheckLengths(logOdds, labels, weights);
        var probabilities = new double[logOdds.Length];
        double loss = 0, total = 0, positive = 0;
        for (var i = 0; i < logOdds.Length; i++)
        {
            var w = weights.IsEmpty ? 1 : weights[i];
            probabilities[i] = MathFunctions.Sigmoid(logOdds[i]);
            loss += w * MathFunctions.LogLoss(logOdds[i], labels[i]);
            total += w;
            positive += labels[i] ? w : 0;
        }

        var baseRate = positive / total;
        var priorLoss = -((baseRate * Math.Log(baseRate)) + ((1 - baseRate) * Math.Log(1 - baseRate)));
        var logLoss = loss / total;
        var positives = 0;
        foreach (var label in labels)
        {
            positives += label ? 1 : 0;
        }

        return new BinaryClassificationMetrics
        {
            RowCount = labels.Length,
            PositiveCount = positives,
            AreaUnderRocCurve = RocAuc(scores, labels, weights),
            AreaUnderPrecisionRecallCurve = AveragePrecision(scores, labels, weights),
            LogLoss = logLoss,
            LogLossReduction = priorLoss > 0 ? 1 - (logLoss / priorLoss) : 0,
            ExpectedCalibrationError = ExpectedCalibrationError(probabilities, labels, 10, weights),
            AtOnePercentFalsePositiveRate = AtFalsePositiveRate(scores, labels, 0.01, weights),
            AtTenthPercentFalsePositiveRate = AtFalsePositiveRate(scores, labels, 0.001, weights),
            ConfusionMatrix = Confusion(probabilities, labels, 0.5, weights),
        };
    }

    /// <summary>The area under the ROC curve (trapezoidal over distinct thresholds, so tied scores count half).</summary>
    /// <param name="scores">Scores.</param>
    /// <param name="labels">Labels.</param>
    /// <param name="weights">Optional weights.</param>
    /// <returns>The AUC in [0, 1].</returns>
    /// <exception cref="ArgumentException">Lengths disagree, a score is NaN, or a class is absent.</exception>
    public static double RocAuc(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels, ReadOnlySpan<double> weights = default)
    {
        var curve = Curve.Build(scores, labels, weights);
        double area = 0, tp = 0, fp = 0;
        foreach (var (ctp, cfp, _) in curve.Steps)
        {
            area += (cfp - fp) * (ctp + tp) / 2;
            tp = ctp;
            fp = cfp;
        }

        return area / (curve.Positives * curve.Negatives);
    }

    /// <summary>Average precision: Σ (R_k − R_{k−1}) P_k over decreasing distinct thresholds (scikit-learn's <c>average_precision_score</c>).</summary>
    /// <param name="scores">Scores.</param>
    /// <param name="labels">Labels.</param>
    /// <param name="weights">Optional weights.</param>
    /// <returns>The average precision in [0, 1].</returns>
    /// <exception cref="ArgumentException">Lengths disagree, a score is NaN, or a class is absent.</exception>
    public static double AveragePrecision(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels, ReadOnlySpan<double> weights = default)
    {
        var curve = Curve.Build(scores, labels, weights);
        double ap = 0, previousRecall = 0;
        foreach (var (tp, fp, _) in curve.Steps)
        {
            var recall = tp / curve.Positives;
            var precision = tp + fp > 0 ? tp / (tp + fp) : 0;
            ap += (recall - previousRecall) * precision;
            previousRecall = recall;
        }

        return ap;
    }

    /// <summary>The highest recall whose false-positive rate does not exceed <paramref name="falsePositiveRate"/>, with its threshold.</summary>
    /// <param name="scores">Scores.</param>
    /// <param name="labels">Labels.</param>
    /// <param name="falsePositiveRate">The target rate, in [0, 1].</param>
    /// <param name="weights">Optional weights.</param>
    /// <returns>The operating point (no interpolation between thresholds, so the target is never exceeded).</returns>
    /// <exception cref="ArgumentException">Lengths disagree, a score is NaN, or a class is absent.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="falsePositiveRate"/> is outside [0, 1].</exception>
    public static OperatingPoint AtFalsePositiveRate(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels, double falsePositiveRate, ReadOnlySpan<double> weights = default)
    {
        if (!(falsePositiveRate >= 0 && falsePositiveRate <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(falsePositiveRate), falsePositiveRate, "Must be in [0, 1].");
        }

        var curve = Curve.Build(scores, labels, weights);
        var best = new OperatingPoint(falsePositiveRate, double.PositiveInfinity, 0, 0);
        foreach (var (tp, fp, threshold) in curve.Steps)
        {
            var fpr = fp / curve.Negatives;
            if (fpr > falsePositiveRate)
            {
                break;
            }

            best = new OperatingPoint(falsePositiveRate, threshold, tp / curve.Positives, fpr);
        }

        return best;
    }

    /// <summary>The best recall at a false-positive rate of at most <paramref name="falsePositiveRate"/>.</summary>
    /// <param name="scores">Scores.</param>
    /// <param name="labels">Labels.</param>
    /// <param name="falsePositiveRate">The target rate, in [0, 1].</param>
    /// <param name="weights">Optional weights.</param>
    /// <returns>The recall.</returns>
    /// <exception cref="ArgumentException">Lengths disagree, a score is NaN, or a class is absent.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="falsePositiveRate"/> is outside [0, 1].</exception>
    public static double RecallAtFalsePositiveRate(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels, double falsePositiveRate, ReadOnlySpan<double> weights = default) =>
        AtFalsePositiveRate(scores, labels, falsePositiveRate, weights).Recall;

    /// <summary>The lowest threshold whose false-positive rate does not exceed <paramref name="falsePositiveRate"/> (positive infinity when only flagging nothing qualifies).</summary>
    /// <param name="scores">Scores.</param>
    /// <param name="labels">Labels.</param>
    /// <param name="falsePositiveRate">The target rate, in [0, 1].</param>
    /// <param name="weights">Optional weights.</param>
    /// <returns>The threshold.</returns>
    /// <exception cref="ArgumentException">Lengths disagree, a score is NaN, or a class is absent.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="falsePositiveRate"/> is outside [0, 1].</exception>
    public static double ThresholdAtFalsePositiveRate(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels, double falsePositiveRate, ReadOnlySpan<double> weights = default) =>
        AtFalsePositiveRate(scores, labels, falsePositiveRate, weights).Threshold;

    /// <summary>Mean log-loss of probabilities, clipped to [ε, 1 − ε] with ε = 2⁻⁵² (machine epsilon, scikit-learn's <c>eps="auto"</c>).</summary>
    /// <param name="probabilities">Predicted probabilities of the positive class.</param>
    /// <param name="labels">Labels.</param>
    /// <param name="weights">Optional weights.</param>
    /// <returns>The weighted mean log-loss (natural log).</returns>
    /// <exception cref="ArgumentException">Lengths disagree, the input is empty, or a probability is NaN.</exception>
    public static double LogLoss(ReadOnlySpan<double> probabilities, ReadOnlySpan<bool> labels, ReadOnlySpan<double> weights = default)
    {
        CheckLengths(probabilities, labels, weights);
        double total = 0, weight = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            var p = Math.Clamp(probabilities[i], MachineEpsilon, 1 - MachineEpsilon);
            var w = weights.IsEmpty ? 1 : weights[i];
            total -= w * (labels[i] ? Math.Log(p) : Math.Log(1 - p));
            weight += w;
        }

        return total / weight;
    }

    /// <summary>Expected calibration error: Σ_b (weight_b / total) · |mean probability_b − positive rate_b| over equal-width bins of [0, 1].</summary>
    /// <param name="probabilities">Predicted probabilities, in [0, 1].</param>
    /// <param name="labels">Labels.</param>
    /// <param name="bins">The number of bins (at least 1).</param>
    /// <param name="weights">Optional weights.</param>
    /// <returns>The ECE in [0, 1].</returns>
    /// <exception cref="ArgumentException">Lengths disagree, the input is empty, or a probability is NaN.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bins"/> is less than 1.</exception>
    public static double ExpectedCalibrationError(ReadOnlySpan<double> probabilities, ReadOnlySpan<bool> labels, int bins = 10, ReadOnlySpan<double> weights = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 1);
        CheckLengths(probabilities, labels, weights);
        var weight = new double[bins];
        var sumP = new double[bins];
        var sumY = new double[bins];
        double total = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            var p = Math.Clamp(probabilities[i], 0, 1);
            var b = Math.Min((int)(p * bins), bins - 1);
            var w = weights.IsEmpty ? 1 : weights[i];
            weight[b] += w;
            sumP[b] += w * p;
            sumY[b] += labels[i] ? w : 0;
            total += w;
        }

        double ece = 0;
        for (var b = 0; b < bins; b++)
        {
            if (weight[b] > 0)
            {
                ece += Math.Abs(sumP[b] - sumY[b]) / total;
            }
        }

        return ece;
    }

    /// <summary>Confusion counts when rows with score ≥ <paramref name="threshold"/> are flagged.</summary>
    /// <param name="scores">Scores.</param>
    /// <param name="labels">Labels.</param>
    /// <param name="threshold">The decision threshold.</param>
    /// <param name="weights">Optional weights.</param>
    /// <returns>The confusion matrix.</returns>
    /// <exception cref="ArgumentException">Lengths disagree, the input is empty, or a score is NaN.</exception>
    public static ConfusionMatrix Confusion(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels, double threshold, ReadOnlySpan<double> weights = default)
    {
        CheckLengths(scores, labels, weights);
        double tp = 0, fp = 0, tn = 0, fn = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            var w = weights.IsEmpty ? 1 : weights[i];
            var flagged = scores[i] >= threshold;
            if (labels[i])
            {
                if (flagged)
                {
                    tp += w;
                }
                else
                {
                    fn += w;
                }
            }
            else if (flagged)
            {
                fp += w;
            }
            else
            {
                tn += w;
            }
        }

        return new ConfusionMatrix(threshold, tp, fp, tn, fn);
    }

    /// <summary>
    /// False-positive rate per group at a threshold, each group's ratio to the lowest rate
    /// (four-fifths style), and each group's share of the highest scores. Use it for look-alike
    /// archetypes (FPR per subgroup) and for synthetic protected groups (FPR ratios).
    /// </summary>
    /// <param name="scores">Scores.</param>
    /// <param name="labels">Labels.</param>
    /// <param name="groups">The group of every row (evaluation-only columns; never model features).</param>
    /// <param name="threshold">The decision threshold.</param>
    /// <param name="topFraction">The fraction of highest scores whose group shares are reported (e.g. 0.01).</param>
    /// <returns>The per-group report, ordered by group id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="groups"/> is null.</exception>
    /// <exception cref="ArgumentException">Lengths disagree, a group id is null, the input is empty, or a score is NaN.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="topFraction"/> is outside (0, 1].</exception>
    public static GroupFairnessReport FalsePositiveRatesByGroup(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels, IReadOnlyList<string> groups, double threshold, double topFraction = 0.01)
    {
        ArgumentNullException.ThrowIfNull(groups);
        CheckLengths(scores, labels, default);
        if (groups.Count != labels.Length)
        {
            throw new ArgumentException($"{groups.Count} group ids for {labels.Length} rows.", nameof(groups));
        }

        if (!(topFraction > 0 && topFraction <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(topFraction), topFraction, "Must be in (0, 1].");
        }

        var order = new int[labels.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var keys = scores.ToArray();
        Array.Sort(keys, order);
        var topCount = Math.Max(1, (int)Math.Ceiling(topFraction * labels.Length));
        var inTop = new bool[labels.Length];
        for (var k = 0; k < topCount; k++)
        {
            inTop[order[order.Length - 1 - k]] = true;
        }

        var stats = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        for (var i = 0; i < labels.Length; i++)
        {
            var g = groups[i] ?? throw new ArgumentException("Group ids must not be null.", nameof(groups));
            if (!stats.TryGetValue(g, out var s))
            {
                s = new int[4];
                stats[g] = s;
            }

            s[0]++;
            if (!labels[i])
            {
                s[1]++;
                s[2] += scores[i] >= threshold ? 1 : 0;
            }

            s[3] += inTop[i] ? 1 : 0;
        }

        var lowest = double.PositiveInfinity;
        foreach (var s in stats.Values)
        {
            if (s[1] > 0)
            {
                lowest = Math.Min(lowest, (double)s[2] / s[1]);
            }
        }

        var result = new List<GroupFalsePositiveRate>(stats.Count);
        foreach (var (group, s) in stats)
        {
            var fpr = s[1] > 0 ? (double)s[2] / s[1] : 0;
            result.Add(new GroupFalsePositiveRate(
                group, s[0], s[1], s[2], fpr, fpr > 0 ? lowest / fpr : 1, (double)s[0] / labels.Length, (double)s[3] / topCount));
        }

        return new GroupFairnessReport(threshold, topFraction, result);
    }

    private static void CheckLengths(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels, ReadOnlySpan<double> weights)
    {
        if (scores.Length != labels.Length)
        {
            throw new ArgumentException($"{scores.Length} scores for {labels.Length} labels.", nameof(scores));
        }

        if (!weights.IsEmpty && weights.Length != labels.Length)
        {
            throw new ArgumentException($"{weights.Length} weights for {labels.Length} labels.", nameof(weights));
        }

        if (labels.IsEmpty)
        {
            throw new ArgumentException("There are no rows to evaluate.", nameof(labels));
        }

        foreach (var s in scores)
        {
            if (double.IsNaN(s))
            {
                throw new ArgumentException("Scores must not be NaN.", nameof(scores));
            }
        }

        foreach (var w in weights)
        {
            if (!(w >= 0) || double.IsInfinity(w))
            {
                throw new ArgumentException("Weights must be finite and non-negative.", nameof(weights));
            }
        }
    }

    /// <summary>Cumulative (TP, FP) after each distinct score, from the highest score down.</summary>
    private sealed class Curve
    {
        private Curve(List<(double Tp, double Fp, double Threshold)> steps, double positives, double negatives)
        {
            Steps = steps;
            Positives = positives;
            Negatives = negatives;
        }

        public List<(double Tp, double Fp, double Threshold)> Steps { get; }

        public double Positives { get; }

        public double Negatives { get; }

        public static Curve Build(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels, ReadOnlySpan<double> weights)
        {
            CheckLengths(scores, labels, weights);
            var n = labels.Length;
            var order = new int[n];
            for (var i = 0; i < n; i++)
            {
                order[i] = i;
            }

            var keys = new double[n];
            for (var i = 0; i < n; i++)
            {
                keys[i] = -scores[i];
            }

            Array.Sort(keys, order);
            var steps = new List<(double, double, double)>();
            double tp = 0, fp = 0;
            for (var k = 0; k < n; k++)
            {
                var i = order[k];
                var w = weights.IsEmpty ? 1 : weights[i];
                if (labels[i])
                {
                    tp += w;
                }
                else
                {
                    fp += w;
                }

                if (k == n - 1 || keys[k + 1] != keys[k])
                {
                    steps.Add((tp, fp, scores[i]));
                }
            }

            if (tp <= 0 || fp <= 0)
            {
                throw new ArgumentException("Both classes (with positive weight) are needed.", nameof(labels));
            }

            return new Curve(steps, tp, fp);
        }
    }
}
