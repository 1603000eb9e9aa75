using System.Text.Json.Serialization;

namespace HireGuard.Signals;

/// <summary>The outcome of checking an identifier against an authoritative record.</summary>
public enum RecordCheckResult
{
    /// <summary>The check was not run.</summary>
    [JsonStringEnumMemberName("notRun")]
    NotRun,

    /// <summary>Name, date of birth and identifier agree.</summary>
    [JsonStringEnumMemberName("match")]
    Match,

    /// <summary>They do not agree.</summary>
    [JsonStringEnumMemberName("mismatch")]
    Mismatch,

    /// <summary>The identifier belongs to a deceased person.</summary>
    [JsonStringEnumMemberName("deceased")]
    Deceased,
}
