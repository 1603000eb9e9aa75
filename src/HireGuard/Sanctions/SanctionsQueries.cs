using System.Globalization;
using HireGuard.Evidence;
using HireGuard.Signals;

namespace HireGuard.Sanctions;

/// <summary>
/// Builds the screening queries for a case: the candidate (with date of birth, document numbers
/// and nationality as corroboration), other names, payout holders, banks and platforms, wallets,
/// claimed employers and references.
/// </summary>
internal static class SanctionsQueries
{
    public static List<(string Role, SanctionsQuery Query)> For(HiringCase c)
    {
        var queries = new List<(string, SanctionsQuery)>();
        var candidate = c.Candidate;
        var related = RelatedNames(c);
        var idNumbers = c.Documents.Select(d => d.Number).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!).Distinct(StringComparer.Ordinal).ToArray();
        var nationality = c.Documents.Select(d => d.Nationality).FirstOrDefault(n => n is not null);
        var dob = candidate?.DateOfBirth ?? c.Documents.Select(d => d.DateOfBirth).FirstOrDefault(d => d is not null);
        if (!string.IsNullOrWhiteSpace(candidate?.FullName))
        {
            queries.Add(("candidate", Person(candidate.FullName, "/candidate/fullName", dob, nationality, idNumbers, related)));
        }

        for (var i = 0; i < (candidate?.OtherNames.Count ?? 0); i++)
        {
            queries.Add(("candidate", Person(candidate!.OtherNames[i], P($"/candidate/otherNames/{i}"), dob, nationality, idNumbers, related)));
        }

        for (var i = 0; i < c.Payroll.Count; i++)
        {
            var p = c.Payroll[i];
            if (!string.IsNullOrWhiteSpace(p.HolderName))
            {
                queries.Add(("payoutHolder", new SanctionsQuery { Name = p.HolderName, SourcePointer = P($"/payroll/{i}/holderName"), RelatedNames = related }));
            }

            if (!string.IsNullOrWhiteSpace(p.BankName))
            {
                queries.Add(("bank", Organization(p.BankName, P($"/payroll/{i}/bankName"), related)));
            }

            if (!string.IsNullOrWhiteSpace(p.PlatformName))
            {
                queries.Add(("platform", Organization(p.PlatformName, P($"/payroll/{i}/platformName"), related)));
            }

            if (!string.IsNullOrWhiteSpace(p.WalletAddress))
            {
                queries.Add(("wallet", new SanctionsQuery { WalletAddress = p.WalletAddress.Trim(), SourcePointer = P($"/payroll/{i}/walletAddress") }));
            }
        }

        for (var i = 0; i < (candidate?.EmploymentHistory.Count ?? 0); i++)
        {
            var employer = candidate!.EmploymentHistory[i].Employer;
            if (!string.IsNullOrWhiteSpace(employer))
            {
                queries.Add(("employer", Organization(employer, P($"/candidate/employmentHistory/{i}/employer"), related)));
            }
        }

        for (var i = 0; i < (candidate?.References.Count ?? 0); i++)
        {
            var reference = candidate!.References[i];
            if (!string.IsNullOrWhiteSpace(reference.Name))
            {
                queries.Add(("reference", new SanctionsQuery { Name = reference.Name, Kind = SanctionsPartyKind.Individual, SourcePointer = P($"/candidate/references/{i}/name"), RelatedNames = related }));
            }

            if (!string.IsNullOrWhiteSpace(reference.Organization))
            {
                queries.Add(("reference", Organization(reference.Organization, P($"/candidate/references/{i}/organization"), related)));
            }
        }

        return queries;
    }

    private static SanctionsQuery Person(string name, string pointer, DateOnly? dob, string? nationality, string[] idNumbers, IReadOnlyList<string> related) => new()
    {
        Name = name,
        Kind = SanctionsPartyKind.Individual,
        DateOfBirth = dob,
        Nationality = nationality,
        IdentifierNumbers = idNumbers,
        RelatedNames = related,
        SourcePointer = pointer,
    };

    private static SanctionsQuery Organization(string name, string pointer, IReadOnlyList<string> related) => new()
    {
        Name = name,
        Kind = SanctionsPartyKind.Organization,
        RelatedNames = related,
        SourcePointer = pointer,
    };

    /// <summary>Every organisation and counterparty named in the case, to corroborate linked entities.</summary>
    private static string[] RelatedNames(HiringCase c)
    {
        var names = new List<string>();
        foreach (var p in c.Payroll)
        {
            names.AddRange(new[] { p.HolderName, p.BankName, p.PlatformName }.OfType<string>());
        }

        foreach (var e in c.Candidate?.EmploymentHistory ?? [])
        {
            if (e.Employer is not null)
            {
                names.Add(e.Employer);
            }
        }

        foreach (var r in c.Candidate?.References ?? [])
        {
            if (r.Organization is not null)
            {
                names.Add(r.Organization);
            }
        }

        return [.. names.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.Ordinal)];
    }

    private static string P(FormattableString pointer) => pointer.ToString(CultureInfo.InvariantCulture);

    /// <summary>Screens every query of the case.</summary>
    public static List<ScreenedParty> Screen(ISanctionsScreener screener, HiringCase c)
    {
        var queries = For(c);
        var parties = new List<ScreenedParty>(queries.Count);
        foreach (var (role, query) in queries)
        {
            parties.Add(new ScreenedParty(role, query, screener.Screen(query)));
        }

        return parties;
    }
}
