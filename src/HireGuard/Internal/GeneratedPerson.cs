namespace HireGuard.Internal;

/// <summary>A generated person: a name with the details a candidate's documents would show.</summary>
/// <param name="Name">The full name, given name first.</param>
/// <param name="DateOfBirth">The date of birth.</param>
/// <param name="Nationality">The nationality (ISO 3166-1 alpha-2).</param>
internal sealed record GeneratedPerson(string Name, DateOnly DateOfBirth, string Nationality);
