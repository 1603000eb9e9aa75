using System.Globalization;
using System.Text.Json.Nodes;
using HireGuard.IpIntelligence;
using HireGuard.Scoring;
using HireGuard.Signals;
using HireGuard.Tests.TestUtilities;
using N = HireGuard.Tests.Rules.NetworkFixture;

namespace HireGuard.Tests.Rules;

/// <summary>The built-in engine with IP intelligence from a real MMDB file: end to end, and invariant 4 with IP intelligence on.</summary>
public sealed class NetworkEngineTests(NetworkFixture fixture) : IClassFixture<NetworkFixture>
{
    private static readonly DateTimeOffset Start = new(2026, 10, 5, 15, 0, 0, TimeSpan.Zero);

    private RiskEngine Engine() => RiskEngine.CreateBuilder().UseIpIntelligence(fixture.Service).UseTimeProvider(new FixedTimeProvider()).Build();

    private static HiringCase Case(params string[] addresses)
    {
        var c = TestCases.WithCandidate("Jordan Hayes", "US", "America/Chicago");
        return c with
        {
            Candidate = c.Candidate! with { Residence = c.Candidate.Residence! with { City = "Austin", Region = "TX", Latitude = 30.2672, Longitude = -97.7431 } },
            Documents = [new IdentityDocument { Kind = DocumentKind.Passport, IssuingCountry = "US", Nationality = "US" }],
            Sessions = [.. addresses.Select((ip, i) => new Session { Stage = CaseStage.Interview, Timestamp = Start.AddDays(7 * i), IpAddress = ip })],
        };
    }

    private static string Outcome(RiskAssessment a) =>
        string.Join("|", a.LogOdds.ToString("R", CultureInfo.InvariantCulture), a.Band, a.Recommendation, string.Join(",", a.Reasons.Select(r => r.Code + ":" + r.LogOdds.ToString("R", CultureInfo.InvariantCulture))));

