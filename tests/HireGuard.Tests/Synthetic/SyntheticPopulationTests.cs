using System.Globalization;
using HireGuard.Signals;
using HireGuard.Synthetic;
using Microsoft.Extensions.Options;

namespace HireGuard.Tests.Synthetic;

/// <summary>The synthetic population generator against INDICATORS.md §6: base rates, structure, drift, label noise and fairness.</summary>
public sealed class SyntheticPopulationTests
{
    private static readonly Lazy<List<SyntheticRecord>> Adversarial = new(() => Generate(12_000, 8, SyntheticScenario.Adversarial));

    private static readonly Lazy<List<SyntheticRecord>> Enriched = new(() => Generate(20_000, 12, SyntheticScenario.General, dprkShare: 0.3));

    private static List<SyntheticRecord> Generate(int count, int seed, SyntheticScenario scenario = SyntheticScenario.General, double? dprkShare = null, bool noise = true) =>
        [.. SyntheticPopulation.Generate(new SyntheticPopulationOptions { Count = count, Seed = seed, Scenario = scenario, DprkShareOverride = dprkShare, LabelNoise = noise })];

    private static string Eval(SyntheticRecord record, string key) => record.Label.Evaluation.Single(kv => kv.Key == key).Value;

    [Theory]
    [InlineData(SyntheticScenario.General, 0.001, 0.005)]
    [InlineData(SyntheticScenario.LowBaseRate, 0.0001, 0.005)]
    [InlineData(SyntheticScenario.HighBaseRate, 0.01, 0.10)]
    [InlineData(SyntheticScenario.Adversarial, 0.30, 0.80)]
    public void Generate_Scenario_HasTheSection62BaseRates(SyntheticScenario scenario, double dprkLow, double dprkHigh)
    {
        var records = Generate(10_000, 3, scenario);

        var dprk = records.Count(r => r.Label.TrueOutcome == SyntheticOutcome.ConfirmedDprk) / (double)records.Count;
        var otherFraud = records.Count(r => r.Label.TrueOutcome == SyntheticOutcome.OtherFraud) / (double)records.Count;
        Assert.InRange(dprk, dprkLow, dprkHigh);
        Assert.InRange(otherFraud, 0.04, 0.16);
        Assert.Equal(10_000, records.Count);
    }

    [Fact]
    public void Generate_LabelNoise_MislabelsAFewPercentOfDprkAsSection69Says()
    {
        var noisy = Adversarial.Value;
        var clean = Generate(2_000, 4, SyntheticScenario.Adversarial, noise: false);

        var dprkLabels = noisy.Where(r => r.Label.Outcome == SyntheticOutcome.ConfirmedDprk).ToList();
        var reallyOther = dprkLabels.Count(r => r.Label.TrueOutcome == SyntheticOutcome.OtherFraud) / (double)dprkLabels.Count;
        var undetected = noisy.Count(r => r.Label.TrueOutcome == SyntheticOutcome.ConfirmedDprk && r.Label.Outcome == SyntheticOutcome.Cleared);
        Assert.InRange(reallyOther, 0.04, 0.11);
        Assert.InRange(undetected / (double)noisy.Count(r => r.Label.TrueOutcome == SyntheticOutcome.ConfirmedDprk), 0.02, 0.15);
        Assert.All(clean, r => Assert.Equal(r.Label.TrueOutcome, r.Label.Outcome));
    }

    [Fact]
    public void Generate_Facilitators_HostAHeavyTailedNumberOfLaptops()
    {
        var records = Adversarial.Value;

        // Laptops delivered to each farm, counted from the cases themselves (one farm = one delivery address).
        var perFarm = records
            .Where(r => Eval(r, "facilitator").Length > 0 && r.Case.Shipments.Count > 0)
            .GroupBy(r => Eval(r, "facilitator"))
            .Select(g => g.Count())
            .OrderBy(n => n)
            .ToList();
        var atMostTen = perFarm.Count(n => n <= 10) / (double)perFarm.Count;
        var median = perFarm[perFarm.Count / 2];
        Assert.True(perFarm.Count > 100, "too few farms to judge: " + perFarm.Count);
        Assert.InRange(atMostTen, 0.6, 0.95);
        Assert.True(perFarm[^1] >= 8 * Math.Max(1, median), $"no heavy tail: median {median}, max {perFarm[^1]}");
    }

