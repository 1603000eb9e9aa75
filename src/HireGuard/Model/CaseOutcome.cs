namespace HireGuard.Model;

/// <summary>How an adjudicated case ended (the <c>outcome</c> column of a label file).</summary>
public enum CaseOutcome
{
    /// <summary><c>confirmed_dprk</c>: a confirmed DPRK IT worker or facilitator. The positive class.</summary>
    ConfirmedDprk = 0,

    /// <summary><c>other_fraud</c>: fraud, but not DPRK-linked (e.g. proxy interviewing, overemployment). A negative, reported separately in evaluation.</summary>
    OtherFraud = 1,

    /// <summary><c>cleared</c>: a legitimate candidate or hire. A negative.</summary>
    Cleared = 2,
}
