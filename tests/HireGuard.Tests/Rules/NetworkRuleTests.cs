using HireGuard.Rules;
using HireGuard.Rules.BuiltIn;
using HireGuard.Signals;
using HireGuard.Tests.TestUtilities;
using N = HireGuard.Tests.Rules.NetworkFixture;

namespace HireGuard.Tests.Rules;

/// <summary>The IP-based network rules, run through a real engine on a real MMDB and real lists.</summary>
public sealed class NetworkRuleTests(NetworkFixture fixture) : IClassFixture<NetworkFixture>
{
    private const string Geo = "NET.GEO_CLAIM_MISMATCH";
    private const string Anon = "NET.ANON_INFRA";
    private const string Astrill = "NET.ASTRILL_VPN";
    private const string Travel = "NET.IMPOSSIBLE_TRAVEL";
    private const string Dprk = "NET.DPRK_ADDRESS_SPACE";

    private static readonly DateTimeOffset Start = new(2026, 10, 5, 15, 0, 0, TimeSpan.Zero);

    /// <summary>A candidate claiming Austin, Texas (with geocoded coordinates), and sessions a week apart from the given addresses.</summary>
    private static HiringCase Austin(params string?[] addresses) => Austin(addresses.Select((ip, i) => new Session { Timestamp = Start.AddDays(7 * i), IpAddress = ip }).ToArray());

    private static HiringCase Austin(Session[] sessions, bool coordinates = true)
    {
        var c = TestCases.WithCandidate("A B", "US", "America/Chicago");
        var residence = c.Candidate!.Residence! with { City = "Austin", Region = "TX", Latitude = coordinates ? 30.2672 : null, Longitude = coordinates ? -97.7431 : null };
        return c with { Candidate = c.Candidate with { Residence = residence }, Sessions = sessions };
    }

    private HireGuard.Scoring.RiskAssessment Run(IRiskRule rule, HiringCase c, Action<HireGuardOptions>? configure = null) => RuleHarness.Run(rule, c, fixture.Service, configure);

    [Fact]
    public void GeoMismatch_SessionsAtTheClaimedResidence_EvaluatedAndClean()
    {
        var a = Run(new IpGeolocationMismatchRule(), Austin(N.Austin, N.Austin, N.Austin));

        Assert.Null(a.Finding(Geo));
        Assert.False(a.IsMissing(Geo));
    }

    [Fact]
    public void GeoMismatch_PersistentForeignCountry_FiresWithShareAndEvidence()
    {
        var f = Run(new IpGeolocationMismatchRule(), Austin(N.Austin, N.Tokyo, N.Tokyo)).Finding(Geo)!;

        Assert.Equal(2.0 / 3.0, f.Strength, 9);
        Assert.Equal(("/sessions/1/ipAddress", N.Tokyo), (f.Evidence[0].Pointer, f.Evidence[0].Observed));
        Assert.Equal("ipIntelligence:" + N.DatabaseName, f.Evidence[1].Pointer);
        Assert.Equal("203.0.113.0/26: geolocation.countryCode=JP", f.Evidence[1].Observed);
        Assert.Equal("country US", f.Evidence[1].Expected);
        Assert.Equal(("2/3 sessions", "share ≥ 0.2"), (f.Evidence[2].Observed, f.Evidence[2].Threshold));
    }

    [Fact]
    public void GeoMismatch_SingleForeignSession_IsWeakerThanPersistentOnes()
    {
        var single = Run(new IpGeolocationMismatchRule(), Austin(N.Tokyo)).Finding(Geo)!;
        var persistent = Run(new IpGeolocationMismatchRule(), Austin(N.Tokyo, N.Tokyo, N.Tokyo)).Finding(Geo)!;

        Assert.Equal(1.0 / 3.0, single.Strength, 9);
        Assert.Equal(1.0, persistent.Strength, 9);
    }

    [Fact]
    public void GeoMismatch_BelowTheConfiguredShare_DoesNotFire()
    {
        var c = Austin(N.Tokyo, N.Austin, N.Austin, N.Austin);

        Assert.NotNull(Run(new IpGeolocationMismatchRule(), c).Finding(Geo));
        Assert.Null(Run(new IpGeolocationMismatchRule(), c, o => o.Rules.GeoMismatchShare = 0.3).Finding(Geo));
    }

    [Fact]
    public void GeoMismatch_SameCountryFarFromTheClaimedCoordinates_CountsInFull()
    {
        var f = Run(new IpGeolocationMismatchRule(), Austin(N.LosAngeles, N.LosAngeles, N.LosAngeles)).Finding(Geo)!;

        Assert.Equal(1.0, f.Strength, 9);
        Assert.Contains("km beyond it", f.Evidence[1].Observed, StringComparison.Ordinal);
        Assert.Equal("within 200 km of 30.267,-97.743", f.Evidence[1].Expected);
    }

