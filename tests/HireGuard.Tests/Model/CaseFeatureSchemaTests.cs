using HireGuard.Model;
using HireGuard.Rules;
using HireGuard.Scoring;

namespace HireGuard.Tests.Model;

public sealed class CaseFeatureSchemaTests
{
    [Fact]
    public void Current_EveryFeatureSpeaksForACataloguedIndicator()
    {
        var schema = CaseFeatureSchema.Current;

        Assert.Equal(CaseFeatureSchema.CurrentVersion, schema.Manifest.SchemaVersion);
        Assert.Equal(schema.Count, schema.Manifest.Count);
        Assert.All(schema.Features, f => Assert.True(IndicatorCatalog.TryGet(f.Code, out _), f.Name));
        Assert.All(schema.Features, f => Assert.Null(CaseFeatureSchema.FindProtectedTerm(f.Name)));
    }

    [Fact]
    public void Current_CoversEveryIndicatorTheBuiltInRulesReport_ExceptSanctions()
    {
        var codes = RiskEngine.CreateBuilder().Build().Rules.SelectMany(r => r.Indicators).Select(d => d.Code).Distinct().ToList();

        Assert.All(codes.Where(c => !c.StartsWith("SAN.", StringComparison.Ordinal)), code => Assert.True(CaseFeatureSchema.Current.TryGetFindingIndex(code, out _), code));
        Assert.All(codes.Where(c => c.StartsWith("SAN.", StringComparison.Ordinal)), code => Assert.False(CaseFeatureSchema.Current.TryGetFindingIndex(code, out _), code));
    }

    [Fact]
    public void Current_LeavesOutTheTrainingOnlyLabel()
    {
        Assert.False(CaseFeatureSchema.Current.TryGetFindingIndex("BEH.POST_EXIT_EXTORTION", out _));
    }

    [Theory]
    [InlineData("documents.nationality", "nationality")]
    [InlineData("candidate.citizenship", "citizenship")]
    [InlineData("candidate.fullName", "fullname")]
    [InlineData("candidate.nameOrigin", "nameorigin")]
    [InlineData("name_ethnicity_score", "ethnicity")]
    [InlineData("session.keyboardLayout", "keyboard")]
    [InlineData("session.userAgentLocale", "locale")]
    [InlineData("sessions.imeKorean", "ime")]
    [InlineData("interview.accentScore", "accent")]
    [InlineData("candidate.placeOfBirth", "placeofbirth")]
    [InlineData("candidate.dateOfBirth", "dateofbirth")]
    [InlineData("payroll.foreignBankAccount", "foreign")]
    [InlineData("payroll.bankCountry", "bankcountry")]
    [InlineData("profile.languageContent", "language")]
    [InlineData("documents.issuingCountry", "issuingcountry")]
    public void Constructor_ProtectedFeatureName_IsRefused(string name, string term)
    {
        var features = new[] { new CaseFeature(name, "NET.ANON_INFRA", CaseFeatureSource.SessionCount) };

        var ex = Assert.Throws<ArgumentException>(() => new CaseFeatureSchema("test/1", features));

        Assert.Contains($"'{term}'", ex.Message, StringComparison.Ordinal);
        Assert.Equal(term, CaseFeatureSchema.FindProtectedTerm(name));
    }

    [Theory]
    [InlineData("finding.PAY.PAYOUT_NAME_MISMATCH")]
    [InlineData("finding.NET.GEO_CLAIM_MISMATCH")]
    [InlineData("sessions.anonymizedShare")]
    [InlineData("finding.IDD.CLAIM_DOCUMENT_INCONSISTENCY")]
    public void FindProtectedTerm_LawfulReformulation_IsAllowed(string name)
    {
        Assert.Null(CaseFeatureSchema.FindProtectedTerm(name));
    }

    [Fact]
    public void Constructor_UnknownCode_IsRefused()
    {
        var features = new[] { new CaseFeature("sessions.count", "NET.NOT_A_CODE", CaseFeatureSource.SessionCount) };

        var ex = Assert.Throws<ArgumentException>(() => new CaseFeatureSchema("test/1", features));

        Assert.Contains("NET.NOT_A_CODE", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_FindingFeatureNotNamedAfterItsCode_IsRefused()
    {
        var features = new[] { new CaseFeature("finding.other", "NET.ANON_INFRA", CaseFeatureSource.Finding) };

        Assert.Throws<ArgumentException>(() => new CaseFeatureSchema("test/1", features));
    }
}
