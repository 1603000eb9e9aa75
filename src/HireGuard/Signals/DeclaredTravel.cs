namespace HireGuard.Signals;

/// <summary>Travel the candidate declared.</summary>
public sealed record DeclaredTravel
{
    /// <summary>Gets the ISO country code travelled to.</summary>
    public string? Country { get; init; }

    /// <summary>Gets the first day of the trip.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Gets the last day of the trip.</summary>
    public DateOnly? To { get; init; }
}