    [Fact]
    public void GeoMismatch_SameCountryWithoutClaimedCoordinates_OtherRegionCountsHalf()
    {
        var sessions = new[] { N.LosAngeles, N.LosAngeles, N.LosAngeles }.Select((ip, i) => new Session { Timestamp = Start.AddDays(i), IpAddress = ip }).ToArray();

        var f = Run(new IpGeolocationMismatchRule(), Austin(sessions, coordinates: false)).Finding(Geo)!;

        Assert.Equal(0.5, f.Strength, 9);
        Assert.Equal(("192.0.2.64/26: geolocation.regionCode=CA", "region TX"), (f.Evidence[1].Observed, f.Evidence[1].Expected));
    }

    [Fact]
    public void GeoMismatch_CountryLevelAccuracy_DoesNotMakeADistanceMismatch()
    {
        // Same coordinates as Austin but a 1000 km radius: the distance test cannot fire.
        Assert.Null(Run(new IpGeolocationMismatchRule(), Austin(N.AustinCountryLevel, N.AustinCountryLevel, N.AustinCountryLevel)).Finding(Geo));
    }

    [Fact]
    public void GeoMismatch_SessionsDuringDeclaredTravel_AreExcused()
    {
        var c = Austin(N.Lisbon, N.Lisbon, N.Austin);
        var travelling = c with
        {
            Candidate = c.Candidate! with { DeclaredTravel = [new DeclaredTravel { Country = "PT", From = DateOnly.FromDateTime(Start.UtcDateTime), To = DateOnly.FromDateTime(Start.AddDays(10).UtcDateTime) }] },
        };

        Assert.NotNull(Run(new IpGeolocationMismatchRule(), c).Finding(Geo));
        var excused = Run(new IpGeolocationMismatchRule(), travelling);
        Assert.Null(excused.Finding(Geo));
        Assert.False(excused.IsMissing(Geo));
    }

    [Fact]
    public void GeoMismatch_AnonymisedSessions_AreNotTakenAsLocations()
    {
        var a = Run(new IpGeolocationMismatchRule(), Austin(N.MullvadStockholm, N.HostingFrankfurt, N.AstrillNewYork));

        Assert.Null(a.Finding(Geo));
    }

    [Fact]
    public void GeoMismatch_AllowListedNetwork_SuppressesTheFinding()
    {
        Assert.NotNull(Run(new IpGeolocationMismatchRule(), Austin(N.Tokyo, N.Tokyo)).Finding(Geo));
        Assert.Null(Run(new IpGeolocationMismatchRule(), Austin(N.TokyoAllowListed, N.TokyoAllowListed)).Finding(Geo));
    }

    [Fact]
    public void GeoMismatch_EveryForeignCountryCountsAlike()
    {
        var strengths = new[] { N.Tokyo, N.Pyongyang, N.Beijing, N.Berlin, N.Toronto, N.Lisbon }
            .Select(ip => Run(new IpGeolocationMismatchRule(), Austin(ip, ip, N.Austin)).Finding(Geo)!.Strength)
            .Distinct()
            .ToList();

        Assert.Single(strengths);
    }

    [Fact]
    public void GeoMismatch_WithoutAClaimedCountry_IsMissing()
    {
        var c = Austin(N.Tokyo);
        var noCountry = c with { Candidate = c.Candidate! with { Residence = c.Candidate.Residence! with { Country = null } } };

        var a = Run(new IpGeolocationMismatchRule(), noCountry);

        Assert.Null(a.Finding(Geo));
        Assert.Contains(a.MissingSignals, m => m.Signal == "/candidate/residence/country" && m.Indicators.Contains(Geo));
    }

    [Fact]
    public void IpRules_WithoutIpIntelligence_ReportMissingNotClean()
    {
        var c = Austin(N.Tokyo, N.AstrillNewYork, N.DprkResidential);
        IRiskRule[] rules = [new IpGeolocationMismatchRule(), new AnonymousInfrastructureRule(), new NamedVpnProviderRule(), new ImpossibleTravelRule(), new DprkAddressSpaceRule()];

        foreach (var rule in rules)
        {
            var a = RuleHarness.Run(rule, c);
            var code = rule.Indicators.Single().Code;
            Assert.Empty(a.Findings);
            Assert.Contains(a.MissingSignals, m => m.Signal == "ipIntelligence" && m.Indicators.Contains(code));
        }
    }

