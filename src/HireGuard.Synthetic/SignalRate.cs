namespace HireGuard.Synthetic;

/// <summary>One row of the §6.4 table: the probability of a signal per record in each column.</summary>
/// <param name="Legit">General legitimate population.</param>
/// <param name="Low">DPRK, low sophistication.</param>
/// <param name="High">DPRK, high sophistication with a facilitator.</param>
internal sealed record SignalRate(double Legit, double Low, double High)
{
    /// <summary>Returns the probability for a column; the mid column is the mean of the two DPRK columns.</summary>
    public double For(Tier tier) => tier switch
    {
        Tier.Legit => Legit,
        Tier.Low => Low,
        Tier.High => High,
        _ => (Low + High) / 2,
    };
}
