namespace HireGuard.Signals;

/// <summary>A claimed degree or course.</summary>
public sealed record EducationEntry
{
    /// <summary>Gets the institution.</summary>
    public string? Institution { get; init; }

    /// <summary>Gets the degree.</summary>
    public string? Degree { get; init; }

    /// <summary>Gets the start date.</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>Gets the end date.</summary>
    public DateOnly? EndDate { get; init; }

    /// <summary>Gets whether the institution confirmed the record.</summary>
    public bool? Verified { get; init; }
}
