using System.Text.Json.Serialization;

namespace HireGuard.Signals;

/// <summary>How wages are paid out.</summary>
public enum PayoutRail
{
    /// <summary>A bank account in the claimed country of residence.</summary>
    [JsonStringEnumMemberName("domesticBank")]
    DomesticBank,

    /// <summary>A payment platform or fintech account (e.g. Payoneer, Wise, PayPal).</summary>
    [JsonStringEnumMemberName("fintech")]
    Fintech,

    /// <summary>A cryptocurrency wallet.</summary>
    [JsonStringEnumMemberName("crypto")]
    Crypto,

    /// <summary>
    /// A bank account abroad. Never scored as such (that would track national origin): only
    /// "payout country differs from the claimed residence" is, uniformly for every country.
    /// </summary>
    [JsonStringEnumMemberName("foreignBank")]
    ForeignBank,
}
