using FsCheck;
using FsCheck.Fluent;
using HireGuard.Model;
using HireGuard.Scoring;
using HireGuard.Signals;
using HireGuard.Tests.Scoring;
using HireGuard.Tests.TestUtilities;

namespace HireGuard.Tests.Model;

/// <summary>The extractor: determinism, the values it reads, and the protected-attribute firewall (invariant 4).</summary>
public sealed class CaseFeatureExtractorTests
{
    private static readonly RiskEngine Engine = CaseModels.Engine();
    private static readonly string[] Countries = ["US", "KP", "KR", "CN", "RU", "NG", "MX", "IN", "DE", "VN"];
    private static readonly string[] Locales = ["ko-KR", "zh-CN", "ru-RU", "en-US", "es-MX", "vi-VN"];
    private static readonly string[] OriginalNames = ["Maria Alvarez", "Jordan Hayes", "Kim Min-jun", "Olusegun Adeyemi", "Анна Петрова", "Nguyen Van An", "Cassandra Patterson", "Lena Fischer", "O'Brien Sean"];
    private static readonly string[] OtherOriginNames = ["Ri Chol Ho", "Svetlana Ivanova", "Chukwuemeka Obi", "Tran Thi Mai", "Hiroshi Tanaka", "Aarav Sharma", "Fatima Zahra", "Bjorn Lindqvist", "Wang Fang"];

    private static double[] Features(HiringCase c)
    {
        var (evidence, findings) = Engine.Analyze(c);
        return CaseFeatureExtractor.Extract(CaseFeatureSchema.Current, evidence, findings);
    }

    private static double Feature(double[] vector, string name) => vector[CaseFeatureSchema.Current.Manifest.IndexOf(name)];

    [Fact]
    public void Extract_SameCaseTwiceAndAcrossEngines_GivesIdenticalVectors()
    {
        var other = CaseModels.Engine();

        Prop.ForAll(Arb.From(RandomCases.Gen()), c =>
        {
            var (evidence, findings) = other.Analyze(c);
            var second = CaseFeatureExtractor.Extract(CaseFeatureSchema.Current, evidence, findings);
            return Features(c).SequenceEqual(Features(c)) && Features(c).SequenceEqual(second);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Extract_LaptopFarmDemo_ReadsTheDocumentedSignals()
    {
        var x = Features(TestCases.Demo("03-laptop-farm").Case);

        Assert.Equal(3, Feature(x, "sessions.count"));
        Assert.Equal(3, Feature(x, "payroll.instructions"));
        Assert.Equal(2, Feature(x, "payroll.changes"));
        Assert.Equal(0, Feature(x, "payroll.cryptoRail"));
        Assert.Equal(242, Feature(x, "sessions.inputLatencyExcessMs"));
        Assert.Equal(0, Feature(x, "interviews.minCameraOnRatio"));
        Assert.Equal(0.41, Feature(x, "interviews.minPersonMatchScore"));
        Assert.Equal(2, Feature(x, "interviews.inPersonDeclines"));
        Assert.Equal(1, Feature(x, "shipments.rerouteRequests"));
        Assert.Equal(1, Feature(x, "shipments.mailDropOrForwarder"));
        Assert.Equal(1, Feature(x, "employment.endpointFindings"));
        Assert.True(Feature(x, "finding.DEV.IP_KVM_HARDWARE") > 0);
        Assert.True(Feature(x, "finding.PAY.PAYOUT_NAME_MISMATCH") > 0);
        Assert.Equal(0, Feature(x, "finding.PAY.CRYPTO_PAYOUT"));
    }

    [Fact]
    public void Extract_SourceNotConfigured_LeavesItsIndicatorsMissingNotClean()
    {
        var x = Features(TestCases.Demo("03-laptop-farm").Case);

        Assert.True(double.IsNaN(Feature(x, "finding.NET.ANON_INFRA")));
        Assert.True(double.IsNaN(Feature(x, "finding.XLINK.SHARED_PII_ARTIFACTS")));
        Assert.True(double.IsNaN(Feature(x, "linkage.sharedAttributes")));
        Assert.True(double.IsNaN(Feature(x, "documents.maxTamperScore")));
    }

    [Fact]
    public void Extract_ProtectedAttributesChanged_GivesIdenticalVectors()
    {
        var inputs =
            from c in RandomCases.Gen()
            from country in FsCheck.Fluent.Gen.Elements(Countries)
            from locale in FsCheck.Fluent.Gen.Elements(Locales)
            from year in FsCheck.Fluent.Gen.Choose(1950, 2005)
            select (c, country, locale, year);

        Prop.ForAll(Arb.From(inputs), input =>
            {
                var (c, country, locale, year) = input;
                var changed = c with
                {
                    Candidate = c.Candidate is null ? null : c.Candidate with { DateOfBirth = new DateOnly(year, 3, 4), Phone = "+82 10 1234 5678" },
                    Documents = [.. c.Documents.Select(d => d with { Nationality = country, IssuingCountry = country, DateOfBirth = new DateOnly(year, 3, 4) })],
                    Sessions = [.. c.Sessions.Select(s => s with { UserAgent = $"Mozilla/5.0 (Windows NT 10.0; {locale}) AppleWebKit/537.36 Chrome/131.0" })],
                    Payroll = [.. c.Payroll.Select(p => p.Rail == PayoutRail.DomesticBank ? p with { Rail = PayoutRail.ForeignBank } : p)],
                };
                var unchanged = c with { Payroll = [.. c.Payroll.Select(p => p.Rail == PayoutRail.ForeignBank ? p with { Rail = PayoutRail.DomesticBank } : p)] };
                return Features(unchanged).SequenceEqual(Features(changed));
            }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Extract_CandidateNameOfAnotherOriginEverywhere_GivesIdenticalVectorsAndPredictions()
    {
        // Every name in the case is either the candidate's own (renamed consistently wherever it
        // appears) or an unrelated third party, so only the origin of the candidate's name varies.
        const string ThirdParty = "Zyx Holdings 4417";
        static HiringCase Named(HiringCase c, string name) => c with
        {
            Candidate = (c.Candidate ?? new Candidate()) with { FullName = name },
            Payroll = [.. c.Payroll.Select((p, i) => p with { HolderName = i % 2 == 0 ? name : ThirdParty })],
            Shipments = [.. c.Shipments.Select((s, i) => s with { DeliveredToName = i % 2 == 0 ? name : ThirdParty })],
        };
        var model = CaseModels.Trees;
        var inputs =
            from c in RandomCases.Gen()
            from k in FsCheck.Fluent.Gen.Choose(0, OtherOriginNames.Length - 1)
            select (c, k);

        Prop.ForAll(Arb.From(inputs), input =>
        {
            var original = Named(input.c, OriginalNames[input.k]);
            var renamed = Named(input.c, OtherOriginNames[input.k]);
            var (e1, f1) = Engine.Analyze(original);
            var (e2, f2) = Engine.Analyze(renamed);
            return Features(original).SequenceEqual(Features(renamed)) && model.Predict(e1, f1).LogOdds == model.Predict(e2, f2).LogOdds;
        }).QuickCheckThrowOnFailure();
    }
}
