using HireGuard.Sanctions;

namespace HireGuard.Tests.Sanctions;

public sealed class NameNormalizerTests
{
    [Theory]
    [InlineData("KIM, U'ng-sun", "kim ung sun")]
    [InlineData("O'Brien", "obrien")]
    [InlineData("CH\u2019OE So\u2019k-min", "choe sok min")]
    [InlineData("Nicolás MADURO Moros", "nicolas maduro moros")]
    [InlineData("Kim Ŏn-ŭi", "kim on ui")]
    [InlineData("Müller-Lüdenscheidt", "muller ludenscheidt")]
    [InlineData("Владимир Путин", "vladimir putin")]
    [InlineData("김정은", "gim jeong eun")]
    [InlineData("AT&T", "at and t")]
    public void Normalize_FoldsScriptsDiacriticsAndApostrophes(string name, string expected)
    {
        var normalized = NameNormalizer.Normalize(name, SanctionsPartyKind.Individual, familyFirst: false);

        Assert.Equal(expected, string.Join(' ', normalized.Tokens.Select(t => t.Text)));
    }

    [Fact]
    public void Normalize_OfacIndividual_MarksTheFamilyNameBeforeTheComma()
    {
        var normalized = NameNormalizer.Normalize("ANDREYEV, Vitaliy Sergeyevich", SanctionsPartyKind.Individual, familyFirst: true);

        Assert.Equal([NameTokenKind.Family, NameTokenKind.Word, NameTokenKind.Word], normalized.Tokens.Select(t => t.Kind));
        Assert.Equal(["andrev", "vitali", "sergevich"], normalized.Tokens.Select(t => t.Key));
    }

    [Theory]
    [InlineData("Vitaliy", "Vitaly")]
    [InlineData("Vitaliy", "Vitalii")]
    [InlineData("Andreyev", "Andreev")]
    [InlineData("Andreyev", "Andreiev")]
    [InlineData("Sergeyevich", "Sergeevich")]
    [InlineData("Mohammed", "Mohamed")]
    [InlineData("Dmitriy", "Dmitry")]
    public void GeneralKey_RussianAndArabicSpellings_FoldTogether(string a, string b)
    {
        Assert.Equal(NameNormalizer.GeneralKey(a.ToLowerInvariant()), NameNormalizer.GeneralKey(b.ToLowerInvariant()));
    }

    [Fact]
    public void Normalize_Organization_FoldsLegalFormsAndWeightsGenericWords()
    {
        var normalized = NameNormalizer.Normalize("KOREA SINJIN TRADING CORPORATION", SanctionsPartyKind.Unknown, familyFirst: false);

        Assert.True(normalized.IsOrganization);
        Assert.Equal(
            [("korea", NameTokenKind.Generic), ("sinjin", NameTokenKind.Word), ("trading", NameTokenKind.Generic), ("corp", NameTokenKind.LegalForm)],
            normalized.Tokens.Select(t => (t.Text, t.Kind)));
        Assert.Equal(1, normalized.DistinctiveCount);
    }

    [Theory]
    [InlineData("Acme Joint Stock Company", "acme jsc")]
    [InlineData("Acme Limited Liability Company", "acme llc")]
    [InlineData("Acme Co., Ltd.", "acme coltd")]
    [InlineData("Acme Gesellschaft mit beschränkter Haftung", "acme gmbh")]
    [InlineData("Brigade Forty-Four", "brigade 44")]
    [InlineData("1st International Bank", "1 international bank")]
    [InlineData("Jinyong IT Cooperation Company", "jinyong information technology cooperation co")]
    public void Normalize_Organization_FoldsPhrasesNumbersAndAbbreviations(string name, string expected)
    {
        var normalized = NameNormalizer.Normalize(name, SanctionsPartyKind.Organization, familyFirst: false);

        Assert.Equal(expected, string.Join(' ', normalized.Tokens.Select(t => t.Text)));
    }

    [Theory]
    [InlineData("Kim Ung Sun", true)]
    [InlineData("RI, Chin-hyo'k", true)]
    [InlineData("Park Ji Sung", true)]
    [InlineData("Ung Sun Kim", true)]
    [InlineData("Bruce Lee", false)]
    [InlineData("Kim Kardashian", false)]
    [InlineData("John Smith", false)]
    public void Normalize_KoreanNames_AreRecognised(string name, bool korean)
    {
        Assert.Equal(korean, NameNormalizer.Normalize(name, SanctionsPartyKind.Individual, familyFirst: name.Contains(',', StringComparison.Ordinal)).IsKorean);
    }

    [Fact]
    public void Normalize_HostileInput_IsBounded()
    {
        var huge = string.Concat(Enumerable.Repeat("ab ", 10_000));

        var normalized = NameNormalizer.Normalize(huge, SanctionsPartyKind.Unknown, familyFirst: false);

        Assert.True(normalized.Tokens.Length <= NameNormalizer.MaxTokens);
    }

    [Theory]
    [InlineData("\uD800abc")]
    [InlineData("\u0301\u0301")]
    [InlineData("...,,,'''")]
    [InlineData("")]
    public void Normalize_OddText_DoesNotThrow(string name)
    {
        var normalized = NameNormalizer.Normalize(name, SanctionsPartyKind.Unknown, familyFirst: true);

        Assert.NotNull(normalized);
    }
}
