namespace HireGuard.Synthetic;

/// <summary>The latent state of one record while its case is generated.</summary>
internal sealed class Profile
{
    public required long Index { get; init; }

    public required string CaseId { get; init; }

    public required CaseClass Class { get; init; }

    public required Person Person { get; init; }

    public required SyntheticRandom Random { get; init; }

    public required double Time { get; init; }

    public required DateTimeOffset AppliedAt { get; init; }

    public required int Employer { get; init; }

    public required bool CryptoEmployer { get; init; }

    public required int StageReached { get; init; }

    public Tier Tier { get; set; } = Tier.Legit;

    public List<Archetype> Archetypes { get; } = [];

    public string Segment { get; set; } = "general";

    public string Group { get; set; } = string.Empty;

    /// <summary>Gets or sets where the person really works from (differs from the claim for operators).</summary>
    public required Place Actual { get; set; }

    public Cell? Cell { get; set; }

    public Facilitator? Facilitator { get; set; }

    public int Sophistication { get; set; } = -1;

    public string IdentityType { get; set; } = "own";

    public bool EuropeanRole { get; set; }

    public bool FacilitatorSelf { get; set; }

    public Place? TravelPlace { get; set; }

    public bool TravelDeclared { get; set; }

    public string? HouseholdPartnerId { get; set; }

    public string? HouseholdPartnerName { get; set; }

    public string? HomeIp { get; set; }

    /// <summary>Gets or sets whether the home connection is a satellite link (rural users; high round-trip time).</summary>
    public bool Satellite { get; set; }

    public string? FraudType { get; set; }

    /// <summary>Gets or sets how a sanctioned counterparty appears: -1 none, 0 payout wallet, 1 payout holder, 2 claimed employer, 3 candidate name collision.</summary>
    public int Sanctioned { get; set; } = -1;

    /// <summary>Gets or sets the personal device id used before hire.</summary>
    public string PersonalDevice { get; set; } = string.Empty;
}
