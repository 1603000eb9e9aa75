namespace HireGuard.Signals;

/// <summary>A reference named by the candidate.</summary>
public sealed record Reference
{
    /// <summary>Gets the reference's name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the reference's e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>Gets the reference's phone number.</summary>
    public string? Phone { get; init; }

    /// <summary>Gets the organisation the reference speaks for.</summary>
    public string? Organization { get; init; }

    /// <summary>Gets the relationship to the candidate (e.g. <c>manager</c>).</summary>
    public string? Relationship { get; init; }

    /// <summary>Gets whether the reference was reached through contact details found independently.</summary>
    public bool? ContactVerified { get; init; }
}
