namespace HireGuard.Model;

/// <summary>The false-positive rate of one subgroup (a look-alike archetype, or a synthetic protected group) at a threshold.</summary>
/// <param name="Group">The group id.</param>
/// <param name="RowCount">Rows in the group.</param>
/// <param name="NegativeCount">Negative rows in the group.</param>
/// <param name="FalsePositiveCount">Negative rows flagged (score ≥ threshold).</param>
/// <param name="FalsePositiveRate">FalsePositiveCount / NegativeCount (0 without negatives).</param>
/// <param name="FalsePositiveRateRatio">The lowest group FPR divided by this group's FPR (1 when this FPR is 0): four-fifths style, ≥ 0.8 is the usual bar.</param>
/// <param name="ShareOfRows">This group's share of all rows.</param>
/// <param name="ShareOfTopScores">This group's share of the highest-scoring rows (the top fraction asked for).</param>
public sealed record GroupFalsePositiveRate(
    string Group,
    int RowCount,
    int NegativeCount,
    int FalsePositiveCount,
    double FalsePositiveRate,
    double FalsePositiveRateRatio,
    double ShareOfRows,
    double ShareOfTopScores);
