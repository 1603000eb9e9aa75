using HireGuard.Rules;
using HireGuard.Sanctions;
using HireGuard.Scoring;
using HireGuard.Signals;
using HireGuard.Tests.TestUtilities;
using Microsoft.Extensions.Options;

namespace HireGuard.Tests.Scoring;

public sealed class RiskEngineTests
{
    private static RiskEngine CreateSut(Action<RiskEngineBuilder>? configure = null)
    {
        var builder = RiskEngine.CreateBuilder().UseTimeProvider(new FixedTimeProvider());
        configure?.Invoke(builder);
        return builder.Build();
    }

    [Fact]
    public void Evaluate_SameInputTwice_GivesByteIdenticalJson()
    {
        var engineA = CreateSut();
        var engineB = CreateSut();

        foreach (var name in TestCases.DemoNames)
        {
            var input = TestCases.Demo(name);
            Assert.Equal(engineA.Evaluate(input).ToJson(), engineB.Evaluate(input).ToJson());
            Assert.Equal(engineA.Evaluate(input).ToJson(), engineA.Evaluate(TestCases.Demo(name)).ToJson());
        }
    }

    [Fact]
    public void Evaluate_DifferentPropertyOrderInJson_GivesSameAssessment()
    {
        var a = HiringCaseJson.Read("""{"caseId":"c","candidate":{"fullName":"A B","email":"a@b.example"}}""");
        var b = HiringCaseJson.Read("""{"candidate":{"email":"a@b.example","fullName":"A B"},"caseId":"c"}""");

        Assert.Equal(CreateSut().Evaluate(a).ToJson(), CreateSut().Evaluate(b).ToJson());
    }

    [Fact]
    public void Evaluate_EveryDemoCase_ScoreIsExactlyExplainedByReasons()
    {
        var engine = CreateSut();
        foreach (var name in TestCases.DemoNames)
        {
            var a = engine.Evaluate(TestCases.Demo(name));

            var sum = a.BaseLogOdds + a.Reasons.Sum(r => r.LogOdds);
            Assert.InRange(Math.Abs(sum - a.LogOdds), 0, 1e-9);
            var p = a.Score / 100.0;
            if (p is > 1e-12 and < 1 - 1e-12)
            {
                Assert.InRange(Math.Abs(Math.Log(p / (1 - p)) - sum), 0, 1e-6);
            }
        }
    }

    [Fact]
    public void Evaluate_EmptyCase_ScoresThePriorAndListsEverythingAsMissing()
    {
        var engine = CreateSut(b => b.Configure(o => o.Scoring.PriorProbability = 0.01));

        var a = engine.Evaluate(TestCases.Empty());

        Assert.Empty(a.Reasons);
        Assert.Empty(a.Findings);
        Assert.Equal(1.0, a.Score, 9);
        Assert.Equal(RiskBand.Low, a.Band);
        var missing = a.MissingSignals.SelectMany(m => m.Indicators).ToHashSet();
        Assert.Contains("PAY.PAYOUT_NAME_MISMATCH", missing);
        Assert.Contains("DEV.SHIP_ADDRESS_MISMATCH", missing);
        Assert.Contains("NET.ANON_INFRA", missing);
        Assert.Contains("SAN.SDN_COUNTERPARTY", missing);
        Assert.Contains("XLINK.SHARED_PII_ARTIFACTS", missing);
        Assert.Contains(a.MissingSignals, m => m.Signal == "ipIntelligence");
    }

    [Fact]
    public void Evaluate_AddingCleanEvidence_NeverRaisesAMissingSignalToAFinding()
    {
        // Missing is not safe, and it is not risky either: a case with nothing gets the prior,
        // and supplying a clean value for a signal does not add a positive reason.
        var engine = CreateSut();
        var empty = engine.Evaluate(TestCases.Empty());
        var clean = engine.Evaluate(TestCases.Demo("01-ordinary-hire"));

        Assert.DoesNotContain(clean.Reasons, r => r.LogOdds > 0);
        Assert.True(clean.Score <= empty.Score);
        Assert.True(clean.MissingSignals.Count < empty.MissingSignals.Count);
    }

    [Fact]
    public void Evaluate_LaptopFarm_IsCriticalAndExplainsDeviceAndPayrollSignals()
    {
        var a = CreateSut().Evaluate(TestCases.Demo("03-laptop-farm"));

        Assert.Equal(RiskBand.Critical, a.Band);
        Assert.Equal(Recommendation.Escalate, a.Recommendation);
        Assert.True(a.HumanReviewRequired);
        Assert.Equal(
            ["DEV.POSSESSION_CHECK_FAIL", "DEV.IP_KVM_HARDWARE", "DEV.UNSANCTIONED_RMM", "PAY.PAYOUT_NAME_MISMATCH"],
            a.Reasons.Take(4).Select(r => r.Code));
        Assert.Contains(a.RecommendedActions, x => x.Code == VerificationActions.DeviceSerialCheck);
        Assert.Equal(4, a.ToCandidateStatement().Items.Count);
    }

