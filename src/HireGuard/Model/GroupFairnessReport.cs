namespace HireGuard.Model;

/// <summary>False-positive rates per group at one threshold, and how far apart they are.</summary>
/// <param name="Threshold">The decision threshold on the score.</param>
/// <param name="TopFraction">The fraction of highest scores used for <see cref="GroupFalsePositiveRate.ShareOfTopScores"/>.</param>
/// <param name="Groups">One entry per group, ordered by group id (ordinal).</param>
public sealed record GroupFairnessReport(double Threshold, double TopFraction, IReadOnlyList<GroupFalsePositiveRate> Groups)
{
    /// <summary>Gets the lowest group FPR divided by the highest (1 when no group has a false positive).</summary>
    public double MinimumFalsePositiveRateRatio
    {
        get
        {
            double min = double.PositiveInfinity, max = 0;
            foreach (var g in Groups)
            {
                if (g.NegativeCount == 0)
                {
                    continue;
                }

                min = Math.Min(min, g.FalsePositiveRate);
                max = Math.Max(max, g.FalsePositiveRate);
            }

            return max > 0 ? min / max : 1;
        }
    }

    /// <summary>Gets whether every group's FPR is within four-fifths of the others' (<see cref="MinimumFalsePositiveRateRatio"/> ≥ 0.8).</summary>
    public bool MeetsFourFifthsRule => MinimumFalsePositiveRateRatio >= 0.8;
}
