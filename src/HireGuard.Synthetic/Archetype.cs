using System.Collections.Frozen;

namespace HireGuard.Synthetic;

/// <summary>A legitimate look-alike archetype of §6.5, or an other-fraud sub-type: the signals it raises above the base rate.</summary>
/// <param name="Name">The segment name written to the labels file.</param>
/// <param name="Share">Its share of its population (legitimate applicants, or other fraud).</param>
/// <param name="Elevated">Signal probabilities that replace the base rate when higher.</param>
internal sealed record Archetype(string Name, double Share, FrozenDictionary<Signal, double> Elevated)
{
    /// <summary>Returns the probability of a signal for a member: the elevated rate when higher than the base rate.</summary>
    public double Rate(Signal signal, double baseRate) =>
        Elevated.TryGetValue(signal, out var elevated) && elevated > baseRate ? elevated : baseRate;
}
