namespace HireGuard.Synthetic;

/// <summary>The adjudicated outcome of a synthetic case, as a labels file records it.</summary>
public enum SyntheticOutcome
{
    /// <summary>Cleared: a legitimate candidate (or an undetected operator, under label noise). Text form <c>cleared</c>.</summary>
    Cleared,

    /// <summary>Fraud that is not DPRK: proxy interviewers, AI cheating, ordinary identity theft, overemployment. Text form <c>other_fraud</c>.</summary>
    OtherFraud,

    /// <summary>Confirmed DPRK IT worker or facilitator. Text form <c>confirmed_dprk</c>.</summary>
    ConfirmedDprk,
}
