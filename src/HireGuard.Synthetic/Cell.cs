namespace HireGuard.Synthetic;

/// <summary>A DPRK cell: operators sharing a location, templates, referrals, payout accounts and facilitators (§6.3.1).</summary>
internal sealed record Cell
{
    public required int Index { get; init; }

    public required string Id { get; init; }

    public required Place Place { get; init; }

    public required string LocationName { get; init; }

    /// <summary>Gets each operator's sophistication (0 low, 1 mid, 2 high).</summary>
    public required int[] Sophistication { get; init; }

    /// <summary>Gets each operator's number of personas.</summary>
    public required int[] Personas { get; init; }

    public required string[] SharedPhones { get; init; }

    public required string[] SharedEmails { get; init; }

    public required string[] SharedWallets { get; init; }

    public required string[] SharedAccounts { get; init; }

    public required string[] MfaIds { get; init; }

    public required string[] PhotoHashes { get; init; }

    public required string[] TemplateEmployers { get; init; }

    public required int EgressSlot { get; init; }
}
