using FsCheck;
using FsCheck.Fluent;
using HireGuard.Sanctions;

namespace HireGuard.Tests.Sanctions;

public sealed class NameMatcherTests
{
    [Theory]
    [InlineData("Jo Kyong Hun", "CHO, Kyo'ng-hun")] // J/CH, apostrophe
    [InlineData("Han Hong Kil", "HAN, Hong Gil")] // G/K
    [InlineData("Choe Chun Bom", "CH'OE, Ch'un-po'm")] // B/P, surname set
    [InlineData("Ri Jin Hyok", "RI, Chin-hyo'k")] // CH/J
    [InlineData("Lee Jin Hyok", "RI, Jin Hyok")] // R/L/Y surname set
    [InlineData("Rhee Jin Hyok", "RI, Jin Hyok")]
    [InlineData("Park Sang Man", "PAK, Sang Man")]
    [InlineData("Choi Chun Pom", "CHOE, Chun Pom")]
    [InlineData("Jeong In Cheol", "JONG, In Chol")] // eo/o
    [InlineData("Kim Eun Sun", "KIM, Un Sun")] // eu/u
    [InlineData("Kim Ungsun", "KIM, Ung Sun")] // joined tokens
    [InlineData("Myong Chol-min", "MYONG, Chol Min")] // hyphenation
    [InlineData("Vitaly Andreev", "ANDREYEV, Vitaliy Sergeyevich")] // -iy/-y, ye/e
    [InlineData("Vitalii Andreiev", "ANDREYEV, Vitaliy Sergeyevich")] // -ii, ie/e
    [InlineData("Dmitri Yurevich Khoroshev", "KHOROSHEV, Dmitry Yuryevich")] // -yevich/-evich
    public void Score_TransliterationVariants_AreHits(string query, string listed)
    {
        Assert.True(Score(query, listed) >= 0.80, $"{query} ~ {listed}: {Score(query, listed):F3}");
    }

    [Theory]
    [InlineData("Kim Jong Man", "KIM, Jong Sik")] // one Korean syllable differs
    [InlineData("Kim Jong Un", "KIM, Ung Sun")]
    [InlineData("Kim Sun Ung", "KIM, Ung Sun")] // given-name syllables swapped
    [InlineData("Kim", "KIM, Ung Sun")] // a bare surname
    [InlineData("Frederik Richter", "RICHTER, Frank")]
    [InlineData("Tang Min", "KANG, Min")] // short surname, one letter
    public void Score_DifferentPeople_StayBelowReview(string query, string listed)
    {
        Assert.True(Score(query, listed) < 0.80, $"{query} ~ {listed}: {Score(query, listed):F3}");
    }

    [Theory]
    [InlineData("Korea Trading Corporation", "KOREA SINJIN TRADING CORPORATION", 0.5)]
    [InlineData("Shenyang Network Technology Co., Ltd", "SHENYANG GEUMPUNGRI NETWORK TECHNOLOGY CO., LTD", 0.5)]
    [InlineData("Management Company", "WESTMINSTER MANAGEMENT COMPANY", 0.5)]
    public void Score_GenericWordsOnly_CannotMatchAnOrganization(string query, string listed, double cap)
    {
        Assert.True(OrgScore(query, listed) <= cap);
    }

    [Theory]
    [InlineData("Sinjin Trading Corp", "KOREA SINJIN TRADING CORPORATION")]
    [InlineData("Chinyong IT Cooperation Co", "CHINYONG INFORMATION TECHNOLOGY COOPERATION COMPANY")]
    [InlineData("JSCARGUMENT", "JSC ARGUMENT")]
    [InlineData("Tactical Missiles Corporation OJSC", "TACTICAL MISSILES CORPORATION JSC")]
    [InlineData("PLA", "People's Liberation Army")]
    public void Score_OrganizationVariants_AreHits(string query, string listed)
    {
        Assert.True(OrgScore(query, listed) >= 0.80, $"{query} ~ {listed}: {OrgScore(query, listed):F3}");
    }

    [Fact]
    public void Score_AnyNames_StaysInUnitIntervalAndIsOneForTheSameName()
    {
        Prop.ForAll<string, string>((a, b) =>
        {
            a ??= string.Empty;
            b ??= string.Empty;
            var na = NameNormalizer.Normalize(a, SanctionsPartyKind.Unknown, familyFirst: false);
            var nb = NameNormalizer.Normalize(b, SanctionsPartyKind.Unknown, familyFirst: false);
            var score = NameMatcher.Score(na, nb);
            var self = NameMatcher.Score(na, na);
            return score is >= 0.0 and <= 1.0 && (na.IsEmpty ? self == 0.0 : self == 1.0);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void JaroWinkler_KnownValues()
    {
        Assert.Equal(1.0, StringSimilarity.JaroWinkler("kim", "kim"));
        Assert.Equal(0.0, StringSimilarity.JaroWinkler("abc", "xyz"));
        Assert.InRange(StringSimilarity.JaroWinkler("martha", "marhta"), 0.960, 0.962);
        Assert.Equal(2, StringSimilarity.EditDistance("andreyev", "andreev") + 1);
        Assert.Equal(1, StringSimilarity.EditDistance("ab", "ba"));
    }

    private static double Score(string query, string listed) => NameMatcher.Score(
        NameNormalizer.Normalize(query, SanctionsPartyKind.Individual, familyFirst: false),
        NameNormalizer.Normalize(listed, SanctionsPartyKind.Individual, familyFirst: true));

    private static double OrgScore(string query, string listed) => NameMatcher.Score(
        NameNormalizer.Normalize(query, SanctionsPartyKind.Organization, familyFirst: false),
        NameNormalizer.Normalize(listed, SanctionsPartyKind.Organization, familyFirst: false));
}
