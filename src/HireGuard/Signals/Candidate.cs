namespace HireGuard.Signals;

/// <summary>What the candidate claimed about themselves.</summary>
public sealed record Candidate
{
    /// <summary>Gets the full legal name as the candidate gave it.</summary>
    public string? FullName { get; init; }

    /// <summary>Gets other names used (maiden names, chosen names, transliterations).</summary>
    public IReadOnlyList<string> OtherNames { get; init => field = value ?? []; } = [];

    /// <summary>Gets the date of birth.</summary>
    public DateOnly? DateOfBirth { get; init; }

    /// <summary>Gets the e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>Gets the phone number.</summary>
    public string? Phone { get; init; }

    /// <summary>Gets the claimed residence.</summary>
    public ClaimedResidence? Residence { get; init; }

    /// <summary>Gets online profiles (GitHub, LinkedIn, freelance platforms).</summary>
    public IReadOnlyList<OnlineProfile> Profiles { get; init => field = value ?? []; } = [];

    /// <summary>Gets the claimed employment history.</summary>
    public IReadOnlyList<EmploymentHistoryEntry> EmploymentHistory { get; init => field = value ?? []; } = [];

    /// <summary>Gets the claimed education.</summary>
    public IReadOnlyList<EducationEntry> Education { get; init => field = value ?? []; } = [];

    /// <summary>Gets the references named by the candidate.</summary>
    public IReadOnlyList<Reference> References { get; init => field = value ?? []; } = [];

    /// <summary>Gets a national identifier (e.g. a US SSN) supplied post-offer.</summary>
    public NationalIdentifier? NationalId { get; init; }

    /// <summary>Gets travel the candidate declared, which explains location differences in that window.</summary>
    public IReadOnlyList<DeclaredTravel> DeclaredTravel { get; init => field = value ?? []; } = [];

    /// <summary>Gets household members the candidate declared at the same employer (explains shared addresses).</summary>
    public IReadOnlyList<HouseholdMember> HouseholdMembers { get; init => field = value ?? []; } = [];
}
