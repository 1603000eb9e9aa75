using System.Text.Json.Serialization;

namespace HireGuard.Linkage;

/// <summary>The kind of identifier two cases can share.</summary>
public enum LinkageAttributeKind
{
    /// <summary>An e-mail address.</summary>
    [JsonStringEnumMemberName("email")]
    Email,

    /// <summary>A phone number.</summary>
    [JsonStringEnumMemberName("phone")]
    Phone,

    /// <summary>A delivery or residence address.</summary>
    [JsonStringEnumMemberName("address")]
    Address,

    /// <summary>A payout bank account or IBAN.</summary>
    [JsonStringEnumMemberName("payoutAccount")]
    PayoutAccount,

    /// <summary>A payout wallet address.</summary>
    [JsonStringEnumMemberName("wallet")]
    Wallet,

    /// <summary>A device identifier.</summary>
    [JsonStringEnumMemberName("device")]
    Device,

    /// <summary>An MFA authenticator device.</summary>
    [JsonStringEnumMemberName("mfaAuthenticator")]
    MfaAuthenticator,

    /// <summary>An identity-document number or image hash.</summary>
    [JsonStringEnumMemberName("document")]
    Document,

    /// <summary>A client IP address.</summary>
    [JsonStringEnumMemberName("ipAddress")]
    IpAddress,
}