    [Fact]
    public void Evaluate_OrdinaryHire_IsLowWithRiskReducingReasons()
    {
        var a = CreateSut().Evaluate(TestCases.Demo("01-ordinary-hire"));

        Assert.Equal(RiskBand.Low, a.Band);
        Assert.Equal(Recommendation.Proceed, a.Recommendation);
        Assert.False(a.HumanReviewRequired);
        Assert.Equal(["DEV.POSSESSION_VERIFIED", "IDD.LIVE_CHECK_PASSED", "PAY.ACCOUNT_OWNERSHIP_VERIFIED"], a.Reasons.Select(r => r.Code).Order());
        Assert.All(a.Reasons, r => Assert.True(r.LogOdds < 0));
        Assert.Empty(a.ToCandidateStatement().Items);
    }

    [Fact]
    public void Evaluate_NeverRecommendsRejection_AndReviewsFromMedium()
    {
        var engine = CreateSut();
        foreach (var name in TestCases.DemoNames)
        {
            var a = engine.Evaluate(TestCases.Demo(name));
            Assert.True(Enum.IsDefined(a.Recommendation));
            Assert.Equal(a.Band >= RiskBand.Medium, a.HumanReviewRequired);
        }

        Assert.Equal(["Proceed", "Verify", "Escalate"], Enum.GetNames<Recommendation>());
    }

    [Fact]
    public void Evaluate_DefinitiveSanctionsHit_ForcesCriticalAndEscalateWhateverTheScore()
    {
        var screener = new FakeSanctionsScreener("Korea Sinjin Trading Corporation", SanctionsMatchConfidence.Definitive);
        var engine = CreateSut(b => b.UseSanctionsScreener(screener)
            .Configure(o =>
            {
                o.Rules.Weights["SAN.SDN_COUNTERPARTY"] = 0.1;
                o.Rules.Weights["SAN.DPRK_DIRECT_NEXUS"] = 0.1;
            }));
        var input = TestCases.Empty() with
        {
            Payroll = [new PayrollInstruction { HolderName = "Korea Sinjin Trading Corporation", Rail = PayoutRail.ForeignBank }],
        };

        var a = engine.Evaluate(input);

        Assert.True(a.Score < 2);
        Assert.Equal(RiskBand.Critical, a.Band);
        Assert.Equal(Recommendation.Escalate, a.Recommendation);
        Assert.Equal("SAN.SDN_COUNTERPARTY", a.Override!.Code);
        var hit = Assert.Single(a.Sanctions);
        Assert.Equal("/payroll/0/holderName", hit.SourcePointer);
        Assert.DoesNotContain(a.MissingSignals, m => m.Signal == "sanctionsScreening");
        Assert.Equal("A compliance screening requires a manual review before we can proceed.", a.ToCandidateStatement().Items[0].Text);
    }

    [Fact]
    public void Evaluate_ReviewLevelSanctionsHit_AddsAReasonWithoutOverride()
    {
        var screener = new FakeSanctionsScreener("Kim Ung Sun", SanctionsMatchConfidence.Review);
        var engine = CreateSut(b => b.UseSanctionsScreener(screener).Configure(o => o.Rules.Weights["SAN.SDN_COUNTERPARTY"] = 4.0));

        var a = engine.Evaluate(TestCases.WithCandidate("Kim Ung Sun"));

        Assert.Null(a.Override);
        Assert.Contains(a.Reasons, r => r.Code == "SAN.SDN_COUNTERPARTY" && Math.Abs(r.LogOdds - (4.0 * new RuleOptions().SanctionsReviewStrength)) < 1e-12);
        Assert.DoesNotContain(a.Reasons, r => r.Code == "SAN.DPRK_DIRECT_NEXUS");
        Assert.Contains(screener.Queries, q => q.Name == "Kim Ung Sun" && q.Kind == SanctionsPartyKind.Individual && q.SourcePointer == "/candidate/fullName");
    }

