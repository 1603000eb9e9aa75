using System.Net;
using System.Security.Cryptography;
using HireGuard.IpIntelligence;
using HireGuard.Tests.TestUtilities;
using Microsoft.Extensions.Options;

namespace HireGuard.Tests.IpIntelligence;

public sealed class IpIntelligenceServiceTests : IDisposable
{
    private readonly TemporaryDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [RequiresFact(Prerequisite.SharedDataName)]
    public void Lookup_MaxMindTestDatabases_CombinesLocationOwnerAnonymityAndLists()
    {
        var egress = WriteList("egress.txt", "81.2.69.0/24\n");
        using var service = new IpIntelligenceBuilder()
            .AddDatabase(MmdbTestFiles.TestData("GeoIP2-City-Test.mmdb"))
            .AddDatabase(MmdbTestFiles.TestData("GeoIP2-ISP-Test.mmdb"))
            .AddDatabase(MmdbTestFiles.TestData("GeoIP2-Connection-Type-Test.mmdb"))
            .AddDatabase(MmdbTestFiles.TestData("GeoIP2-Anonymous-IP-Test.mmdb"))
            .AddAllowList(egress, "corporate-egress")
            .Build();

        var result = service.Lookup(IPAddress.Parse("81.2.69.160"));

        Assert.True(IPNetwork.Parse(result.Network!).Contains(IPAddress.Parse("81.2.69.160")) && IPNetwork.Parse(result.Network!).PrefixLength >= 27, result.Network);
        Assert.Equal(("GB", "ENG", "London", "Europe/London", "US"), (result.Geolocation!.CountryCode, result.Geolocation.RegionCode, result.Geolocation.City, result.Geolocation.TimeZone, result.Geolocation.RegisteredCountryCode));
        Assert.Equal((51.5142, -0.0931, 100), (result.Geolocation.Latitude, result.Geolocation.Longitude, result.Geolocation.AccuracyRadiusKm));
        Assert.Equal("GeoIP2-City", result.Geolocation.Source);
        Assert.Equal("81.2.69.160/27", result.Geolocation.Network);
        var anonymity = result.Anonymity!;
        Assert.True(anonymity.IsAnonymous && anonymity.IsVpn && anonymity.IsHosting && anonymity.IsPublicProxy && anonymity.IsResidentialProxy && anonymity.IsTorExit);
        Assert.Equal("GeoIP2-Anonymous-IP", anonymity.Source);
        Assert.Equal("81.2.69.0/24", anonymity.Network);
        var match = Assert.Single(result.ListMatches);
        Assert.Equal(new IpListMatch("corporate-egress", "egress.txt", "81.2.69.0/24", true), match);
        Assert.True(result.IsAllowListed);
        Assert.Empty(result.Warnings);
    }

    [RequiresFact(Prerequisite.SharedDataName)]
    public void Lookup_OwnerDatabases_FillFieldsInOrder()
    {
        using var service = new IpIntelligenceBuilder()
            .AddDatabase(MmdbTestFiles.TestData("GeoLite2-ASN-Test.mmdb"))
            .AddDatabase(MmdbTestFiles.TestData("GeoIP2-ISP-Test.mmdb"))
            .Build();

        var owner = service.Lookup(IPAddress.Parse("1.128.0.0")).Owner!;

        Assert.Equal((1221L, "Telstra Pty Ltd", "Telstra Internet", "Telstra Internet"), (owner.Asn, owner.AsOrganization, owner.Isp, owner.Organization));
        Assert.Equal("GeoLite2-ASN, GeoIP2-ISP", owner.Source);
        Assert.Equal("1.128.0.0/11", owner.Network);
    }

    [RequiresFact(Prerequisite.SharedDataName)]
    public void Lookup_AnonymousPlus_ReportsProvider()
    {
        using var service = new IpIntelligenceBuilder().AddDatabase(MmdbTestFiles.TestData("GeoIP-Anonymous-Plus-Test.mmdb")).Build();

        var anonymity = service.Lookup(IPAddress.Parse("1.2.0.1")).Anonymity!;

        Assert.Equal(("foo", 30, new DateOnly(2025, 4, 14)), (anonymity.ProviderName, anonymity.AnonymizerConfidence, anonymity.NetworkLastSeen));
        Assert.True(anonymity.IsVpn);
    }

