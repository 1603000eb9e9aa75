namespace HireGuard.Model;

/// <summary>One prediction, with ML.NET's column meanings: raw <see cref="Score"/>, calibrated <see cref="Probability"/>, <see cref="PredictedLabel"/>.</summary>
/// <param name="Score">The raw (uncalibrated) log-odds score of the model.</param>
/// <param name="LogOdds">The calibrated log-odds (<see cref="PlattCalibration.Apply"/> of <paramref name="Score"/>).</param>
/// <param name="Probability">The calibrated probability of the positive class, the logistic function of <paramref name="LogOdds"/>.</param>
public readonly record struct BinaryPrediction(double Score, double LogOdds, double Probability)
{
    /// <summary>Gets whether the calibrated probability is at least 0.5 (use a threshold chosen on validation data for real decisions).</summary>
    public bool PredictedLabel => Probability >= 0.5;
}
