using HireGuard.Sanctions;

namespace HireGuard.Tests.Sanctions;

public sealed class OfacRemarksParserTests
{
    [Fact]
    public void Parse_AndreyevRemarks_ReadsEveryFact()
    {
        const string remarks = "DOB 29 Sep 1980; POB Vladivostok, Russia; nationality Russia; citizen Russia; Gender Male; "
            + "Digital Currency Address - XBT 1HmqvgSXUVES1jn4TQPzk9dxo1NE8wim2T; Secondary sanctions risk: North Korea Sanctions "
            + "Regulations, sections 510.201 and 510.210; Tax ID No. 253908966176 (Russia); Linked To: CHINYONG INFORMATION "
            + "TECHNOLOGY COOPERATION COMPANY.";

        var parsed = OfacRemarksParser.Parse(remarks, dropLastItem: false);

        Assert.Equal(new BirthDateRange(new DateOnly(1980, 9, 29), new DateOnly(1980, 9, 29), BirthDatePrecision.Day), Assert.Single(parsed.DatesOfBirth));
        Assert.Equal(["RU"], parsed.Nationalities);
        Assert.Equal(("XBT", "1HmqvgSXUVES1jn4TQPzk9dxo1NE8wim2T"), (parsed.Wallets[0].Currency, parsed.Wallets[0].Address));
        var id = Assert.Single(parsed.Identifiers);
        Assert.Equal(("Tax ID No.", "253908966176", "Russia"), (id.Type, id.Key, id.Country));
        Assert.Equal(["CHINYONG INFORMATION TECHNOLOGY COOPERATION COMPANY"], parsed.LinkedTo);
        Assert.True(parsed.CitesNorthKoreaRegulations);
    }

    [Theory]
    [InlineData("23 Jun 1964", "1964-06-23", "1964-06-23", "Day")]
    [InlineData("Jun 1964", "1964-06-01", "1964-06-30", "Month")]
    [InlineData("1964", "1964-01-01", "1964-12-31", "Year")]
    [InlineData("circa 1964", "1963-01-01", "1965-12-31", "Approximate")]
    [InlineData("1962 to 1965", "1962-01-01", "1965-12-31", "Approximate")]
    [InlineData("01 Jan 1960 to 31 Dec 1961", "1960-01-01", "1961-12-31", "Approximate")]
    [InlineData("circa 1960-1965", "1959-01-01", "1966-12-31", "Approximate")]
    public void ParseBirthDate_OfacForms(string text, string from, string to, string precision)
    {
        var range = OfacRemarksParser.ParseBirthDate(text);

        var culture = System.Globalization.CultureInfo.InvariantCulture;
        Assert.Equal(new BirthDateRange(DateOnly.Parse(from, culture), DateOnly.Parse(to, culture), Enum.Parse<BirthDatePrecision>(precision)), range);
    }

    [Theory]
    [InlineData("31 Feb 1964")]
    [InlineData("Smarch 1964")]
    [InlineData("1965 to 1962")]
    [InlineData("99999")]
    [InlineData("")]
    public void ParseBirthDate_Invalid_IsNull(string text)
    {
        Assert.Null(OfacRemarksParser.ParseBirthDate(text));
    }

    [Fact]
    public void Parse_AliasesIdentifiersAndNoise_AreSeparated()
    {
        const string remarks = "a.k.a. 'BURTON BURGESS'; f.k.a. 'OLD NAME LTD'; Passport P0017003 (Belize); SSN 561-77-9011 (United States); "
            + "Phone Number 982188526300; Organization Established Date 1969; Vessel Registration Identification IMO 9486910; "
            + "alt. Passport 827220538 (Korea, North) issued 01 Jan 2019 expires 01 Jan 2024; Website www.example.org.";

        var parsed = OfacRemarksParser.Parse(remarks, dropLastItem: false);

        Assert.Equal([("BURTON BURGESS", ListedNameKind.WeakAlias), ("OLD NAME LTD", ListedNameKind.FormerName)], parsed.Aliases.Select(a => (a.Text, a.Kind)));
        Assert.Equal(["P0017003", "561779011", "9486910", "827220538"], parsed.Identifiers.Select(i => i.Key));
    }
}
