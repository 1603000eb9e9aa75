using System.Globalization;
using System.Text;

namespace HireGuard.Synthetic;

/// <summary>Identities: names, protected attributes, contact details and account numbers.</summary>
internal sealed partial class CaseGenerator
{
    private static readonly string[] Streets = ["Maple Street", "Oak Avenue", "Cedar Lane", "Pine Road", "Elm Drive", "Lake View Road", "Hill Street", "Park Avenue", "River Road", "Sample Way"];
    private static readonly string[] EmployerStems = ["Northwind", "Contoso", "Fabrikam", "Tailspin", "Woodgrove", "Adventure Works", "Litware", "Proseware", "Wingtip", "Alpine Ski House", "Lamna", "Trey Research"];
    private static readonly string[] EmployerSuffixes = ["Systems", "Labs", "Software", "Digital", "Analytics", "Technologies"];
    private static readonly string[] Schools = ["State University", "Institute of Technology", "Polytechnic University", "College of Engineering"];

    /// <summary>Draws a person: every protected attribute and the name from the same distribution, whatever the class; aged 22–60 in <paramref name="year"/>.</summary>
    private static Person DrawPerson(SyntheticRandom r, Place home, int year)
    {
        var groups = PopulationTables.OriginGroups;
        var origin = groups[r.Pick(groups.Select(g => g.Share).ToArray())];
        var sex = PopulationTables.Sex[r.Pick(PopulationTables.Sex.Select(s => s.Weight).ToArray())].Name;
        var status = PopulationTables.ImmigrantStatus[r.Pick(PopulationTables.ImmigrantStatus.Select(s => s.Weight).ToArray())].Name;
        var originCountry = r.Pick(origin.Countries);
        var citizenship = status == "visa_holder" ? originCountry : home.Country;
        var language = status != "citizen_by_birth" || r.Chance(PopulationTables.HeritageLanguageAmongCitizens) ? origin.Language : "local_language";
        var given = sex switch
        {
            "female" => r.Pick(origin.FemaleGiven),
            "male" => r.Pick(origin.MaleGiven),
            _ => r.Chance(0.5) ? r.Pick(origin.FemaleGiven) : r.Pick(origin.MaleGiven),
        };
        var family = r.Pick(origin.Family);
        var age = r.Between(22, 60);
        var dob = new DateOnly(year - age, 1, 1).AddDays(r.Next(365));
        var key = r.NextUInt64();
        var handle = Ascii(given).ToLowerInvariant() + Ascii(family).ToLowerInvariant() + r.Digits(3);
        var domain = r.Chance(PopulationTables.FreeMailShare) ? r.Pick(PopulationTables.FreeMail) : handle + ".example";
        return new Person
        {
            GivenName = given,
            FamilyName = family,
            DateOfBirth = dob,
            Sex = sex,
            Origin = origin,
            OriginCountry = originCountry,
            ImmigrantStatus = status,
            Citizenship = citizenship,
            Language = language,
            Disability = r.Chance(PopulationTables.Disability),
            Home = home,
            Street = string.Create(CultureInfo.InvariantCulture, $"{r.Between(1, 9999)} {r.Pick(Streets)}"),
            PostalCode = home.PostalPrefix + r.Digits(2),
            Email = Ascii(given).ToLowerInvariant() + "." + Ascii(family).ToLowerInvariant() + r.Digits(4) + "@" + domain,
            Phone = Phone(r),
            Handle = handle,
            Key = key,
        };
    }

    /// <summary>A US number in the 555 exchange, conventionally fictional.</summary>
    private static string Phone(SyntheticRandom r) => string.Create(CultureInfo.InvariantCulture, $"+1{r.Between(201, 989)}555{r.Digits(4)}");

    private static string EmployerName(SyntheticRandom r) => r.Pick(EmployerStems) + " " + r.Pick(EmployerSuffixes);

    private static string SchoolName(SyntheticRandom r, string country) => country + " " + r.Pick(Schools);

    /// <summary>A nine-digit ABA routing number with a valid checksum.</summary>
    private static string Routing(SyntheticRandom r)
    {
        Span<int> d = stackalloc int[9];
        d[0] = r.Between(0, 1);
        d[1] = d[0] == 0 ? r.Between(1, 9) : r.Between(0, 2);
        for (var i = 2; i < 8; i++)
        {
            d[i] = r.Next(10);
        }

        var sum = (3 * (d[0] + d[3] + d[6])) + (7 * (d[1] + d[4] + d[7])) + d[2] + d[5];
        d[8] = (10 - (sum % 10)) % 10;
        var text = new StringBuilder(9);
        foreach (var digit in d)
        {
            text.Append((char)('0' + digit));
        }

        return text.ToString();
    }

    /// <summary>An IBAN with valid check digits for a country that uses them (numeric BBAN of the country's length).</summary>
    private static string? Iban(SyntheticRandom r, string country)
    {
        var length = country switch
        {
            "DE" => 18,
            "NL" => 14,
            "PL" => 24,
            "RS" => 18,
            "SK" => 20,
            "AE" => 19,
            "PT" => 21,
            "ES" => 20,
            _ => 0,
        };
        if (length == 0)
        {
            return null;
        }

        var bban = r.Digits(length);
        var rearranged = bban + Letter(country[0]) + Letter(country[1]) + "00";
        var remainder = 0;
        foreach (var c in rearranged)
        {
            remainder = ((remainder * 10) + (c - '0')) % 97;
        }

        var check = 98 - remainder;
        return country + check.ToString("D2", CultureInfo.InvariantCulture) + bban;

        static string Letter(char c) => (c - 'A' + 10).ToString(CultureInfo.InvariantCulture);
    }

    private static string Ascii(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
            {
                builder.Append(c);
            }
            else if (c == 'ı')
            {
                builder.Append('i');
            }
        }

        return builder.ToString();
    }
}
