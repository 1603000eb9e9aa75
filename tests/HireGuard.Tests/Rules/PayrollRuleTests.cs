using HireGuard.Rules.BuiltIn;
using HireGuard.Signals;
using HireGuard.Tests.TestUtilities;

namespace HireGuard.Tests.Rules;

public sealed class PayrollRuleTests
{
    private static HiringCase With(params PayrollInstruction[] payroll) => TestCases.WithCandidate("Maria Elena Alvarez") with { Payroll = payroll };

    [Theory]
    [InlineData("Maria Alvarez")]
    [InlineData("ALVAREZ, MARIA E.")]
    [InlineData("María Elena Álvarez")]
    [InlineData("Maria E Alvarez and John Smith")]
    [InlineData("Maria Alvares")]
    public void PayoutName_HolderIsTheCandidate_DoesNotFire(string holder)
    {
        var a = RuleHarness.Run(new PayoutNameMismatchRule(), With(new PayrollInstruction { HolderName = holder }));

        Assert.Null(a.Finding("PAY.PAYOUT_NAME_MISMATCH"));
        Assert.False(a.IsMissing("PAY.PAYOUT_NAME_MISMATCH"));
    }

    [Theory]
    [InlineData("Cassandra Patterson")]
    [InlineData("C Patterson Consulting LLC")]
    [InlineData("Maria Patterson")]
    public void PayoutName_HolderIsSomeoneElse_FiresWithEvidence(string holder)
    {
        var a = RuleHarness.Run(new PayoutNameMismatchRule(), With(new PayrollInstruction { HolderName = holder }));

        var f = a.Finding("PAY.PAYOUT_NAME_MISMATCH")!;
        Assert.Equal("/payroll/0/holderName", f.Evidence[0].Pointer);
        Assert.Equal(holder, f.Evidence[0].Observed);
        Assert.True(f.Strength >= 0.6);
    }

    [Fact]
    public void PayoutName_OwnershipFailedOrPassed_FiresOrReduces()
    {
        var failed = RuleHarness.Run(new PayoutNameMismatchRule(), With(new PayrollInstruction { OwnershipCheck = CheckResult.Failed }));
        var passed = RuleHarness.Run(new PayoutNameMismatchRule(), With(new PayrollInstruction { HolderName = "Maria Alvarez", OwnershipCheck = CheckResult.Passed }));

        Assert.NotNull(failed.Finding("PAY.PAYOUT_NAME_MISMATCH"));
        Assert.True(passed.Finding("PAY.ACCOUNT_OWNERSHIP_VERIFIED")!.LogOdds < 0);
    }

    [Fact]
    public void PayoutName_NoPayrollOrNoName_ReportsMissing()
    {
        Assert.True(RuleHarness.Run(new PayoutNameMismatchRule(), TestCases.WithCandidate("A B")).IsMissing("PAY.PAYOUT_NAME_MISMATCH"));
        Assert.True(RuleHarness.Run(new PayoutNameMismatchRule(), TestCases.Empty() with { Payroll = [new PayrollInstruction { HolderName = "X Y" }] }).IsMissing("PAY.PAYOUT_NAME_MISMATCH"));
    }

    [Fact]
    public void CryptoPayout_WeakAtCryptoNativeEmployer()
    {
        var normal = RuleHarness.Run(new CryptoPayoutRule(), With(new PayrollInstruction { Rail = PayoutRail.Crypto }));
        var web3 = RuleHarness.Run(new CryptoPayoutRule(), With(new PayrollInstruction { WalletAddress = "0xabc" }) with { Context = new CaseContext { CryptoNativeEmployer = true } });

        Assert.Equal(1.0, normal.Finding("PAY.CRYPTO_PAYOUT")!.Strength);
        Assert.Equal(0.3, web3.Finding("PAY.CRYPTO_PAYOUT")!.Strength);
    }

    [Fact]
    public void PayoutCountry_ComparesCountriesUniformlyAndIgnoresTheRail()
    {
        var sameCountryForeignRail = RuleHarness.Run(new PayoutCountryRule(), With(new PayrollInstruction { Rail = PayoutRail.ForeignBank, BankCountry = "US" }));
        var otherCountry = RuleHarness.Run(new PayoutCountryRule(), With(new PayrollInstruction { Rail = PayoutRail.DomesticBank, BankCountry = "de" }));
        var noBankCountry = RuleHarness.Run(new PayoutCountryRule(), With(new PayrollInstruction { Rail = PayoutRail.ForeignBank }));

        Assert.Null(sameCountryForeignRail.Finding("PAY.PAYOUT_GEO_INCONSISTENT"));
        Assert.Equal("DE", otherCountry.Finding("PAY.PAYOUT_GEO_INCONSISTENT")!.Evidence[0].Observed);
        Assert.Null(noBankCountry.Finding("PAY.PAYOUT_GEO_INCONSISTENT"));
        Assert.True(noBankCountry.IsMissing("PAY.PAYOUT_GEO_INCONSISTENT"));
    }

    [Fact]
    public void PayoutChurn_CountsChangesWithinTheWindow()
    {
        var t0 = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var spread = With(
            new PayrollInstruction { ChangedAt = t0 },
            new PayrollInstruction { ChangedAt = t0.AddDays(100) },
            new PayrollInstruction { ChangedAt = t0.AddDays(200) });
        var churn = With(
            new PayrollInstruction { ChangedAt = t0 },
            new PayrollInstruction { ChangedAt = t0.AddDays(20) },
            new PayrollInstruction { ChangedAt = t0.AddDays(80) });

        Assert.Null(RuleHarness.Run(new PayoutChurnRule(), spread).Finding("PAY.PAYOUT_CHURN"));
        Assert.NotNull(RuleHarness.Run(new PayoutChurnRule(), churn).Finding("PAY.PAYOUT_CHURN"));
        Assert.Null(RuleHarness.Run(new PayoutChurnRule(), churn, o => o.Rules.PayoutChurnWindowDays = 30).Finding("PAY.PAYOUT_CHURN"));
    }
}
