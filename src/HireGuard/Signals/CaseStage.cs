using System.Text.Json.Serialization;

namespace HireGuard.Signals;

/// <summary>The hiring stage a case or a session belongs to.</summary>
public enum CaseStage
{
    /// <summary>Application and screening.</summary>
    [JsonStringEnumMemberName("application")]
    Application,

    /// <summary>Interviews.</summary>
    [JsonStringEnumMemberName("interview")]
    Interview,

    /// <summary>Offer and onboarding: identity checks, I-9, laptop shipping, payroll set-up.</summary>
    [JsonStringEnumMemberName("onboarding")]
    Onboarding,

    /// <summary>During employment.</summary>
    [JsonStringEnumMemberName("employment")]
    Employment,

    /// <summary>After the employment ended.</summary>
    [JsonStringEnumMemberName("exit")]
    Exit,
}
