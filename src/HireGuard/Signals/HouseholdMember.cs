namespace HireGuard.Signals;

/// <summary>A household member the candidate declared at the same employer.</summary>
public sealed record HouseholdMember
{
    /// <summary>Gets the member's name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the member's case identifier, when known.</summary>
    public string? CaseId { get; init; }
}
