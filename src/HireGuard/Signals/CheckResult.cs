using System.Text.Json.Serialization;

namespace HireGuard.Signals;

/// <summary>The outcome of a verification step.</summary>
public enum CheckResult
{
    /// <summary>The step was not done.</summary>
    [JsonStringEnumMemberName("notDone")]
    NotDone,

    /// <summary>The step passed.</summary>
    [JsonStringEnumMemberName("passed")]
    Passed,

    /// <summary>The step failed.</summary>
    [JsonStringEnumMemberName("failed")]
    Failed,
}
