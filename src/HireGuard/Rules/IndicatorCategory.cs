using System.Text.Json.Serialization;

namespace HireGuard.Rules;

/// <summary>The family an indicator belongs to (the prefix of its code).</summary>
public enum IndicatorCategory
{
    /// <summary><c>NET</c>: network origin and anonymity.</summary>
    [JsonStringEnumMemberName("network")]
    Network,

    /// <summary><c>DEV</c>: device and laptop farm.</summary>
    [JsonStringEnumMemberName("device")]
    Device,

    /// <summary><c>PAY</c>: payroll and finance.</summary>
    [JsonStringEnumMemberName("payroll")]
    Payroll,

    /// <summary><c>IDD</c>: identity documents.</summary>
    [JsonStringEnumMemberName("identityDocument")]
    IdentityDocument,

    /// <summary><c>IDC</c>: identity consistency.</summary>
    [JsonStringEnumMemberName("identityConsistency")]
    IdentityConsistency,

    /// <summary><c>BEH</c>: communication and behaviour.</summary>
    [JsonStringEnumMemberName("behaviour")]
    Behaviour,

    /// <summary><c>XLINK</c>: cross-candidate linkage.</summary>
    [JsonStringEnumMemberName("linkage")]
    Linkage,

    /// <summary><c>SAN</c>: sanctions.</summary>
    [JsonStringEnumMemberName("sanctions")]
    Sanctions,
}
