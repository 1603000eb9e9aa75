namespace HireGuard.Model;

/// <summary>Evaluation of a binary classifier on labelled data (names follow ML.NET's <c>CalibratedBinaryClassificationMetrics</c> where they overlap).</summary>
public sealed record BinaryClassificationMetrics
{
    /// <summary>Gets the number of rows evaluated.</summary>
    public required int RowCount { get; init; }

    /// <summary>Gets the number of positive rows.</summary>
    public required int PositiveCount { get; init; }

    /// <summary>Gets the area under the ROC curve (ties count half).</summary>
    public required double AreaUnderRocCurve { get; init; }

    /// <summary>Gets the area under the precision-recall curve as average precision (scikit-learn's definition, no interpolation).</summary>
    public required double AreaUnderPrecisionRecallCurve { get; init; }

    /// <summary>Gets the mean log-loss of the calibrated probabilities (natural log).</summary>
    public required double LogLoss { get; init; }

    /// <summary>Gets 1 − LogLoss / (log-loss of always predicting the base rate).</summary>
    public required double LogLossReduction { get; init; }

    /// <summary>Gets the expected calibration error over 10 equal-width probability bins.</summary>
    public required double ExpectedCalibrationError { get; init; }

    /// <summary>Gets the best recall at a false-positive rate of at most 1 %.</summary>
    public required OperatingPoint AtOnePercentFalsePositiveRate { get; init; }

    /// <summary>Gets the best recall at a false-positive rate of at most 0.1 %.</summary>
    public required OperatingPoint AtTenthPercentFalsePositiveRate { get; init; }

    /// <summary>Gets the confusion matrix at a calibrated probability of 0.5 (ML.NET's PredictedLabel).</summary>
    public required ConfusionMatrix ConfusionMatrix { get; init; }

    /// <summary>Flattens the headline figures into a name → value map (for a model file's metrics).</summary>
    /// <param name="prefix">Prepended to every name, e.g. <c>test.</c>.</param>
    /// <returns>The figures, keyed by camel-case names.</returns>
    public IReadOnlyDictionary<string, double> ToDictionary(string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return new Dictionary<string, double>(StringComparer.Ordinal)
        {
            [prefix + "rows"] = RowCount,
            [prefix + "positives"] = PositiveCount,
            [prefix + "auc"] = AreaUnderRocCurve,
            [prefix + "averagePrecision"] = AreaUnderPrecisionRecallCurve,
            [prefix + "logLoss"] = LogLoss,
            [prefix + "expectedCalibrationError"] = ExpectedCalibrationError,
            [prefix + "recallAt1PercentFpr"] = AtOnePercentFalsePositiveRate.Recall,
            [prefix + "recallAt0.1PercentFpr"] = AtTenthPercentFalsePositiveRate.Recall,
        };
    }
}