    [Fact]
    public void Evaluate_RealMmdbFile_ReportsNetworkFindingsWithProvenance()
    {
        var a = Engine().Evaluate(Case(N.Tokyo, N.AstrillNewYork, N.Tokyo, N.DprkResidential));

        Assert.Equal(
            ["NET.ANON_INFRA", "NET.ASTRILL_VPN", "NET.DPRK_ADDRESS_SPACE", "NET.GEO_CLAIM_MISMATCH"],
            a.Findings.Where(f => f.Code.StartsWith("NET.", StringComparison.Ordinal)).Select(f => f.Code).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(a.MissingSignals, m => m.Signal == "ipIntelligence");
        Assert.Contains(a.Provenance.DataSources, s => s.Name == N.DatabaseName && s.Kind == "mmdb" && s.BuildDate == Tests.IpIntelligence.MmdbFixtures.BuildTime);
        Assert.Contains(a.Provenance.DataSources, s => s.Name == DprkAddressSpace.ListName);
        var sum = a.BaseLogOdds + a.Reasons.Sum(r => r.LogOdds);
        Assert.Equal(a.LogOdds, sum, 9);
        Assert.True(a.Band >= RiskBand.Medium);
    }

    [Fact]
    public void Evaluate_SameCaseWithoutIpIntelligence_ListsNetworkSignalsAsMissing()
    {
        var a = RiskEngine.CreateBuilder().UseTimeProvider(new FixedTimeProvider()).Build().Evaluate(Case(N.Tokyo, N.Tokyo));

        var missing = Assert.Single(a.MissingSignals, m => m.Signal == "ipIntelligence");
        Assert.Contains("NET.GEO_CLAIM_MISMATCH", missing.Indicators);
        Assert.Contains("NET.DPRK_ADDRESS_SPACE", missing.Indicators);
        Assert.DoesNotContain(a.Findings, f => f.Code is "NET.ANON_INFRA" or "NET.DPRK_ADDRESS_SPACE" or "NET.IMPOSSIBLE_TRAVEL");
    }

    [Fact]
    public void NationalityAndCitizenship_WithIpIntelligenceOn_NeverChangeTheScore()
    {
        var engine = Engine();
        var original = Case(N.Tokyo, N.Tokyo, N.AstrillNewYork, N.Austin);
        var baseline = Outcome(engine.Evaluate(original));
        foreach (var country in new[] { "US", "KP", "KR", "CN", "JP", "RU", "MX", "IN", "DE" })
        {
            var changed = original with { Documents = [.. original.Documents.Select(d => d with { Nationality = country, IssuingCountry = d.IssuingCountry })] };
            var node = JsonNode.Parse(HiringCaseJson.Write(changed))!;
            node["candidate"]!["nationality"] = country;
            node["candidate"]!["citizenship"] = country;
            node["candidate"]!["placeOfBirth"] = country;

            Assert.Equal(baseline, Outcome(engine.Evaluate(changed)));
            Assert.Equal(baseline, Outcome(engine.Evaluate(HiringCaseJson.Read(node.ToJsonString()))));
        }
    }

    [Fact]
    public void ObservedForeignCountry_OnlyItsDifferenceFromTheClaimCounts()
    {
        // Which foreign country the sessions come from never changes the outcome.
        var engine = Engine();
        var outcomes = new[] { N.Tokyo, N.Pyongyang, N.Beijing, N.Berlin, N.Toronto, N.Lisbon }
            .Select(ip => Outcome(engine.Evaluate(Case(ip, ip, N.Austin))))
            .Distinct()
            .ToList();

        Assert.Single(outcomes);
    }

    [Fact]
    public void Build_InvalidNetworkThresholds_FailsAtStartUp()
    {
        var ex = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            RiskEngine.CreateBuilder().Configure(o =>
            {
                o.Rules.GeoMismatchShare = 1.5;
                o.Rules.ImpossibleTravelSpeedKmh = 5;
                o.Rules.NamedVpnProviders.Add(" ");
            }).Build());

        Assert.Contains(ex.Failures, f => f.Contains("GeoMismatchShare", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("ImpossibleTravelSpeedKmh", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("Named VPN providers", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_CopiesEveryRuleOption()
    {
        // Every rule threshold set before Build must reach the engine (a forgotten copy silently restores the default).
        var original = new HireGuardOptions();
        foreach (var p in typeof(HireGuard.Rules.RuleOptions).GetProperties())
        {
            if (p.PropertyType == typeof(double))
            {
                var range = (System.ComponentModel.DataAnnotations.RangeAttribute)Attribute.GetCustomAttribute(p, typeof(System.ComponentModel.DataAnnotations.RangeAttribute))!;
                p.SetValue(original.Rules, Convert.ToDouble(range.Minimum, CultureInfo.InvariantCulture));
            }
            else if (p.PropertyType == typeof(int))
            {
                var range = (System.ComponentModel.DataAnnotations.RangeAttribute)Attribute.GetCustomAttribute(p, typeof(System.ComponentModel.DataAnnotations.RangeAttribute))!;
                p.SetValue(original.Rules, Convert.ToInt32(range.Minimum, CultureInfo.InvariantCulture));
            }
            else if (p.PropertyType == typeof(List<string>))
            {
                p.SetValue(original.Rules, new List<string> { "x-" + p.Name.ToLowerInvariant() });
            }
        }

        var copy = RiskEngineBuilder.Snapshot(original).Rules;

        foreach (var p in typeof(HireGuard.Rules.RuleOptions).GetProperties().Where(p => p.PropertyType != typeof(Dictionary<string, double>)))
        {
            var expected = p.GetValue(original.Rules);
            var actual = p.GetValue(copy);
            Assert.True(expected is List<string> l ? l.SequenceEqual((List<string>)actual!) : Equals(expected, actual), p.Name);
        }
    }
}
