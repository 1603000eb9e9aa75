namespace HireGuard.Model;

/// <summary>One feature's exact contribution to a model's log-odds.</summary>
/// <param name="Feature">The feature's name in the schema.</param>
/// <param name="Code">The indicator code the feature speaks for; contributions are grouped into reasons by it.</param>
/// <param name="Value">The feature's value for this case (NaN when missing).</param>
/// <param name="Contribution">The contribution in calibrated log-odds.</param>
public sealed record ModelContribution(string Feature, string Code, double Value, double Contribution);
