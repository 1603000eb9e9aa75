namespace HireGuard.Model;

/// <summary>Counts (weighted when the data is weighted) at one decision threshold: a row is flagged when its score is ≥ the threshold.</summary>
/// <param name="Threshold">The decision threshold on the score that was evaluated.</param>
/// <param name="TruePositives">Flagged positive rows.</param>
/// <param name="FalsePositives">Flagged negative rows.</param>
/// <param name="TrueNegatives">Unflagged negative rows.</param>
/// <param name="FalseNegatives">Unflagged positive rows.</param>
public sealed record ConfusionMatrix(double Threshold, double TruePositives, double FalsePositives, double TrueNegatives, double FalseNegatives)
{
    /// <summary>Gets TP / (TP + FN), or 0 without positives.</summary>
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    /// <summary>Gets TP / (TP + FP), or 0 when nothing is flagged.</summary>
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    /// <summary>Gets FP / (FP + TN), or 0 without negatives.</summary>
    public double FalsePositiveRate => Ratio(FalsePositives, FalsePositives + TrueNegatives);

    /// <summary>Gets TN / (TN + FN), or 0 when everything is flagged.</summary>
    public double NegativePrecision => Ratio(TrueNegatives, TrueNegatives + FalseNegatives);

    /// <summary>Gets (TP + TN) / all.</summary>
    public double Accuracy => Ratio(TruePositives + TrueNegatives, TruePositives + FalsePositives + TrueNegatives + FalseNegatives);

    /// <summary>Gets the harmonic mean of precision and recall.</summary>
    public double F1Score => Ratio(2 * Precision * Recall, Precision + Recall);

    private static double Ratio(double a, double b) => b > 0 ? a / b : 0;
}
