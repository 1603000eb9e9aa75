namespace HireGuard.Signals;

/// <summary>What was observed after the start date.</summary>
public sealed record Employment
{
    /// <summary>Gets the start date.</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>Gets the average interactive (not merely signed-in) hours per day.</summary>
    public double? InteractiveHoursPerDay { get; init; }

    /// <summary>Gets the authenticator device ids that completed MFA for this account.</summary>
    public IReadOnlyList<string> MfaAuthenticatorIds { get; init => field = value ?? []; } = [];

    /// <summary>Gets endpoint-security findings on the corporate device.</summary>
    public IReadOnlyList<EdrFinding> EdrFindings { get; init => field = value ?? []; } = [];
}