    [RequiresFact(Prerequisite.SharedDataName)]
    public void Lookup_AnonymityDatabaseWithEmptyRecord_IsCleanNotMissing()
    {
        using var service = new IpIntelligenceBuilder().AddDatabase(MmdbTestFiles.TestData("GeoIP2-Anonymous-IP-Test.mmdb")).Build();

        var clean = service.Lookup(IPAddress.Parse("8.8.8.8"));
        var unknown = service.Lookup(IPAddress.Parse("10.0.0.1"));

        Assert.NotNull(clean.Anonymity);
        Assert.False(clean.Anonymity.IsAnonymous);
        Assert.Null(unknown.Anonymity);
    }

    [RequiresFact(Prerequisite.SharedDataName)]
    public void Lookup_CorruptRegion_BecomesAWarningAndOtherSourcesAnswer()
    {
        var list = WriteList("vpn.txt", "1.1.1.16/32\n");
        using var service = new IpIntelligenceBuilder()
            .AddDatabase(MmdbTestFiles.TestData("MaxMind-DB-test-broken-pointers-24.mmdb"), d => d.Name = "broken")
            .AddList(list, "vpn")
            .Build();

        var result = service.Lookup(IPAddress.Parse("1.1.1.16"));

        var warning = Assert.Single(result.Warnings);
        Assert.StartsWith("broken: ", warning, StringComparison.Ordinal);
        Assert.Equal("vpn", Assert.Single(result.ListMatches).Label);
    }

    [Fact]
    public void Lookup_LocationDatabases_FirstValueWinsPerField()
    {
        var coarse = WriteDatabase("coarse.mmdb", "GeoIP2-Country", w => w.Insert(IPNetwork.Parse("192.0.2.0/24"), GeoRecord(country: "DE", city: null)));
        var fine = WriteDatabase("fine.mmdb", "GeoIP2-City", w => w.Insert(IPNetwork.Parse("192.0.2.0/26"), GeoRecord(country: "FR", city: "Paris")));
        using var service = new IpIntelligenceBuilder().AddDatabase(coarse, d => d.Name = "coarse").AddDatabase(fine, d => d.Name = "fine").Build();

        var result = service.Lookup(IPAddress.Parse("192.0.2.1"));

        Assert.Equal(("DE", "Paris"), (result.Geolocation!.CountryCode, result.Geolocation.City));
        Assert.Equal("coarse, fine", result.Geolocation.Source);
        Assert.Equal("192.0.2.0/24", result.Geolocation.Network);
        Assert.Equal("192.0.2.0/26", result.Network);
    }

    [Fact]
    public void Lookup_AnonymityDatabases_FlagsAreOred()
    {
        var vpn = WriteDatabase("a.mmdb", "GeoIP2-Anonymous-IP", w => w.Insert(IPNetwork.Parse("198.51.100.0/24"), new Dictionary<string, object> { ["is_anonymous_vpn"] = true }));
        var tor = WriteDatabase("b.mmdb", "GeoIP2-Anonymous-IP", w => w.Insert(IPNetwork.Parse("198.51.100.0/24"), new Dictionary<string, object> { ["is_tor_exit_node"] = true, ["provider_name"] = "Astrill" }));
        using var service = new IpIntelligenceBuilder().AddDatabase(vpn, d => d.Name = "a").AddDatabase(tor, d => d.Name = "b").Build();

        var anonymity = service.Lookup(IPAddress.Parse("198.51.100.9")).Anonymity!;

        Assert.True(anonymity.IsVpn && anonymity.IsTorExit && anonymity.IsAnonymous);
        Assert.Equal("Astrill", anonymity.ProviderName);
        Assert.Equal("a, b", anonymity.Source);
    }

    [Fact]
    public void Lookup_FlatIpinfoStyleDatabase_MapsThroughFieldPaths()
    {
        var path = WriteDatabase("ipinfo.mmdb", "ipinfo standard_location.mmdb", w => w.Insert(
            IPNetwork.Parse("203.0.113.0/24"),
            new Dictionary<string, object>
            {
                ["city"] = "Tokyo",
                ["region"] = "Tokyo",
                ["country"] = "JP",
                ["latitude"] = "35.6895",
                ["longitude"] = "139.69171",
                ["timezone"] = "Asia/Tokyo",
                ["asn"] = "AS2516",
                ["as_name"] = "KDDI",
            }));
        using var service = new IpIntelligenceBuilder().AddDatabase(path, d => d.FieldPaths["PostalCode"] = "zip").Build();

        var result = service.Lookup(IPAddress.Parse("203.0.113.7"));

        Assert.Equal(("JP", "Tokyo", "Tokyo", "Asia/Tokyo"), (result.Geolocation!.CountryCode, result.Geolocation.City, result.Geolocation.RegionName, result.Geolocation.TimeZone));
        Assert.Equal((35.6895, 139.69171), (result.Geolocation.Latitude, result.Geolocation.Longitude));
        Assert.Null(result.Owner);
    }

