using HireGuard.Evidence;
using HireGuard.Rules;

namespace HireGuard.Model;

/// <summary>
/// A learned classifier behind the engine. It sees the enriched case and the rule findings (from
/// which it builds its own allow-listed feature vector) and returns an exact, additive explanation
/// in calibrated log-odds. HireGuard's own trainers produce implementations; users can plug an
/// ML.NET or ONNX model through this interface.
/// </summary>
/// <remarks>
/// Contract: <see cref="ModelPrediction.BaseValue"/> plus the sum of
/// <see cref="ModelPrediction.Contributions"/> must equal <see cref="ModelPrediction.LogOdds"/> (the
/// calibrated log-odds) to within 1e-9, every contribution must name the indicator code it speaks
/// for, and no contribution may rest on a protected attribute (DESIGN.md §5, invariant 4).
/// Implementations are immutable, thread-safe and free of I/O.
/// </remarks>
public interface IRiskModel
{
    /// <summary>Gets the model's identity, for provenance.</summary>
    ModelInfo Info { get; }

    /// <summary>Scores one case.</summary>
    /// <param name="evidence">The enriched case.</param>
    /// <param name="findings">What the rules found.</param>
    /// <returns>The calibrated log-odds and its exact decomposition.</returns>
    ModelPrediction Predict(CaseEvidence evidence, IReadOnlyList<Finding> findings);
}
