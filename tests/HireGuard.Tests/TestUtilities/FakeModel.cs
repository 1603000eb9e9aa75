using HireGuard.Evidence;
using HireGuard.Model;
using HireGuard.Rules;

namespace HireGuard.Tests.TestUtilities;

/// <summary>A linear model over findings: each finding code gets a fixed coefficient, plus a constant feature.</summary>
public sealed class FakeModel(Dictionary<string, double> coefficients, double baseValue) : IRiskModel
{
    public ModelInfo Info { get; } = new("fake-linear-1", new string('a', 64), "linear", "fs-test");

    public bool BreakAdditivity { get; init; }

    public ModelPrediction Predict(CaseEvidence evidence, IReadOnlyList<Finding> findings)
    {
        var contributions = new List<ModelContribution>();
        foreach (var (code, w) in coefficients)
        {
            var value = findings.Where(f => f.Code == code).Select(f => f.Strength).DefaultIfEmpty(0).Max();
            contributions.Add(new ModelContribution(code.ToLowerInvariant() + ".strength", code, value, w * value));
        }

        var sum = baseValue + contributions.Sum(c => c.Contribution);
        return new ModelPrediction { BaseValue = baseValue, Contributions = contributions, LogOdds = BreakAdditivity ? sum + 1 : sum, RawScore = sum };
    }
}
