namespace HireGuard.Signals;

/// <summary>An online profile of the candidate.</summary>
public sealed record OnlineProfile
{
    /// <summary>Gets the kind of profile (e.g. <c>github</c>, <c>linkedin</c>, <c>upwork</c>).</summary>
    public string? Kind { get; init; }

    /// <summary>Gets the profile URL.</summary>
    public string? Url { get; init; }

    /// <summary>Gets the handle or user name.</summary>
    public string? Handle { get; init; }

    /// <summary>Gets the display name shown on the profile.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Gets when the account was created.</summary>
    public DateOnly? CreatedAt { get; init; }

    /// <summary>Gets the number of followers or connections.</summary>
    public int? Followers { get; init; }

    /// <summary>Gets the number of public repositories or portfolio items.</summary>
    public int? PublicRepositories { get; init; }

    /// <summary>Gets the contributions or activity count over the last year.</summary>
    public int? ContributionsLastYear { get; init; }
}
