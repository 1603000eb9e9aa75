namespace HireGuard.Signals;

/// <summary>A claimed earlier employment.</summary>
public sealed record EmploymentHistoryEntry
{
    /// <summary>Gets the employer's name.</summary>
    public string? Employer { get; init; }

    /// <summary>Gets the job title.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the ISO country code of the claimed workplace.</summary>
    public string? Country { get; init; }

    /// <summary>Gets the start date.</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>Gets the end date (absent while current).</summary>
    public DateOnly? EndDate { get; init; }

    /// <summary>Gets whether the employment was verified through independently found contacts.</summary>
    public bool? Verified { get; init; }
}
