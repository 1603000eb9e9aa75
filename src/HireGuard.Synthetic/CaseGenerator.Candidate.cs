using System.Globalization;
using HireGuard.Signals;

namespace HireGuard.Synthetic;

/// <summary>The candidate section: identity, online profiles, history, references (IDC.*, IDD.*, XLINK.*).</summary>
internal sealed partial class CaseGenerator
{
    private static readonly string[] Titles = ["Software Engineer", "Senior Software Engineer", "Backend Developer", "Full-Stack Developer", "DevOps Engineer", "Data Engineer", "Mobile Developer"];
    private static readonly string[] CollisionNames = ["Sang Man Kim", "Gayk Asatryan", "Vitaliy Andreyev"];

    private static Candidate Candidate(Profile p, ClaimedResidence residence, RecordCheckResult ssnCheck, bool us)
    {
        var r = p.Random;
        var person = p.Person;
        var applied = DateOnly.FromDateTime(p.AppliedAt.UtcDateTime);
        var crossProfile = Has(p, Signal.CrossProfileMismatch);
        var fabricated = Has(p, Signal.FabricatedCodeHistory);
        var thin = Has(p, Signal.ThinFootprint);
        var template = p.Cell is not null && Has(p, Signal.TemplateReuse);
        var unverifiable = Has(p, Signal.UnverifiableHistory);
        var weakReferences = Has(p, Signal.WeakReferences);
        var referral = p.Cell is not null && Has(p, Signal.ReferralChain);
        var sharedPii = p.Cell is not null && Has(p, Signal.SharedPii);

        var fullName = p.Sanctioned == 3 ? r.Pick(CollisionNames) : person.FullName;
        var otherNames = new List<string>();
        if (crossProfile && r.Chance(0.5))
        {
            otherNames.Add(DrawPerson(r, person.Home, p.AppliedAt.Year).FullName);
        }

        var profiles = new List<OnlineProfile>();
        var careerYears = Math.Max(1, p.AppliedAt.Year - person.DateOfBirth.Year - 22);
        if (!(thin && r.Chance(0.5)))
        {
            var created = fabricated ? applied.AddDays(-r.Between(10, 90)) : thin ? applied.AddDays(-r.Between(30, 400)) : applied.AddDays(-r.Between(365, 365 * Math.Min(12, careerYears + 1)));
            profiles.Add(new OnlineProfile
            {
                Kind = "github",
                Url = "https://github.com/" + person.Handle,
                Handle = person.Handle,
                DisplayName = person.FullName,
                CreatedAt = created,
                Followers = fabricated ? r.Between(0, 15) : thin ? r.Between(0, 3) : (int)r.LogNormal(25, 1.2),
                PublicRepositories = fabricated ? r.Between(20, 60) : thin ? r.Between(0, 3) : r.Between(3, 40),
                ContributionsLastYear = fabricated ? r.Between(1500, 4000) : thin ? r.Between(0, 20) : (int)r.LogNormal(250, 1.0),
            });
        }

        if (!(thin && r.Chance(0.6)))
        {
            profiles.Add(new OnlineProfile
            {
                Kind = "linkedin",
                Url = "https://www.linkedin.com/in/" + person.Handle,
                Handle = person.Handle,
                DisplayName = crossProfile ? (otherNames.Count > 0 ? otherNames[0] : DrawPerson(r, person.Home, p.AppliedAt.Year).FullName) : person.FullName,
                CreatedAt = applied.AddDays(-r.Between(thin ? 20 : 400, thin ? 300 : 3650)),
                Followers = thin ? r.Between(0, 30) : (int)r.LogNormal(300, 0.8),
            });
        }

        var history = new List<EmploymentHistoryEntry>();
        var jobs = Math.Clamp(careerYears / 3, 1, 4);
        var end = applied.AddDays(-r.Between(0, 120));
        for (var j = 0; j < jobs; j++)
        {
            var start = end.AddDays(-r.Between(300, 1400));
            var employer = template ? p.Cell!.TemplateEmployers[j % p.Cell.TemplateEmployers.Length] : EmployerName(r);
            var country = person.Immigrant && j == jobs - 1 ? person.OriginCountry : residence.Country;
            history.Add(new EmploymentHistoryEntry
            {
                Employer = employer,
                Title = r.Pick(Titles),
                Country = country,
                StartDate = start,
                EndDate = j == 0 && r.Chance(0.5) ? null : end,
                Verified = unverifiable && (j == 0 || r.Chance(0.5)) ? false : r.Chance(0.6) ? true : null,
            });
            end = start.AddDays(-r.Between(0, 90));
        }

        if (p.Sanctioned == 2)
        {
            history.Add(new EmploymentHistoryEntry
            {
                Employer = r.Pick(PopulationTables.SanctionedEmployers),
                Title = r.Pick(Titles),
                Country = p.Cell?.Place.Country,
                StartDate = end.AddDays(-r.Between(300, 900)),
                EndDate = end,
                Verified = false,
            });
        }

        var schoolCountry = person.Immigrant ? person.OriginCountry : residence.Country ?? "US";
        var education = new List<EducationEntry>
        {
            new()
            {
                Institution = SchoolName(r, schoolCountry),
                Degree = r.Chance(0.7) ? "BSc Computer Science" : "MSc Software Engineering",
                StartDate = new DateOnly(person.DateOfBirth.Year + 18, 9, 1),
                EndDate = new DateOnly(person.DateOfBirth.Year + 22, 6, 30),
                Verified = unverifiable && r.Chance(0.5) ? false : r.Chance(0.5) ? true : null,
            },
        };

        var references = new List<Reference>();
        var referenceCount = r.Between(1, 3);
        for (var i = 0; i < referenceCount; i++)
        {
            var refPerson = DrawPerson(r, person.Home, p.AppliedAt.Year);
            var org = history.Count > 0 ? history[i % history.Count].Employer! : EmployerName(r);
            string email;
            bool? verified;
            if (referral && i == 0)
            {
                email = r.Pick(p.Cell!.SharedEmails);
                verified = r.Chance(0.5);
            }
            else if (weakReferences)
            {
                email = refPerson.Email.Split('@')[0] + "@" + r.Pick(PopulationTables.FreeMail);
                verified = r.Chance(0.6) ? false : null;
            }
            else
            {
                email = refPerson.Email.Split('@')[0] + "@" + org.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant() + ".example";
                verified = r.Chance(0.5) ? true : null;
            }

            references.Add(new Reference { Name = refPerson.FullName, Email = email, Organization = org, Relationship = r.Chance(0.7) ? "manager" : "colleague", ContactVerified = verified });
        }

        var travel = new List<DeclaredTravel>();
        if (p.TravelPlace is { } place && p.TravelDeclared)
        {
            var from = DateOnly.FromDateTime(p.AppliedAt.UtcDateTime).AddDays(-r.Between(5, 30));
            travel.Add(new DeclaredTravel { Country = place.Country, From = from, To = from.AddDays(r.Between(90, 240)) });
        }

        var household = new List<HouseholdMember>();
        if (p.HouseholdPartnerId is not null)
        {
            household.Add(new HouseholdMember { Name = p.HouseholdPartnerName, CaseId = p.HouseholdPartnerId });
        }

        return new Candidate
        {
            FullName = fullName,
            OtherNames = otherNames,
            DateOfBirth = person.DateOfBirth,
            Email = sharedPii && r.Chance(PopulationTables.SharedEmailGivenSharedPii) ? r.Pick(p.Cell!.SharedEmails) : person.Email,
            Phone = sharedPii && r.Chance(PopulationTables.SharedPhoneGivenSharedPii) ? r.Pick(p.Cell!.SharedPhones) : person.Phone,
            Residence = residence,
            Profiles = profiles,
            EmploymentHistory = history,
            Education = education,
            References = references,
            NationalId = us ? new NationalIdentifier
            {
                Kind = "ssn",
                Number = string.Create(CultureInfo.InvariantCulture, $"9{r.Digits(2)}-{r.Between(10, 99)}-{r.Digits(4)}"),
                Country = "US",
                RecordCheck = ssnCheck,
            }
            : null,
            DeclaredTravel = travel,
            HouseholdMembers = household,
        };
    }
}