    [Fact]
    public void Lookup_FlatDatabaseWithOwnerRole_ReadsAsnWithPrefix()
    {
        var path = WriteDatabase("lite.mmdb", "ipinfo lite.mmdb", w => w.Insert(
            IPNetwork.Parse("203.0.113.0/24"),
            new Dictionary<string, object> { ["asn"] = "AS2516", ["as_name"] = "KDDI", ["country_code"] = "JP", ["country"] = "Japan" }));
        using var service = new IpIntelligenceBuilder().AddDatabase(path).Build();

        var result = service.Lookup(IPAddress.Parse("203.0.113.7"));

        Assert.Equal((2516L, "KDDI"), (result.Owner!.Asn, result.Owner.AsOrganization));
        Assert.Equal("JP", result.Geolocation!.CountryCode);
    }

    [Fact]
    public void Lookup_ListDatabaseFromIpBuild_ReportsLabels()
    {
        var path = WriteDatabase("lists.mmdb", "HireGuard-IP-Lists", w =>
        {
            w.Insert(IPNetwork.Parse("192.0.2.0/24"), new Dictionary<string, object> { ["labels"] = new[] { "astrill" } }, MmdbMergeStrategy.MergeDeep);
            w.Insert(IPNetwork.Parse("192.0.2.0/28"), new Dictionary<string, object> { ["allow_labels"] = new[] { "corporate-egress" } }, MmdbMergeStrategy.MergeDeep);
        });
        using var service = new IpIntelligenceBuilder().AddDatabase(path, d => d.Name = "lists").Build();

        var result = service.Lookup(IPAddress.Parse("192.0.2.3"));

        Assert.Equal(
            [new IpListMatch("astrill", "lists", "192.0.2.0/28", false), new IpListMatch("corporate-egress", "lists", "192.0.2.0/28", true)],
            result.ListMatches.Where(m => m.ListName == "lists"));
        Assert.True(result.IsAllowListed);
        Assert.Null(result.Geolocation);
    }

    [Theory]
    [InlineData("175.45.176.9", null)]
    [InlineData("::ffff:175.45.176.9", "175.45.176.9")]
    [InlineData("2002:af2d:b009::1", "175.45.176.9")]
    [InlineData("2001:0:4136:e378:8000:63bf:50d2:4ff6", "175.45.176.9")]
    public void Lookup_DprkSpaceThroughAnyEncoding_MatchesTheBuiltInList(string address, string? lookupAddress)
    {
        using var service = IpIntelligenceService.Create(new IpIntelligenceOptions());

        var result = service.Lookup(IPAddress.Parse(address));

        var match = Assert.Single(result.ListMatches);
        Assert.Equal((DprkAddressSpace.Label, "175.45.176.0/22"), (match.Label, match.Network));
        Assert.Equal(lookupAddress, result.LookupAddress);
    }

    [Fact]
    public void Lookup_DecodingDisabled_Leaves6to4AndTeredoAlone()
    {
        using var service = IpIntelligenceService.Create(new IpIntelligenceOptions { Decode6to4 = false, DecodeTeredo = false });

        Assert.False(service.Lookup(IPAddress.Parse("2002:af2d:b009::1")).Found);
        Assert.False(service.Lookup(IPAddress.Parse("2001:0:4136:e378:8000:63bf:50d2:4ff6")).Found);
        Assert.Same(IpIntelligenceResult.NotFound, service.Lookup(IPAddress.Parse("2001:db8::1")));
    }

