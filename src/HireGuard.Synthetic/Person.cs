namespace HireGuard.Synthetic;

/// <summary>
/// The identity a record presents and its protected attributes. Drawn by one function from one
/// distribution for every class (INDICATORS.md §6.8); the protected attributes go only to the
/// labels file's <c>eval_</c> columns.
/// </summary>
internal sealed record Person
{
    public required string GivenName { get; init; }

    public required string FamilyName { get; init; }

    public string FullName => GivenName + " " + FamilyName;

    public required DateOnly DateOfBirth { get; init; }

    public required string Sex { get; init; }

    public required OriginGroup Origin { get; init; }

    public required string OriginCountry { get; init; }

    public required string ImmigrantStatus { get; init; }

    public required string Citizenship { get; init; }

    public required string Language { get; init; }

    public required bool Disability { get; init; }

    public required Place Home { get; init; }

    public required string Street { get; init; }

    public required string PostalCode { get; init; }

    public required string Email { get; init; }

    public required string Phone { get; init; }

    public required string Handle { get; init; }

    public required ulong Key { get; init; }

    public bool Immigrant => ImmigrantStatus != "citizen_by_birth";
}