    [Fact]
    public void IpRules_SessionWithoutAddress_IsReportedMissingForThatSession()
    {
        var c = Austin(N.Austin, null, "not-an-ip");

        var a = Run(new AnonymousInfrastructureRule(), c);

        Assert.Contains(a.MissingSignals, m => m.Signal == "/sessions/1/ipAddress" && m.Indicators.SequenceEqual([Anon]));
        Assert.Contains(a.MissingSignals, m => m.Signal == "/sessions/2/ipAddress");
        Assert.DoesNotContain(a.MissingSignals, m => m.Signal == "/sessions/0/ipAddress");
    }

    [Fact]
    public void IpRules_NoSessions_AreMissing()
    {
        var a = Run(new DprkAddressSpaceRule(), Austin());

        Assert.True(a.IsMissing(Dprk));
        Assert.Empty(a.Findings);
    }

    [Fact]
    public void AnonInfra_ShareOfAnonymisedSessions_IsTheStrength()
    {
        var f = Run(new AnonymousInfrastructureRule(), Austin(N.MullvadStockholm, N.HostingFrankfurt, N.Austin, N.Austin)).Finding(Anon)!;

        Assert.Equal(0.5, f.Strength, 9);
        Assert.Equal("198.51.100.64/26: anonymity.isVpn", f.Evidence[1].Observed);
        Assert.Equal("ipIntelligence:" + N.DatabaseName, f.Evidence[1].Pointer);
    }

    [Fact]
    public void AnonInfra_ResidentialSessions_EvaluatedAndClean()
    {
        var a = Run(new AnonymousInfrastructureRule(), Austin(N.Austin, N.Tokyo));

        Assert.Null(a.Finding(Anon));
        Assert.False(a.IsMissing(Anon));
    }

    [Fact]
    public void AnonInfra_TorExitList_Fires()
    {
        var f = Run(new AnonymousInfrastructureRule(), Austin(N.TorExit)).Finding(Anon)!;

        Assert.Equal(("ipList:tor.txt", "2001:db8:c::/48: list:tor-exit"), (f.Evidence[1].Pointer, f.Evidence[1].Observed));
    }

    [Fact]
    public void AnonInfra_AddressNoSourceKnows_IsMissingNotClean()
    {
        var a = Run(new AnonymousInfrastructureRule(), Austin("100.64.0.1"));

        Assert.Null(a.Finding(Anon));
        Assert.Contains(a.MissingSignals, m => m.Signal == "ipIntelligence:anonymity" && m.Indicators.Contains(Anon));
    }

    [Fact]
    public void Astrill_ProviderNamedByTheDatabase_FiresModeratelyBeforeHireAndFullyOnTheCorporateDevice()
    {
        var before = Run(new NamedVpnProviderRule(), Austin(N.AstrillNewYork)).Finding(Astrill)!;
        var corporate = Run(new NamedVpnProviderRule(), Austin([new Session { Timestamp = Start, IpAddress = N.AstrillNewYork, CorporateDevice = true }])).Finding(Astrill)!;

        Assert.Equal(0.6, before.Strength, 9);
        Assert.Equal(1.0, corporate.Strength, 9);
        Assert.Equal("198.51.100.0/26: anonymity.providerName=Astrill", before.Evidence[1].Observed);
    }

    [Fact]
    public void Astrill_ListLabelledAstrill_Fires()
    {
        var f = Run(new NamedVpnProviderRule(), Austin(N.AstrillListed)).Finding(Astrill)!;

        Assert.Equal(("ipList:astrill.txt", "2001:db8:a::/48: label astrill"), (f.Evidence[1].Pointer, f.Evidence[1].Observed));
    }

    [Fact]
    public void Astrill_OtherNamedProviders_FireOnlyWhenConfigured()
    {
        var c = Austin(N.ExampleVpnListed, N.MullvadStockholm);

        Assert.Null(Run(new NamedVpnProviderRule(), c).Finding(Astrill));
        Assert.NotNull(Run(new NamedVpnProviderRule(), c, o => o.Rules.NamedVpnProviders.Add("ExampleVPN")).Finding(Astrill));
        Assert.NotNull(Run(new NamedVpnProviderRule(), c, o => o.Rules.NamedVpnProviders.Add("mullvad")).Finding(Astrill));
    }

    [Fact]
    public void Astrill_ClientNamedByTheEndpoint_Fires()
    {
        var product = Run(new NamedVpnProviderRule(), Austin([new Session { Timestamp = Start, IpAddress = N.Austin, AnonymizerClient = "Astrill VPN" }])).Finding(Astrill)!;
        var other = Run(new NamedVpnProviderRule(), Austin([new Session { Timestamp = Start, IpAddress = N.Austin, AnonymizerClient = "Astrillion" }])).Finding(Astrill);

        Assert.Equal(("/sessions/0/anonymizerClient", "Astrill VPN"), (product.Evidence[0].Pointer, product.Evidence[0].Observed));
        Assert.Null(other);
    }

