namespace HireGuard.Synthetic;

/// <summary>The true class of a generated record.</summary>
internal enum CaseClass
{
    /// <summary>A legitimate candidate.</summary>
    Legit,

    /// <summary>Fraud that is not DPRK.</summary>
    OtherFraud,

    /// <summary>A DPRK operator persona, or a facilitator applying in their own or a rented name.</summary>
    Dprk,
}