    [Fact]
    public void Generate_FarmLaptops_ShareOneDeliveryAddressAndEgress()
    {
        var records = Adversarial.Value;

        var farm = records
            .Where(r => Eval(r, "facilitator").Length > 0 && r.Case.Shipments.Count > 0)
            .GroupBy(r => Eval(r, "facilitator"))
            .OrderByDescending(g => g.Count())
            .First();
        var addresses = farm.Select(r => r.Case.Shipments[0].DeliveryAddress!.Street).Distinct().ToList();
        Assert.Single(addresses);
        Assert.True(farm.Count() >= 3);
        Assert.All(farm, r => Assert.Equal(farm.First().Label.Group, r.Label.Group));
    }

    [Theory]
    [InlineData("sex")]
    [InlineData("national_origin_group")]
    [InlineData("immigrant_status")]
    [InlineData("disability")]
    [InlineData("primary_language")]
    [InlineData("age_band")]
    public void Generate_ProtectedAttribute_HasTheSameDistributionInEveryClass(string attribute)
    {
        var records = Enriched.Value;

        var byClass = records.GroupBy(r => r.Label.TrueOutcome).ToDictionary(g => g.Key, g => g.ToList());
        var values = records.Select(r => Eval(r, attribute)).Distinct().ToList();
        Assert.Equal(3, byClass.Count);
        foreach (var value in values)
        {
            var rates = byClass.Values.Select(g => g.Count(r => Eval(r, attribute) == value) / (double)g.Count).ToList();
            Assert.True(rates.Max() - rates.Min() < 0.035, $"{attribute}={value}: rates {string.Join(", ", rates.Select(x => x.ToString("0.000", CultureInfo.InvariantCulture)))}");
        }
    }

    [Fact]
    public void Generate_DocumentNationality_IsDrawnTheSameWayForEveryClass()
    {
        var records = Enriched.Value
            .Where(r => r.Case.Documents.Count > 0)
            .ToList();

        var foreign = records.GroupBy(r => r.Label.TrueOutcome)
            .Select(g => g.Count(r => r.Case.Documents[0].Nationality != r.Case.Candidate!.Residence!.Country) / (double)g.Count())
            .ToList();
        Assert.True(foreign.Max() - foreign.Min() < 0.04, string.Join(", ", foreign));
    }

    [Fact]
    public void Generate_SomeDprkCases_NameTheEmbeddedSanctionsAtASmallRate()
    {
        var records = Adversarial.Value;

        var dprk = records.Where(r => r.Label.TrueOutcome == SyntheticOutcome.ConfirmedDprk).ToList();
        var wallet = dprk.Count(r => r.Case.Payroll.Any(p => p.WalletAddress == "1HmqvgSXUVES1jn4TQPzk9dxo1NE8wim2T"));
        var legitWallet = records.Count(r => r.Label.TrueOutcome == SyntheticOutcome.Cleared && r.Case.Payroll.Any(p => p.WalletAddress == "1HmqvgSXUVES1jn4TQPzk9dxo1NE8wim2T"));
        Assert.InRange(wallet, 1, (int)(0.02 * dprk.Count));
        Assert.Equal(0, legitWallet);
    }

    [Fact]
    public void Generate_Drift_DeepfakesRiseAndCameraAvoidanceFallsOverSimulatedTime()
    {
        var dprk = Adversarial.Value
            .Where(r => r.Label.TrueOutcome == SyntheticOutcome.ConfirmedDprk && r.Case.Interviews.Count > 0)
            .ToList();

        var early = dprk.Where(r => r.Label.SimulatedTime < 0.33).ToList();
        var late = dprk.Where(r => r.Label.SimulatedTime > 0.67).ToList();
        static double Deepfake(List<SyntheticRecord> set) => set.Count(r => r.Case.Interviews.Any(i => i.DeepfakeScore >= 0.8)) / (double)set.Count;
        static double Avoid(List<SyntheticRecord> set) => set.Count(r => r.Case.Interviews.Average(i => i.CameraOnRatio ?? 1) < 0.5) / (double)set.Count;
        Assert.True(Deepfake(late) > Deepfake(early) * 1.3, $"deepfake early {Deepfake(early):0.000} late {Deepfake(late):0.000}");
        Assert.True(Avoid(late) < Avoid(early) * 0.8, $"avoidance early {Avoid(early):0.000} late {Avoid(late):0.000}");
    }

