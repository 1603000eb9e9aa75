namespace HireGuard.Model;

/// <summary>How a trainer turns raw scores into probabilities.</summary>
public enum CalibrationMethod
{
    /// <summary>No calibration: the probability is the logistic function of the raw score.</summary>
    None = 0,

    /// <summary>
    /// Platt scaling: calibrated log-odds = slope × raw + intercept, fitted on held-out rows. Being
    /// linear in the raw score, it keeps explanations additive (every contribution scales by the slope).
    /// </summary>
    Platt = 1,
}
