namespace HireGuard.Synthetic;

/// <summary>The column of the §6.4 signal table a record draws from.</summary>
internal enum Tier
{
    /// <summary>The legitimate general population.</summary>
    Legit,

    /// <summary>DPRK operator, low sophistication.</summary>
    Low,

    /// <summary>DPRK operator, mid sophistication or high without a facilitator (between the two published columns).</summary>
    Mid,

    /// <summary>DPRK operator, high sophistication with a facilitator (or mid with one).</summary>
    High,
}