    [Fact]
    public void Generate_IdentityType_RentedIdentitiesPassRecordChecksThatFabricatedOnesFail()
    {
        var dprk = Adversarial.Value
            .Where(r => r.Label.TrueOutcome == SyntheticOutcome.ConfirmedDprk && r.Case.Candidate?.NationalId?.RecordCheck is { } check && check != RecordCheckResult.NotRun)
            .ToList();

        static double Failing(IEnumerable<SyntheticRecord> set) =>
            set.Count(r => r.Case.Candidate!.NationalId!.RecordCheck != RecordCheckResult.Match) / (double)Math.Max(1, set.Count());
        var rented = Failing(dprk.Where(r => Eval(r, "identity_type") == "rented"));
        var fabricated = Failing(dprk.Where(r => Eval(r, "identity_type") == "fabricated"));
        Assert.True(fabricated > 3 * rented, $"fabricated {fabricated:0.000} rented {rented:0.000}");
    }

    [Fact]
    public void Generate_Segments_CoverEveryLookAlikeArchetypeAndOtherFraudType()
    {
        var segments = Adversarial.Value.Concat(Enriched.Value).Select(r => r.Label.Segment).ToHashSet(StringComparer.Ordinal);

        foreach (var expected in new[] { "traveller", "china_expat", "privacy_minded", "crypto_native", "homelab", "rural_satellite", "household_pair", "recent_mover", "bootcamp", "early_career", "disability_caregiver", "proxy_interviewer", "ai_cheater", "identity_thief", "overemployed", "dprk_operator_low", "dprk_operator_mid", "dprk_operator_high", "dprk_facilitator_self" })
        {
            Assert.Contains(expected, segments);
        }
    }

    [Fact]
    public void Generate_HouseholdPairs_ReferenceEachOtherAndShareAnAddress()
    {
        var byId = Enriched.Value.ToDictionary(r => r.Case.CaseId, StringComparer.Ordinal);

        var pairs = Enriched.Value.Where(r => r.Label.Segment == "household_pair").ToList();
        Assert.NotEmpty(pairs);
        foreach (var record in pairs)
        {
            var member = Assert.Single(record.Case.Candidate!.HouseholdMembers);
            var partner = byId[member.CaseId!];
            Assert.Equal(record.Case.CaseId, Assert.Single(partner.Case.Candidate!.HouseholdMembers).CaseId);
            Assert.Equal(record.Case.Candidate.Residence!.Street, partner.Case.Candidate!.Residence!.Street);
            Assert.Equal(record.Label.Group, partner.Label.Group);
        }
    }

    [Fact]
    public void Generate_EnumeratedTwice_GivesTheSameCases()
    {
        var population = SyntheticPopulation.Generate(new SyntheticPopulationOptions { Count = 300, Seed = 30 });

        var first = population.Select(r => HiringCaseJson.Write(r.Case)).ToList();
        var second = population.Select(r => HiringCaseJson.Write(r.Case)).ToList();

        Assert.Equal(first, second);
    }

    [Fact]
    public void Generate_InvalidOptions_ThrowsOneExceptionListingEveryFailure()
    {
        var options = new SyntheticPopulationOptions { Count = 0, DurationDays = 1, Scenario = (SyntheticScenario)99 };

        var ex = Assert.Throws<OptionsValidationException>(() => SyntheticPopulation.Generate(options));

        Assert.Contains(ex.Failures, f => f.Contains("Count", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("DurationDays", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("Scenario", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("general", SyntheticScenario.General)]
    [InlineData("LOW-BASE-RATE", SyntheticScenario.LowBaseRate)]
    [InlineData("high_base_rate", SyntheticScenario.HighBaseRate)]
    [InlineData("adversarial", SyntheticScenario.Adversarial)]
    public void TryParseScenario_TextForm_RoundTrips(string text, SyntheticScenario expected)
    {
        Assert.True(SyntheticPopulation.TryParseScenario(text, out var scenario));

        Assert.Equal(expected, scenario);
        Assert.True(SyntheticPopulation.TryParseScenario(SyntheticPopulation.ScenarioText(scenario), out _));
        Assert.False(SyntheticPopulation.TryParseScenario("nonsense", out _));
    }
}
