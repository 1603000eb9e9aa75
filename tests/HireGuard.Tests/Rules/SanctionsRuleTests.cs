using HireGuard.Rules;
using HireGuard.Sanctions;
using HireGuard.Scoring;
using HireGuard.Signals;
using HireGuard.Tests.TestUtilities;

namespace HireGuard.Tests.Rules;

/// <summary>The SAN rules through the whole engine, over the embedded OFAC excerpt.</summary>
public sealed class SanctionsRuleTests
{
    private const string AndreyevWallet = "1HmqvgSXUVES1jn4TQPzk9dxo1NE8wim2T";

    private static readonly Lazy<SanctionsScreener> Screener = new(() => SanctionsScreener.Create(new SanctionsOptions { UseEmbeddedExcerpt = true }));

    private static RiskEngine Engine() => RiskEngine.CreateBuilder()
        .UseSanctionsScreener(Screener.Value)
        .UseTimeProvider(new FixedTimeProvider())
        .Build();

    private static HiringCase PayingWallet(string wallet, string holder = "Jordan Miller") => TestCases.WithCandidate("Jordan Miller") with
    {
        Payroll = [new PayrollInstruction { Rail = PayoutRail.Crypto, Chain = "bitcoin", WalletAddress = wallet, HolderName = holder }],
    };

    private static HiringCase WithEmployer(string employer) => TestCases.WithCandidate("Jordan Miller") with
    {
        Candidate = TestCases.WithCandidate("Jordan Miller").Candidate! with
        {
            EmploymentHistory = [new EmploymentHistoryEntry { Employer = employer, Title = "Software engineer" }],
        },
    };

    [Fact]
    public void Evaluate_PayoutToAndreyevsListedWallet_IsCriticalAndEscalatedWithTheMatchExplained()
    {
        var a = Engine().Evaluate(PayingWallet(AndreyevWallet));

        Assert.Equal(RiskBand.Critical, a.Band);
        Assert.Equal(Recommendation.Escalate, a.Recommendation);
        Assert.NotNull(a.Override);
        var sdn = Assert.IsType<Finding>(a.Finding("SAN.SDN_COUNTERPARTY"));
        Assert.True(sdn.Definitive);
        Assert.Contains("ANDREYEV", sdn.Evidence[0].Observed, StringComparison.Ordinal);
        Assert.Contains("wallet", sdn.Evidence[0].Observed, StringComparison.Ordinal);
        Assert.Equal("/payroll/0/walletAddress", sdn.Evidence[0].Pointer);
        Assert.NotNull(a.Finding("SAN.WALLET_EXPOSURE"));
        Assert.True(a.Finding("SAN.DPRK_DIRECT_NEXUS")!.Definitive);
    }

    [Fact]
    public void Evaluate_WalletDifferingInOneCharacter_IsNotAHit()
    {
        var a = Engine().Evaluate(PayingWallet(AndreyevWallet[..^1] + "U"));

        Assert.Null(a.Finding("SAN.WALLET_EXPOSURE"));
        Assert.Null(a.Finding("SAN.SDN_COUNTERPARTY"));
        Assert.Null(a.Override);
    }

    [Fact]
    public void Evaluate_Base58WalletInOtherCase_IsNotAHit()
    {
        var a = Engine().Evaluate(PayingWallet(AndreyevWallet.ToLowerInvariant()));

        Assert.Null(a.Finding("SAN.WALLET_EXPOSURE"));
    }

    [Fact]
    public void Evaluate_ClaimedEmployerIsASanctionedFrontCompany_AddsAReviewReasonWithTheEntry()
    {
        var a = Engine().Evaluate(WithEmployer("Korea Sinjin Trading Corporation"));

        var f = Assert.IsType<Finding>(a.Finding("SAN.SDN_COUNTERPARTY"));
        Assert.Contains("55063", f.Evidence[0].Observed, StringComparison.Ordinal);
        Assert.Equal("/candidate/employmentHistory/0/employer", f.Evidence[0].Pointer);
        Assert.Contains(a.Reasons, r => r.Code == "SAN.SDN_COUNTERPARTY" && r.LogOdds > 0);
        Assert.NotEqual(RiskBand.Low, a.Band);
    }

    [Theory]
    [InlineData("Korea Trading Corporation")]
    [InlineData("Acme Software LLC")]
    [InlineData("Shenyang Tech University")]
    public void Evaluate_GenericOrUnrelatedEmployer_IsNotAHit(string employer)
    {
        var a = Engine().Evaluate(WithEmployer(employer));

        Assert.Null(a.Finding("SAN.SDN_COUNTERPARTY"));
        Assert.Null(a.Finding("SAN.DPRK_DIRECT_NEXUS"));
    }

    [Fact]
    public void Evaluate_WithoutAScreener_ReportsEverySanctionsIndicatorMissing()
    {
        var a = RiskEngine.CreateBuilder().UseTimeProvider(new FixedTimeProvider()).Build().Evaluate(PayingWallet(AndreyevWallet));

        Assert.True(a.IsMissing("SAN.SDN_COUNTERPARTY"));
        Assert.True(a.IsMissing("SAN.WALLET_EXPOSURE"));
        Assert.True(a.IsMissing("SAN.DPRK_DIRECT_NEXUS"));
        Assert.Null(a.Finding("SAN.SDN_COUNTERPARTY"));
    }

    [Theory]
    [InlineData("KP")]
    [InlineData("RU")]
    [InlineData("CN")]
    public void Evaluate_DocumentNationality_NeverMovesTheScoreOfAnUnlistedCandidate(string nationality)
    {
        HiringCase With(string n) => TestCases.WithCandidate("Jordan Miller") with
        {
            Documents = [new IdentityDocument { Kind = DocumentKind.Passport, Nationality = n, Number = "X1234567", Surname = "MILLER", GivenNames = "JORDAN" }],
            Payroll = [new PayrollInstruction { Rail = PayoutRail.DomesticBank, HolderName = "Jordan Miller", BankName = "First Bank" }],
        };

        var engine = Engine();
        var baseline = engine.Evaluate(With("US"));
        var varied = engine.Evaluate(With(nationality));

        Assert.Equal(baseline.Score, varied.Score);
        Assert.Equal(baseline.Reasons.Select(r => r.Code), varied.Reasons.Select(r => r.Code));
    }
}