    [Fact]
    public void Astrill_OrdinarySessions_EvaluatedAndClean()
    {
        var a = Run(new NamedVpnProviderRule(), Austin(N.Austin, N.HostingFrankfurt));

        Assert.Null(a.Finding(Astrill));
        Assert.False(a.IsMissing(Astrill));
    }

    [Fact]
    public void ImpossibleTravel_FarApartWithinHours_Fires()
    {
        var c = Austin([new Session { Timestamp = Start, IpAddress = N.Austin }, new Session { Timestamp = Start.AddHours(2), IpAddress = N.Tokyo }]);

        var f = Run(new ImpossibleTravelRule(), c).Finding(Travel)!;

        Assert.Equal(1.0, f.Strength);
        Assert.StartsWith("Sessions 0 (Austin, US) and 1 (Tokyo, JP) were at least", f.Text, StringComparison.Ordinal);
        Assert.Equal(["/sessions/0/ipAddress", "ipIntelligence:" + N.DatabaseName, "/sessions/1/ipAddress", "ipIntelligence:" + N.DatabaseName, "/sessions"], f.Evidence.Select(e => e.Pointer));
    }

    [Fact]
    public void ImpossibleTravel_EnoughTimeToFly_DoesNotFire()
    {
        var c = Austin([new Session { Timestamp = Start, IpAddress = N.Austin }, new Session { Timestamp = Start.AddHours(20), IpAddress = N.Tokyo }]);

        var a = Run(new ImpossibleTravelRule(), c);

        Assert.Null(a.Finding(Travel));
        Assert.False(a.IsMissing(Travel));
    }

    [Fact]
    public void ImpossibleTravel_AccuracyRadiusIsSubtracted()
    {
        // Austin to Los Angeles (~1,975 km) in one hour is impossible at city accuracy, possible within a 1,000 km radius.
        Session[] Pair(string from) => [new Session { Timestamp = Start, IpAddress = from }, new Session { Timestamp = Start.AddHours(1), IpAddress = N.LosAngeles }];

        Assert.NotNull(Run(new ImpossibleTravelRule(), Austin(Pair(N.Austin))).Finding(Travel));
        Assert.Null(Run(new ImpossibleTravelRule(), Austin(Pair(N.AustinCountryLevel))).Finding(Travel));
    }

    [Fact]
    public void ImpossibleTravel_VpnHopsAndAllowListedEgress_AreSkipped()
    {
        var c = Austin(
        [
            new Session { Timestamp = Start, IpAddress = N.Austin },
            new Session { Timestamp = Start.AddMinutes(30), IpAddress = N.MullvadStockholm },
            new Session { Timestamp = Start.AddMinutes(60), IpAddress = N.TokyoAllowListed },
        ]);

        var a = Run(new ImpossibleTravelRule(), c);

        Assert.Null(a.Finding(Travel));
        Assert.Contains(a.MissingSignals, m => m.Signal == "/sessions" && m.Indicators.Contains(Travel));
    }

    [Fact]
    public void ImpossibleTravel_DeclaredTravelDoesNotExcusePhysics()
    {
        var c = Austin([new Session { Timestamp = Start, IpAddress = N.Austin }, new Session { Timestamp = Start.AddHours(2), IpAddress = N.Lisbon }]);
        var travelling = c with { Candidate = c.Candidate! with { DeclaredTravel = [new DeclaredTravel { Country = "PT", From = new DateOnly(2026, 10, 1), To = new DateOnly(2026, 10, 20) }] } };

        Assert.NotNull(Run(new ImpossibleTravelRule(), travelling).Finding(Travel));
    }

    [Fact]
    public void Dprk_AddressInTheAllocation_FiresStrongly()
    {
        var f = Run(new DprkAddressSpaceRule(), Austin(N.Austin, N.DprkResidential)).Finding(Dprk)!;

        Assert.Equal(1.0, f.Strength);
        Assert.Equal(("ipList:builtin:dprk-allocations", "175.45.176.0/22: label dprk-allocation"), (f.Evidence[1].Pointer, f.Evidence[1].Observed));
    }

    [Fact]
    public void Dprk_AllocationAddressThatIsVpnSpace_CountsHalf()
    {
        var f = Run(new DprkAddressSpaceRule(), Austin(N.DprkVpn)).Finding(Dprk)!;

        Assert.Equal(0.5, f.Strength);
        Assert.Contains("anonymising infrastructure", f.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Dprk_GeolocatedInNorthKoreaButOutsideTheAllocation_DoesNotFire()
    {
        // Geolocation country is not the allocation: only the registry list counts.
        var a = Run(new DprkAddressSpaceRule(), Austin(N.Pyongyang));

        Assert.Null(a.Finding(Dprk));
        Assert.False(a.IsMissing(Dprk));
    }
}