    [Fact]
    public void Evaluate_ThrowingRule_IsIsolatedReportedAndItsPartialFindingsDropped()
    {
        var logs = new CollectingLoggerProvider();
        var engine = CreateSut(b => b.AddRule(new ThrowingRule()).UseLoggerFactory(logs));

        var a = engine.Evaluate(TestCases.Demo("03-laptop-farm"));

        Assert.DoesNotContain(a.Findings, f => f.RuleId == "test.throwing");
        Assert.Contains(a.Warnings, w => w.Code == InputWarningCodes.RuleFailed);
        Assert.Contains(a.MissingSignals, m => m.Signal == "rule:test.throwing" && m.Indicators.Contains("BEH.MULTI_OPERATOR_PATTERN"));
        Assert.Equal(RiskBand.Critical, a.Band);
        Assert.Contains(logs.Messages, m => m.Message.Contains("test.throwing", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Messages, m => m.Message.Contains("candidate data", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_WithModel_BlendsAdditivelyAndReportsTheModel()
    {
        var model = new FakeModel(new() { ["PAY.PAYOUT_NAME_MISMATCH"] = 3.0, ["DEV.UNSANCTIONED_RMM"] = 1.0 }, baseValue: -6.0);
        var engine = CreateSut(b => b.UseModel(model).Configure(o => o.Scoring.ModelWeight = 0.5));

        var a = engine.Evaluate(TestCases.Demo("03-laptop-farm"));

        var prior = Math.Log(0.003 / 0.997);
        Assert.Equal((0.5 * -6.0) + (0.5 * prior), a.BaseLogOdds, 12);
        var payout = a.Reasons.Single(r => r.Code == "PAY.PAYOUT_NAME_MISMATCH");
        Assert.Equal(ReasonSource.Both, payout.Source);
        Assert.Equal((0.5 * 3.0) + (0.5 * 2.0), payout.LogOdds, 12);
        var kvm = a.Reasons.Single(r => r.Code == "DEV.IP_KVM_HARDWARE");
        Assert.Equal(ReasonSource.Rule, kvm.Source);
        Assert.Equal(2.25, kvm.LogOdds, 12);
        Assert.InRange(Math.Abs(a.BaseLogOdds + a.Reasons.Sum(r => r.LogOdds) - a.LogOdds), 0, 1e-9);
        Assert.Equal("fake-linear-1", a.Provenance.ModelId);
        Assert.Equal(0.0, a.Model!.AdditivityError, 12);
    }

    [Fact]
    public void Evaluate_ModelBreakingAdditivity_IsRejectedAndScoringFallsBackToRules()
    {
        var model = new FakeModel(new() { ["PAY.PAYOUT_NAME_MISMATCH"] = 3.0 }, -6.0) { BreakAdditivity = true };
        var withBrokenModel = CreateSut(b => b.UseModel(model)).Evaluate(TestCases.Demo("03-laptop-farm"));
        var rulesOnly = CreateSut().Evaluate(TestCases.Demo("03-laptop-farm"));

        Assert.Null(withBrokenModel.Model);
        Assert.Contains(withBrokenModel.Warnings, w => w.Code == InputWarningCodes.ModelFailed);
        Assert.Equal(rulesOnly.LogOdds, withBrokenModel.LogOdds, 12);
    }

    [Fact]
    public void Evaluate_WeightOverrideAndDisabledCode_ChangeScoreAndRuleSetVersion()
    {
        var input = TestCases.Demo("03-laptop-farm");
        var baseline = CreateSut();
        var reweighted = CreateSut(b => b.Configure(o =>
        {
            o.Rules.Weights["PAY.PAYOUT_NAME_MISMATCH"] = 4.0;
            o.Rules.Disabled.Add("DEV.IP_KVM_HARDWARE");
        }));

        var a = baseline.Evaluate(input);
        var b = reweighted.Evaluate(input);

        Assert.NotEqual(baseline.RuleSetVersion, reweighted.RuleSetVersion);
        Assert.Equal(4.0, b.Reasons.Single(r => r.Code == "PAY.PAYOUT_NAME_MISMATCH").LogOdds, 12);
        Assert.DoesNotContain(b.Findings, f => f.Code == "DEV.IP_KVM_HARDWARE");
        Assert.Equal(a.LogOdds - 2.25 + 2.0, b.LogOdds, 9);
    }

    [Fact]
    public void Evaluate_InvalidValuesFromCSharpCallers_BecomeWarningsNotFindings()
    {
        var input = TestCases.Empty() with
        {
            Candidate = new Candidate { FullName = "A B", DateOfBirth = new DateOnly(2090, 1, 1), Residence = new ClaimedResidence { Country = "USA", TimeZone = "Mars/Olympus" } },
            Interviews = [new Interview { CameraOnRatio = double.NaN, DeepfakeScore = 7 }],
            Sessions = [new Session { IpAddress = "127.1" }, new Session { IpAddress = "::ffff:10.0.0.1", UtcOffsetMinutes = 5000 }],
        };

        var a = CreateSut().Evaluate(input);

        Assert.Equal(
            ["/candidate/dateOfBirth", "/candidate/residence/country", "/candidate/residence/timeZone", "/sessions/1/utcOffsetMinutes", "/interviews/0/cameraOnRatio", "/interviews/0/deepfakeScore", "/sessions/0/ipAddress"],
            a.Warnings.Select(w => w.Pointer));
        Assert.Empty(a.Findings);
    }

    [Fact]
    public void Build_InvalidOptions_ThrowsOneExceptionListingEveryFailure()
    {
        var builder = RiskEngine.CreateBuilder().Configure(o =>
        {
            o.Scoring.PriorProbability = 0.9;
            o.Scoring.HighThreshold = 1;
            o.Rules.CameraOnRatioThreshold = 2;
            o.Rules.Weights["NOT.A_CODE"] = 1;
            o.Rules.Weights["PAY.CRYPTO_PAYOUT"] = double.PositiveInfinity;
            o.Linkage.HmacKey = "c2hvcnQ=";
        });

        var ex = Assert.Throws<OptionsValidationException>(builder.Build);

        Assert.Equal(6, ex.Failures.Count());
        Assert.Contains(ex.Failures, f => f.Contains("PriorProbability", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("thresholds must increase", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("CameraOnRatioThreshold", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("NOT.A_CODE", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("PAY.CRYPTO_PAYOUT", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("HmacKey", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_LinkageStoreWithoutKey_Throws()
    {
        var builder = RiskEngine.CreateBuilder().UseLinkageStore(new FakeLinkageStore());

        var ex = Assert.Throws<OptionsValidationException>(builder.Build);

        Assert.Contains("HmacKey", Assert.Single(ex.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Twice_Throws()
    {
        var builder = RiskEngine.CreateBuilder();
        builder.Build();

        Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Throws<InvalidOperationException>(() => builder.AddRule(new ThrowingRule()));
    }

    [Fact]
    public void Build_OptionsChangedAfterBuild_DoNotAffectTheEngine()
    {
        var options = new HireGuardOptions();
        var engine = RiskEngine.CreateBuilder().UseOptions(options).UseTimeProvider(new FixedTimeProvider()).Build();
        var before = engine.Evaluate(TestCases.Demo("03-laptop-farm")).ToJson();

        options.Rules.Weights["PAY.PAYOUT_NAME_MISMATCH"] = 9;
        options.Scoring.PriorProbability = 0.4;

        Assert.Equal(before, engine.Evaluate(TestCases.Demo("03-laptop-farm")).ToJson());
    }

    [Fact]
    public async Task EvaluateAsync_WithLinkageStore_HashesIdentifiersAndReportsLinks()
    {
        var store = new FakeLinkageStore();
        var key = Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());
        var engine = CreateSut(b => b.UseLinkageStore(store).Configure(o => o.Linkage.HmacKey = key));
        var first = TestCases.Demo("03-laptop-farm").Case;
        var second = first with { CaseId = "other-person", Candidate = first.Candidate! with { FullName = "Someone Else", Email = "Jordan.Hayes.Dev94+jobs@EXAMPLE.net" } };

        await engine.EvaluateAsync(first);
        var a = await engine.EvaluateAsync(second);

        Assert.DoesNotContain(store.Received.SelectMany(r => r.Keys), k => k.KeyedHash.Contains("hayes", StringComparison.OrdinalIgnoreCase));
        Assert.All(store.Received.SelectMany(r => r.Keys), k => Assert.Matches("^[0-9a-f]{64}$", k.KeyedHash));
        Assert.Contains(a.Links, l => l.Kind == HireGuard.Linkage.LinkageAttributeKind.PayoutAccount && l.PeerCaseIds.Contains("demo-laptop-farm"));
        Assert.DoesNotContain(a.MissingSignals, m => m.Signal == "linkageStore");
    }

    [Fact]
    public void Evaluate_IpIntelligence_IsLookedUpOncePerDistinctAddressAndReportedInProvenance()
    {
        var ip = new FakeIpIntelligence([]);
        var engine = CreateSut(b => b.UseIpIntelligence(ip));

        var a = engine.Evaluate(TestCases.Demo("03-laptop-farm"));

        Assert.Equal(2, ip.Calls);
        Assert.Contains(a.Provenance.DataSources, s => s.Name == "fake-geo" && s.BuildDate is not null);
        Assert.DoesNotContain(a.MissingSignals, m => m.Signal == "ipIntelligence");
    }
}
