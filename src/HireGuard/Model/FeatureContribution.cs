namespace HireGuard.Model;

/// <summary>One feature's additive contribution to a prediction, in calibrated log-odds.</summary>
/// <param name="FeatureIndex">The feature's position in the model's manifest.</param>
/// <param name="Name">The feature's name.</param>
/// <param name="Value">The input value (NaN when it was missing).</param>
/// <param name="LogOdds">The contribution in calibrated log-odds (positive raises the risk).</param>
public readonly record struct FeatureContribution(int FeatureIndex, string Name, double Value, double LogOdds)
{
    /// <summary>Gets the contribution as an odds multiplier, e^LogOdds.</summary>
    public double OddsMultiplier => Math.Exp(LogOdds);
}
