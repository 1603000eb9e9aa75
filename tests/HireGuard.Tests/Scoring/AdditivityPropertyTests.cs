using FsCheck;
using FsCheck.Fluent;
using HireGuard.Scoring;
using HireGuard.Tests.TestUtilities;

namespace HireGuard.Tests.Scoring;

public sealed class AdditivityPropertyTests
{
    private static readonly RiskEngine Engine = RiskEngine.CreateBuilder().UseTimeProvider(new FixedTimeProvider()).Build();

    private static readonly RiskEngine Blended = RiskEngine.CreateBuilder()
        .UseTimeProvider(new FixedTimeProvider())
        .UseModel(new FakeModel(new() { ["PAY.PAYOUT_NAME_MISMATCH"] = 1.7, ["BEH.CAMERA_AVOIDANCE"] = -0.4, ["DEV.SHIP_ADDRESS_MISMATCH"] = 2.2 }, -5.5))
        .Configure(o => o.Scoring.ModelWeight = 0.7)
        .Build();

    private static readonly RiskEngine[] Learned =
    [
        RiskEngine.CreateBuilder().UseTimeProvider(new FixedTimeProvider()).UseModel(HireGuard.Tests.Model.CaseModels.Trees).Build(),
        RiskEngine.CreateBuilder().UseTimeProvider(new FixedTimeProvider()).UseModel(HireGuard.Tests.Model.CaseModels.Linear).Configure(o => o.Scoring.ModelWeight = 1.0).Build(),
    ];

    [Fact]
    public void Evaluate_RandomCases_LogitOfScoreEqualsBasePlusReasons()
    {
        Prop.ForAll(Arb.From(RandomCases.Gen()), c =>
        {
            foreach (var engine in new[] { Engine, Blended, Learned[0], Learned[1] })
            {
                var a = engine.Evaluate(c);
                var sum = a.BaseLogOdds + a.Reasons.Sum(r => r.LogOdds);
                if (Math.Abs(sum - a.LogOdds) > 1e-9 || a.Score is < 0 or > 100)
                {
                    return false;
                }

                var p = a.Score / 100;
                if (p is > 1e-9 and < 1 - 1e-9 && Math.Abs(Math.Log(p / (1 - p)) - sum) > 1e-6)
                {
                    return false;
                }

                if (a.Reasons.Any(r => Math.Abs(r.OddsMultiplier - Math.Exp(r.LogOdds)) > 1e-12))
                {
                    return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Evaluate_RandomCases_BandIsMonotoneInScoreUnlessOverridden()
    {
        Prop.ForAll(Arb.From(RandomCases.Gen()), c =>
        {
            var a = Engine.Evaluate(c);
            var expected = a.Score >= 50 ? RiskBand.Critical : a.Score >= 15 ? RiskBand.High : a.Score >= 2 ? RiskBand.Medium : RiskBand.Low;
            return a.Override is not null || a.Band == expected;
        }).QuickCheckThrowOnFailure();
    }
}
