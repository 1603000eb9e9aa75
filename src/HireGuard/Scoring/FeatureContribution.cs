namespace HireGuard.Scoring;

/// <summary>One feature's contribution in the model explanation.</summary>
/// <param name="Feature">The feature's name.</param>
/// <param name="Code">The indicator code it speaks for.</param>
/// <param name="Value">Its value for this case (null when missing).</param>
/// <param name="Contribution">Its contribution in calibrated log-odds.</param>
public sealed record FeatureContribution(string Feature, string Code, double? Value, double Contribution);