    [Fact]
    public void Sources_ReportBuildDatesHashesAndCounts()
    {
        var database = WriteDatabase("geo.mmdb", "GeoIP2-City", w => w.Insert(IPNetwork.Parse("192.0.2.0/24"), GeoRecord("DE", "Berlin")));
        var list = WriteList("tor.txt", "198.51.100.1\n198.51.100.2\n");
        using var service = new IpIntelligenceBuilder()
            .AddDatabase(database)
            .AddList(list, "tor-exit")
            .Configure(o => o.VerifyDatabases = true)
            .Build();

        var sources = service.Sources;

        Assert.Equal(3, sources.Count);
        Assert.Equal(("GeoIP2-City", "mmdb", MmdbFixtures.BuildTime, 1L), (sources[0].Name, sources[0].Kind, sources[0].BuildDate!.Value, sources[0].Records!.Value));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(database))), sources[0].Sha256);
        Assert.Equal(("tor.txt", "ip-list", 2L), (sources[1].Name, sources[1].Kind, sources[1].Records!.Value));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(list))), sources[1].Sha256);
        Assert.Equal(DprkAddressSpace.ListName, sources[2].Name);
    }

    [Fact]
    public async Task Reload_WhileOtherThreadsLookUp_NeverFailsAndSwapsAtomically()
    {
        var path = _temp.File("city.mmdb");
        WriteGeneration(path, 0);
        using var service = new IpIntelligenceBuilder().AddDatabase(path).Configure(o => o.IncludeDprkAddressSpace = false).Build();
        var errors = new List<Exception>();
        var seen = new HashSet<string>();
        var lookups = 0;
        using var stop = new CancellationTokenSource();
        var workers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            var address = IPAddress.Parse("192.0.2.10");
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var geo = service.Lookup(address).Geolocation!;
                    Assert.Equal(geo.City, "City " + geo.CountryCode);
                    lock (seen)
                    {
                        seen.Add(geo.City!);
                    }

                    Interlocked.Increment(ref lookups);
                }
                catch (Exception e)
                {
                    lock (errors)
                    {
                        errors.Add(e);
                    }
                }
            }
        })).ToArray();

        for (var generation = 1; generation <= 25; generation++)
        {
            // Let the workers look up against every generation (bounded, in case they stall).
            var target = Volatile.Read(ref lookups) + 20;
            for (var spin = 0; spin < 2_000 && Volatile.Read(ref lookups) < target; spin++)
            {
                Thread.Sleep(1);
            }

            WriteGeneration(path, generation);
            service.Reload();
        }

        stop.Cancel();
        await Task.WhenAll(workers);

        Assert.Empty(errors);
        Assert.Equal("City 25", service.Lookup(IPAddress.Parse("192.0.2.10")).Geolocation!.City);
        Assert.True(seen.Count >= 10, string.Join(", ", seen));
    }

    [Fact]
    public void ReloadIfChanged_OnlyWhenAFileChanged()
    {
        var path = _temp.File("city.mmdb");
        WriteGeneration(path, 1);
        using var service = new IpIntelligenceBuilder().AddDatabase(path).Build();

        Assert.False(service.ReloadIfChanged());
        WriteGeneration(path, 2, extraNetworks: 3);

        Assert.True(service.ReloadIfChanged());
        Assert.Equal("City 2", service.Lookup(IPAddress.Parse("192.0.2.10")).Geolocation!.City);
        Assert.False(service.ReloadIfChanged());
    }

    [Fact]
    public void Reload_CorruptReplacement_KeepsTheOldDataAndThrows()
    {
        var path = _temp.File("city.mmdb");
        WriteGeneration(path, 1);
        using var service = new IpIntelligenceBuilder().AddDatabase(path).Build();

        // Replace atomically, as documented (never truncate a mapped file in place).
        File.WriteAllBytes(path + ".new", [1, 2, 3]);
        File.Move(path + ".new", path, overwrite: true);

        Assert.Throws<InvalidDatabaseException>(service.Reload);
        Assert.Equal("City 1", service.Lookup(IPAddress.Parse("192.0.2.10")).Geolocation!.City);
    }

    [Fact]
    public void ReloadCheckInterval_TimerFires_ReloadsChangedFiles()
    {
        var path = _temp.File("city.mmdb");
        WriteGeneration(path, 1);
        var clock = new ManualTimeProvider();
        using var service = new IpIntelligenceBuilder()
            .AddDatabase(path)
            .Configure(o => o.ReloadCheckInterval = TimeSpan.FromMinutes(5))
            .WithTimeProvider(clock)
            .Build();

        WriteGeneration(path, 2, extraNetworks: 2);
        clock.FireTimers();

        Assert.Equal(TimeSpan.FromMinutes(5), clock.LastPeriod);
        Assert.Equal("City 2", service.Lookup(IPAddress.Parse("192.0.2.10")).Geolocation!.City);
    }

    [Fact]
    public void Create_InvalidOptions_ListsEveryFailure()
    {
        var options = new IpIntelligenceOptions { IncludeDprkAddressSpace = false, ReloadCheckInterval = TimeSpan.FromDays(2) };
        options.Lists.Add(new IpListOptions { Path = "a.txt", Label = "Bad Label" });
        options.Lists.Add(new IpListOptions { Path = "b.txt", Label = "ok", Name = "dup" });
        options.Databases.Add(new MmdbDatabaseOptions { Path = string.Empty, Name = "dup" });
        options.Databases[0].FieldPaths["NoSuchField"] = "x";

        var error = Assert.Throws<OptionsValidationException>(() => IpIntelligenceService.Create(options));

        Assert.Contains(error.Failures, f => f.Contains("Path", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("Label", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("used twice", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("NoSuchField", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("ReloadCheckInterval", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_NoSources_FailsValidation()
    {
        var error = Assert.Throws<OptionsValidationException>(() => IpIntelligenceService.Create(new IpIntelligenceOptions { IncludeDprkAddressSpace = false }));

        Assert.Contains("at least one", Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_MissingFileOrBadList_ThrowsDocumentedExceptions()
    {
        var badList = WriteList("bad.txt", "not-an-address\n");

        Assert.Throws<FileNotFoundException>(() => new IpIntelligenceBuilder().AddDatabase(_temp.File("missing.mmdb")).Build());
        Assert.Throws<IpListFormatException>(() => new IpIntelligenceBuilder().AddList(badList, "vpn").Build());
    }

    [Fact]
    public void Build_Twice_Throws()
    {
        var builder = new IpIntelligenceBuilder();
        using var service = builder.Build();

        Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Throws<InvalidOperationException>(() => builder.AddList("x", "x"));
    }

    [Fact]
    public void Lookup_AfterDispose_ThrowsObjectDisposed()
    {
        var service = IpIntelligenceService.Create(new IpIntelligenceOptions());
        service.Dispose();

        Assert.Throws<ObjectDisposedException>(() => service.Lookup(IPAddress.Loopback));
        Assert.Throws<ObjectDisposedException>(service.Reload);
        Assert.Throws<ArgumentNullException>(() => IpIntelligenceService.Create(null!));
    }

    [Fact]
    public void Create_OptionsChangedAfterwards_HaveNoEffect()
    {
        var list = WriteList("vpn.txt", "198.51.100.0/24\n");
        var options = new IpIntelligenceOptions { IncludeDprkAddressSpace = false };
        options.Lists.Add(new IpListOptions { Path = list, Label = "vpn" });
        using var service = IpIntelligenceService.Create(options);

        options.Lists.Clear();
        service.Reload();

        Assert.Single(service.Lookup(IPAddress.Parse("198.51.100.1")).ListMatches);
    }

    private static Dictionary<string, object> GeoRecord(string country, string? city)
    {
        var record = new Dictionary<string, object>
        {
            ["country"] = new Dictionary<string, object> { ["iso_code"] = country },
            ["location"] = new Dictionary<string, object> { ["latitude"] = 1.5, ["longitude"] = 2.5, ["time_zone"] = "Etc/UTC" },
        };
        if (city is not null)
        {
            record["city"] = new Dictionary<string, object> { ["names"] = new Dictionary<string, object> { ["en"] = city } };
        }

        return record;
    }

    private static void WriteGeneration(string path, int generation, int extraNetworks = 0)
    {
        var writer = new MmdbWriter(new MmdbWriterOptions { DatabaseType = "GeoIP2-City", BuildTime = MmdbFixtures.BuildTime.AddDays(generation) });
        writer.Insert(IPNetwork.Parse("192.0.2.0/24"), GeoRecord(country: generation.ToString(System.Globalization.CultureInfo.InvariantCulture), city: "City " + generation));
        for (var i = 0; i < extraNetworks; i++)
        {
            writer.Insert(new IPNetwork(IpText.FromNumber((uint)(10 + i) << 24, 32), 8), GeoRecord("XX", "Extra"));
        }

        writer.Write(path);
    }

    private string WriteDatabase(string name, string databaseType, Action<MmdbWriter> fill)
    {
        var path = _temp.File(name);
        var writer = new MmdbWriter(new MmdbWriterOptions { DatabaseType = databaseType, BuildTime = MmdbFixtures.BuildTime });
        fill(writer);
        writer.Write(path);
        return path;
    }

    private string WriteList(string name, string text)
    {
        var path = _temp.File(name);
        File.WriteAllText(path, text);
        return path;
    }
}
