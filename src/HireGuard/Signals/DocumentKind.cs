using System.Text.Json.Serialization;

namespace HireGuard.Signals;

/// <summary>The kind of identity document.</summary>
public enum DocumentKind
{
    /// <summary>Another kind of document.</summary>
    [JsonStringEnumMemberName("other")]
    Other,

    /// <summary>A passport.</summary>
    [JsonStringEnumMemberName("passport")]
    Passport,

    /// <summary>A national identity card.</summary>
    [JsonStringEnumMemberName("nationalId")]
    NationalId,

    /// <summary>A driving licence.</summary>
    [JsonStringEnumMemberName("driverLicense")]
    DriverLicense,

    /// <summary>A residence permit.</summary>
    [JsonStringEnumMemberName("residencePermit")]
    ResidencePermit,
}
