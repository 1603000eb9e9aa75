using System.Net;
using System.Text;
using System.Text.Json;
using HireGuard.IpIntelligence;
using HireGuard.Tests.TestUtilities;

namespace HireGuard.Tests.IpIntelligence;

public sealed class MmdbReaderTests
{
    private static readonly string[] ProbeAddresses =
    [
        "1.1.1.1", "1.1.1.2", "1.1.1.3", "1.1.1.4", "1.1.1.8", "1.1.1.16", "1.1.1.32", "1.1.1.33",
        "128.128.128.128", "200.0.0.1", "81.2.69.160", "89.160.20.112", "2001:220::", "2001:220::1",
        "::1.1.1.1", "::ffff:1.1.1.1", "::1:ffff:ffff", "::2:0:58", "abcd::1", "0.0.0.0", "255.255.255.255",
    ];

    [RequiresFact(Prerequisite.SharedDataName)]
    public void Open_EveryValidTestDatabase_OpensAndVerifies()
    {
        var databases = MmdbTestFiles.ValidDatabases();

        Assert.True(databases.Count >= 39, $"expected the 36 valid test-data files and 3 valid bad-data files, found {databases.Count}");
        foreach (var path in databases)
        {
            using var reader = MmdbReader.Open(path);
            var networks = reader.VerifyCore();
            Assert.True(networks > 0, Path.GetFileName(path));
            foreach (var (network, position) in reader.EnumerateNetworks())
            {
                var found = reader.Find(network.BaseAddress);
                Assert.True(found.Found, $"{Path.GetFileName(path)} {network}");
                Assert.Equal(position, found.Position);
            }
        }
    }

    [RequiresFact(Prerequisite.SharedDataName)]
    public void Open_EveryCorruptDatabase_ThrowsOnlyInvalidDatabaseException()
    {
        foreach (var path in MmdbTestFiles.CorruptDatabases())
        {
            var failures = 0;
            foreach (var exception in Exercise(() => MmdbReader.Open(path)))
            {
                Assert.True(exception is InvalidDatabaseException, $"{Path.GetFileName(path)}: {exception}");
                failures++;
            }

            Assert.True(failures > 0, $"{Path.GetFileName(path)} was accepted everywhere");
        }
    }

    [RequiresFact(Prerequisite.SharedDataName)]
    public void Open_ValidEdgeCasesOfBadData_AnswerTest()
    {
        foreach (var name in MmdbTestFiles.ValidBadData)
        {
            using var reader = MmdbReader.Open(SharedData.PathOf("maxmind-test", "bad-data", "libmaxminddb", name));

            var record = reader.Find(IPAddress.Parse("1.1.1.1")).Decode();

            Assert.Equal("test", Assert.IsAssignableFrom<IReadOnlyDictionary<string, object>>(record)["ip"]);
        }
    }

    [RequiresFact(Prerequisite.SharedDataName)]
    public void Metadata_Uint64MaxEpoch_HasNoBuildDate()
    {
        using var reader = MmdbReader.Open(SharedData.PathOf("maxmind-test", "bad-data", "libmaxminddb", "libmaxminddb-uint64-max-epoch.mmdb"));

        Assert.Equal(ulong.MaxValue, reader.Metadata.BuildEpoch);
        Assert.Null(reader.Metadata.BuildDate);
    }

    [RequiresFact(Prerequisite.SharedDataName)]
    public void Metadata_Ipv424_MatchesFile()
    {
        using var reader = MmdbReader.Open(MmdbTestFiles.TestData("MaxMind-DB-test-ipv4-24.mmdb"));

        var metadata = reader.Metadata;

        Assert.Equal(2, metadata.BinaryFormatMajorVersion);
        Assert.Equal(0, metadata.BinaryFormatMinorVersion);
        Assert.Equal(163, metadata.NodeCount);
        Assert.Equal(24, metadata.RecordSize);
        Assert.Equal(4, metadata.IpVersion);
        Assert.Equal("Test", metadata.DatabaseType);
        Assert.Equal(["en", "zh"], metadata.Languages);
        Assert.Equal("Test Database", metadata.Description["en"]);
        Assert.Equal("Test Database Chinese", metadata.Description["zh"]);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1770245369), metadata.BuildDate);
    }

    [RequiresFact(Prerequisite.SharedDataName)]
    public void Metadata_WithPointers_Decodes()
    {
        using var reader = MmdbReader.Open(MmdbTestFiles.TestData("MaxMind-DB-test-metadata-pointers.mmdb"));

        Assert.All(reader.Metadata.Description.Values, d => Assert.Equal("Lots of pointers in metadata", d));
    }

    [RequiresTheory(Prerequisite.SharedDataName)]
    [InlineData("GeoIP2-City-Test.mmdb", "81.2.69.160", 27)]
    [InlineData("GeoIP2-City-Test.mmdb", "::ffff:81.2.69.160", 123)]
    [InlineData("GeoIP2-City-Test.mmdb", "2002:5102:45a0::1", 43)]
    [InlineData("GeoIP2-City-Test.mmdb", "216.160.83.56", 29)]
    [InlineData("GeoIP2-City-Test.mmdb", "175.16.199.0", 24)]
    [InlineData("GeoIP2-City-Test.mmdb", "89.160.20.112", 28)]
    [InlineData("GeoIP2-City-Test.mmdb", "2001:218::1", 32)]
    [InlineData("GeoIP2-City-Test.mmdb", "67.43.156.1", 24)]
    [InlineData("GeoIP2-City-Test.mmdb", "214.1.1.1", 24)]
    [InlineData("GeoLite2-City-Test.mmdb", "2.125.160.216", 29)]
    [InlineData("GeoIP2-Country-Test.mmdb", "2001:220::", 128)]
    [InlineData("GeoIP2-Country-Test.mmdb", "2001:220::1", 128)]
    [InlineData("GeoLite2-ASN-Test.mmdb", "1.128.0.0", 11)]
    [InlineData("GeoLite2-ASN-Test.mmdb", "12.81.92.1", 22)]
    [InlineData("GeoLite2-ASN-Test.mmdb", "12.81.96.1", 19)]
    [InlineData("GeoLite2-ASN-Test.mmdb", "2600:6000::1", 20)]
    [InlineData("GeoIP2-ISP-Test.mmdb", "1.128.0.0", 11)]
    [InlineData("GeoIP2-Anonymous-IP-Test.mmdb", "1.2.0.0", 16)]
    [InlineData("GeoIP2-Anonymous-IP-Test.mmdb", "1.124.213.1", 32)]
    [InlineData("GeoIP2-Anonymous-IP-Test.mmdb", "81.2.69.1", 24)]
    [InlineData("GeoIP2-Anonymous-IP-Test.mmdb", "71.160.223.5", 24)]
    [InlineData("GeoIP2-Anonymous-IP-Test.mmdb", "186.30.236.9", 24)]
    [InlineData("GeoIP2-Anonymous-IP-Test.mmdb", "65.0.0.1", 13)]
    [InlineData("GeoIP2-Anonymous-IP-Test.mmdb", "6.1.0.4", 32)]
    [InlineData("GeoIP2-Anonymous-IP-Test.mmdb", "2001:480:3a::1", 64)]
    [InlineData("GeoIP2-Anonymous-IP-Test.mmdb", "8.8.8.8", 7)]
    [InlineData("GeoIP-Anonymous-Plus-Test.mmdb", "1.2.0.1", 32)]
    [InlineData("GeoIP2-Connection-Type-Test.mmdb", "1.0.1.0", 24)]
    [InlineData("GeoIP2-Connection-Type-Test.mmdb", "201.243.200.1", 24)]
    [InlineData("GeoIP2-Connection-Type-Test.mmdb", "214.78.120.1", 22)]
    [InlineData("MaxMind-DB-test-ipv4-24.mmdb", "1.1.1.3", 31)]
    [InlineData("MaxMind-DB-test-mixed-32.mmdb", "1.1.1.1", 32)]
    [InlineData("MaxMind-DB-test-mixed-32.mmdb", "::ffff:1.1.1.3", 127)]
    [InlineData("MaxMind-DB-test-ipv6-28.mmdb", "::2:0:59", 127)]
    [InlineData("MaxMind-DB-no-ipv4-search-tree.mmdb", "1.1.1.1", 0)]
    [InlineData("MaxMind-DB-string-value-entries.mmdb", "1.1.1.4", 30)]
    public void Find_ReadmeExpectation_FoundWithPrefix(string database, string address, int prefix)
    {
        using var reader = MmdbReader.Open(MmdbTestFiles.TestData(database));

        var result = reader.Find(IPAddress.Parse(address));

        Assert.True(result.Found);
        Assert.Equal(prefix, result.PrefixLength);
        Assert.Equal(IpText.Mask(IPAddress.Parse(address), prefix), result.Network.BaseAddress);
    }

    [RequiresTheory(Prerequisite.SharedDataName)]
    [InlineData("GeoIP2-City-Test.mmdb", "10.0.0.1", 8)]
    [InlineData("GeoLite2-ASN-Test.mmdb", "8.8.8.8", 7)]
    [InlineData("GeoIP2-Anonymous-IP-Test.mmdb", "10.0.0.1", 8)]
    [InlineData("MaxMind-DB-test-ipv4-24.mmdb", "1.1.1.33", 32)]
    [InlineData("MaxMind-DB-test-ipv6-28.mmdb", "1.1.1.1", 8)]
    public void Find_ReadmeExpectation_NotFoundWithPrefix(string database, string address, int prefix)
    {
        using var reader = MmdbReader.Open(MmdbTestFiles.TestData(database));

        var result = reader.Find(IPAddress.Parse(address));

        Assert.False(result.Found);
        Assert.Equal(prefix, result.PrefixLength);
        Assert.Null(result.Decode());
    }

    [RequiresTheory(Prerequisite.SharedDataName)]
    [InlineData("81.2.69.160")]
    [InlineData("::ffff:81.2.69.160")]
    [InlineData("2002:5102:45a0::1")]
    public void TryCity_London_ReadsEveryField(string address)
    {
        using var reader = MmdbReader.Open(MmdbTestFiles.TestData("GeoIP2-City-Test.mmdb"));

        Assert.True(reader.TryCity(IPAddress.Parse(address), out var city));

        Assert.Equal("London", city.CityName.Value);
        Assert.Equal("GB", city.CountryIsoCode.Value);
        Assert.Equal("United Kingdom", city.CountryName.Value);
        Assert.Equal("US", city.RegisteredCountryIsoCode.Value);
        Assert.Equal("ENG", city.RegionIsoCode.Value);
        Assert.Equal("England", city.RegionName.Value);
        Assert.Equal("EU", city.ContinentCode.Value);
        Assert.Equal("Europe/London", city.TimeZone.Value);
        Assert.Equal(51.5142, city.Latitude);
        Assert.Equal(-0.0931, city.Longitude);
        Assert.Equal(100, city.AccuracyRadius);
        Assert.False(city.PostalCode.HasValue);
        Assert.True(city.CityName.Equals("London"));
        Assert.True(city.CityName.Utf8.SequenceEqual("London"u8));
    }

    [RequiresFact(Prerequisite.SharedDataName)]
    public void TryCity_ReadmeCities_MatchTable()
    {
        using var reader = MmdbReader.Open(MmdbTestFiles.TestData("GeoIP2-City-Test.mmdb"));
        using var lite = MmdbReader.Open(MmdbTestFiles.TestData("GeoLite2-City-Test.mmdb"));

        Assert.True(reader.TryCity(IPAddress.Parse("216.160.83.56"), out var milton));
        Assert.True(reader.TryCity(IPAddress.Parse("175.16.199.0"), out var changchun));
        Assert.True(reader.TryCity(IPAddress.Parse("89.160.20.112"), out var linkoping));
        Assert.True(reader.TryCity(IPAddress.Parse("2001:218::1"), out var japan));
        Assert.True(reader.TryCity(IPAddress.Parse("67.43.156.1"), out var bhutan));
        Assert.True(reader.TryCity(IPAddress.Parse("214.1.1.1"), out var anycast));
        Assert.False(reader.TryCity(IPAddress.Parse("10.0.0.1"), out _));
        Assert.True(lite.TryCity(IPAddress.Parse("2.125.160.216"), out var boxford));

        Assert.Equal(("Milton", "US", "WA", "98354", "America/Los_Angeles", 22), (milton.CityName.Value, milton.CountryIsoCode.Value, milton.RegionIsoCode.Value, milton.PostalCode.Value, milton.TimeZone.Value, milton.AccuracyRadius));
        Assert.Equal((47.2513, -122.3149), (milton.Latitude, milton.Longitude));
        Assert.Equal(("Changchun", "CN", "22", "Asia/Harbin"), (changchun.CityName.Value, changchun.CountryIsoCode.Value, changchun.RegionIsoCode.Value, changchun.TimeZone.Value));
        Assert.Equal((43.88, 125.3228), (changchun.Latitude, changchun.Longitude));
        Assert.Equal(("Linköping", "SE", "E", "Europe/Stockholm", 76, "DE"), (linkoping.CityName.Value, linkoping.CountryIsoCode.Value, linkoping.RegionIsoCode.Value, linkoping.TimeZone.Value, linkoping.AccuracyRadius, linkoping.RegisteredCountryIsoCode.Value));
        Assert.False(japan.CityName.HasValue);
        Assert.Equal(("JP", "Asia/Tokyo", 35.68536, 139.75309), (japan.CountryIsoCode.Value, japan.TimeZone.Value, japan.Latitude, japan.Longitude));
        Assert.Equal(("BT", "RO", "Asia/Thimphu", 534), (bhutan.CountryIsoCode.Value, bhutan.RegisteredCountryIsoCode.Value, bhutan.TimeZone.Value, bhutan.AccuracyRadius));
        Assert.False(anycast.CountryIsoCode.HasValue);
        Assert.Null(anycast.Latitude);
        Assert.Equal(("Boxford", "GB", "ENG", "OX1", "Europe/London", "FR"), (boxford.CityName.Value, boxford.CountryIsoCode.Value, boxford.RegionIsoCode.Value, boxford.PostalCode.Value, boxford.TimeZone.Value, boxford.RegisteredCountryIsoCode.Value));
    }

    [RequiresFact(Prerequisite.SharedDataName)]
    public void TryAsn_ReadmeRows_MatchTable()
    {
        using var reader = MmdbReader.Open(MmdbTestFiles.TestData("GeoLite2-ASN-Test.mmdb"));

        Assert.True(reader.TryAsn(IPAddress.Parse("1.128.0.0"), out var telstra));
        Assert.True(reader.TryAsn(IPAddress.Parse("12.81.92.1"), out var att));
        Assert.True(reader.TryAsn(IPAddress.Parse("12.81.96.1"), out var bare));
        Assert.True(reader.TryAsn(IPAddress.Parse("2600:6000::1"), out var merit));
        Assert.False(reader.TryAsn(IPAddress.Parse("8.8.8.8"), out _));

        Assert.Equal((1221L, "Telstra Pty Ltd", 11), (telstra.AutonomousSystemNumber, telstra.AutonomousSystemOrganization.Value, telstra.PrefixLength));
        Assert.Equal((7018L, "AT&T Services"), (att.AutonomousSystemNumber, att.AutonomousSystemOrganization.Value));
        Assert.Equal(7018, bare.AutonomousSystemNumber);
        Assert.False(bare.AutonomousSystemOrganization.HasValue);
        Assert.Equal((237L, "Merit Network Inc."), (merit.AutonomousSystemNumber, merit.AutonomousSystemOrganization.Value));
        Assert.Equal("2600:6000::/20", merit.Network.ToString());
    }

    [RequiresFact(Prerequisite.SharedDataName)]
    public void TryIsp_Telstra_ReadsAllFields()
    {
        using var reader = MmdbReader.Open(MmdbTestFiles.TestData("GeoIP2-ISP-Test.mmdb"));

        Assert.True(reader.TryIsp(IPAddress.Parse("1.128.0.0"), out var isp));

        Assert.Equal(1221, isp.AutonomousSystemNumber);
        Assert.Equal("Telstra Pty Ltd", isp.AutonomousSystemOrganization.Value);
        Assert.Equal("Telstra Internet", isp.Isp.Value);
        Assert.Equal("Telstra Internet", isp.Organization.Value);
    }

    [RequiresTheory(Prerequisite.SharedDataName)]
    [InlineData("1.0.1.0", "Cellular")]
    [InlineData("201.243.200.1", "Corporate")]
    [InlineData("214.78.120.1", "Satellite")]
    public void TryConnectionType_ReadmeRows_MatchTable(string address, string expected)
    {
        using var reader = MmdbReader.Open(MmdbTestFiles.TestData("GeoIP2-Connection-Type-Test.mmdb"));

        Assert.True(reader.TryConnectionType(IPAddress.Parse(address), out var connection));

        Assert.Equal(expected, connection.ConnectionType.Value);
    }

    [RequiresTheory(Prerequisite.SharedDataName)]
    [InlineData("1.2.0.0", "anonymous vpn")]
    [InlineData("1.124.213.1", "anonymous vpn tor")]
    [InlineData("81.2.69.1", "anonymous vpn hosting public residential tor")]
    [InlineData("71.160.223.5", "anonymous hosting")]
    [InlineData("186.30.236.9", "anonymous public")]
    [InlineData("65.0.0.1", "anonymous tor")]
    [InlineData("6.1.0.4", "anonymous residential")]
    [InlineData("2001:480:3a::1", "anonymous public")]
    [InlineData("8.8.8.8", "")]
    public void TryAnonymity_ReadmeRows_MatchTable(string address, string flags)
    {
        using var reader = MmdbReader.Open(MmdbTestFiles.TestData("GeoIP2-Anonymous-IP-Test.mmdb"));

        Assert.True(reader.TryAnonymity(IPAddress.Parse(address), out var a));

        var actual = string.Join(' ', new[]
        {
            a.IsAnonymous ? "anonymous" : null, a.IsAnonymousVpn ? "vpn" : null, a.IsHostingProvider ? "hosting" : null,
            a.IsPublicProxy ? "public" : null, a.IsResidentialProxy ? "residential" : null, a.IsTorExitNode ? "tor" : null,
        }.OfType<string>());
        Assert.Equal(flags, actual);
    }

    [RequiresFact(Prerequisite.SharedDataName)]
    public void TryAnonymity_AnonymousPlus_ReadsProviderConfidenceAndLastSeen()
    {
        using var reader = MmdbReader.Open(MmdbTestFiles.TestData("GeoIP-Anonymous-Plus-Test.mmdb"));

        Assert.True(reader.TryAnonymity(IPAddress.Parse("1.2.0.1"), out var a));

        Assert.True(a.IsAnonymous && a.IsAnonymousVpn);
        Assert.Equal("foo", a.ProviderName.Value);
        Assert.Equal(30, a.AnonymizerConfidence);
        Assert.Equal(new DateOnly(2025, 4, 14), a.NetworkLastSeen);
        Assert.Equal(32, a.PrefixLength);
    }

    [RequiresFact(Prerequisite.SharedDataName)]
    public void Decode_DecoderDatabase_ReturnsEveryType()
    {
        using var reader = MmdbReader.Open(MmdbTestFiles.TestData("MaxMind-DB-test-decoder.mmdb"));

        var record = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object>>(reader.Find(IPAddress.Parse("::1.1.1.0")).Decode());

        Assert.Equal(new List<object> { 1u, 2u, 3u }, record["array"]);
        Assert.Equal(true, record["boolean"]);
        Assert.Equal(new byte[] { 0, 0, 0, 42 }, record["bytes"]);
        Assert.Equal(42.123456, record["double"]);
        Assert.Equal(1.1f, record["float"]);
        Assert.Equal(-268435456, record["int32"]);
        var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object>>(Assert.IsAssignableFrom<IReadOnlyDictionary<string, object>>(record["map"])["mapX"]);
        Assert.Equal(new List<object> { 7u, 8u, 9u }, map["arrayX"]);
        Assert.Equal("hello", map["utf8_stringX"]);
        Assert.Equal((ushort)100, record["uint16"]);
        Assert.Equal(268435456u, record["uint32"]);
        Assert.Equal(1UL << 60, record["uint64"]);
        Assert.Equal(UInt128.One << 120, record["uint128"]);
        Assert.Equal("unicode! ☯ - ♫", record["utf8_string"]);
    }

    [RequiresFact(Prerequisite.SharedDataName)]
    public void Decode_DecoderDatabaseExtremes_ReturnZeroesAndMaxima()
    {
        using var reader = MmdbReader.Open(MmdbTestFiles.TestData("MaxMind-DB-test-decoder.mmdb"));

        var zero = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object>>(reader.Find(IPAddress.Parse("::0.0.0.0")).Decode());
        var max = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object>>(reader.Find(IPAddress.Parse("::255.255.255.255")).Decode());

        Assert.Empty(Assert.IsAssignableFrom<IReadOnlyList<object>>(zero["array"]));
        Assert.Empty(Assert.IsAssignableFrom<IReadOnlyDictionary<string, object>>(zero["map"]));
        Assert.Empty(Assert.IsType<byte[]>(zero["bytes"]));
        Assert.Equal(string.Empty, zero["utf8_string"]);
        Assert.Equal(false, zero["boolean"]);
        Assert.Equal(UInt128.Zero, zero["uint128"]);
        Assert.Equal(double.PositiveInfinity, max["double"]);
        Assert.Equal(float.PositiveInfinity, max["float"]);
        Assert.Equal(int.MaxValue, max["int32"]);
        Assert.Equal(ushort.MaxValue, max["uint16"]);
        Assert.Equal(uint.MaxValue, max["uint32"]);
        Assert.Equal(ulong.MaxValue, max["uint64"]);
        Assert.Equal(UInt128.MaxValue, max["uint128"]);
    }

    [RequiresFact(Prerequisite.SharedDataName)]
    public void WriteJson_DecoderDatabase_WritesExactIntegersBase64AndInfinity()
    {
        using var reader = MmdbReader.Open(MmdbTestFiles.TestData("MaxMind-DB-test-decoder.mmdb"));

        var json = Json(reader.Find(IPAddress.Parse("::255.255.255.255")));
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        Assert.Equal("340282366920938463463374607431768211455", root.GetProperty("uint128").GetRawText());
        Assert.Equal("18446744073709551615", root.GetProperty("uint64").GetRawText());
        Assert.Equal("Infinity", root.GetProperty("double").GetString());
        Assert.Equal("Infinity", root.GetProperty("float").GetString());
        Assert.Equal("AAAAKg==", JsonDocument.Parse(Json(reader.Find(IPAddress.Parse("::1.1.1.0")))).RootElement.GetProperty("bytes").GetString());
    }

    [RequiresFact(Prerequisite.SharedDataName)]
    public void Decode_NestedDatabase_ReadsDeepValues()
    {
        using var reader = MmdbReader.Open(MmdbTestFiles.TestData("MaxMind-DB-test-nested.mmdb"));

        var found = reader.EnumerateNetworks().First();
        var json = Json(reader.Find(found.Network.BaseAddress));

        Assert.Contains("\"map1\"", json, StringComparison.Ordinal);
        Assert.Contains("\"map3\"", json, StringComparison.Ordinal);
    }

    [RequiresFact(Prerequisite.SharedDataName)]
    public void Decode_MapsWithPointersBlob_FollowsPointers()
    {
        var blob = File.ReadAllBytes(MmdbTestFiles.TestData("maps-with-pointers.raw"));
        var expected = new[]
        {
            (0, "long_key", "long_value1"), (22, "long_key", "long_value2"), (37, "long_key2", "long_value1"),
            (50, "long_key2", "long_value2"), (55, "long_key", "long_value1"), (57, "long_key2", "long_value2"),
        };

        foreach (var (offset, key, value) in expected)
        {
            var decoded = DecodeBlob(blob, offset);

            Assert.Equal(value, Assert.IsAssignableFrom<IReadOnlyDictionary<string, object>>(decoded)[key]);
        }
    }

    [RequiresFact(Prerequisite.SharedDataName)]
    public void Find_NoIpv4SearchTree_EveryIpv4AddressHitsTheV6Record()
    {
        using var reader = MmdbReader.Open(MmdbTestFiles.TestData("MaxMind-DB-no-ipv4-search-tree.mmdb"));

        var v4 = reader.Find(IPAddress.Parse("200.1.2.3"));
        var mapped = reader.Find(IPAddress.Parse("::ffff:200.1.2.3"));

        Assert.Equal("::/64", v4.Decode());
        Assert.Equal("0.0.0.0/0", v4.Network.ToString());
        Assert.Equal(64, v4.TreeDepth);
        Assert.Equal("::/64", mapped.Decode());
        Assert.Equal(64, mapped.PrefixLength);
    }

    [RequiresFact(Prerequisite.SharedDataName)]
    public void Find_Ipv4MappedInIpv4Database_AnswersAsIpv4WithIpv6Prefix()
    {
        using var reader = MmdbReader.Open(MmdbTestFiles.TestData("MaxMind-DB-test-ipv4-24.mmdb"));

        var mapped = reader.Find(IPAddress.Parse("::ffff:1.1.1.3"));
        var other = reader.Find(IPAddress.Parse("2001:db8::1"));

        Assert.Equal("1.1.1.2", Assert.IsAssignableFrom<IReadOnlyDictionary<string, object>>(mapped.Decode())["ip"]);
        Assert.Equal(127, mapped.PrefixLength);
        Assert.Equal("::ffff:1.1.1.2/127", mapped.Network.ToString());
        Assert.False(other.Found);
    }

    [Fact]
    public void Find_Ipv4MappedInUnaliasedIpv6Database_AnswersAsIpv4()
    {
        var bytes = MmdbFixtures.Build(w => w.Insert(IPNetwork.Parse("1.2.3.0/24"), "v4"), o => o.AliasIPv4 = false);
        using var reader = MmdbReader.FromMemory(bytes);

        var v4 = reader.Find(IPAddress.Parse("1.2.3.4"));
        var mapped = reader.Find(IPAddress.Parse("::ffff:1.2.3.4"));
        var sixToFour = reader.Find(IPAddress.Parse("2002:102:304::1"));

        Assert.Equal("v4", v4.Decode());
        Assert.Equal(24, v4.PrefixLength);
        Assert.Equal("v4", mapped.Decode());
        Assert.Equal(120, mapped.PrefixLength);
        Assert.Equal("::ffff:1.2.3.0/120", mapped.Network.ToString());
        Assert.False(sixToFour.Found);
    }

    [RequiresFact(Prerequisite.SharedDataName)]
    public void Find_BrokenSearchTree_GoodPathsWorkAndCycleThrows()
    {
        using var reader = MmdbReader.Open(MmdbTestFiles.TestData("MaxMind-DB-test-broken-search-tree-24.mmdb"));

        Assert.True(reader.Find(IPAddress.Parse("1.1.1.1")).Found);
        Assert.True(reader.Find(IPAddress.Parse("1.1.1.2")).Found);
        var error = Assert.Throws<InvalidDatabaseException>(() => reader.Find(IPAddress.Parse("128.128.128.128")));
        Assert.Contains("128.128.128.128/32", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidDatabaseException>(reader.Verify);
    }

    [RequiresFact(Prerequisite.SharedDataName)]
    public void Find_BrokenPointers_ThrowsOnlyOnBrokenRecords()
    {
        using var reader = MmdbReader.Open(MmdbTestFiles.TestData("MaxMind-DB-test-broken-pointers-24.mmdb"));

        Assert.NotNull(reader.Find(IPAddress.Parse("1.1.1.1")).Decode());
        Assert.Throws<InvalidDatabaseException>(() => reader.Find(IPAddress.Parse("1.1.1.16")).Decode());
        Assert.Throws<InvalidDatabaseException>(() => reader.Find(IPAddress.Parse("1.1.1.32")).Decode());
    }

    [RequiresFact(Prerequisite.SharedDataName)]
    public void TryCity_BrokenDoubleFormat_Throws()
    {
        using var reader = MmdbReader.Open(MmdbTestFiles.TestData("GeoIP2-City-Test-Broken-Double-Format.mmdb"));

        Assert.Throws<InvalidDatabaseException>(() => reader.Find(IPAddress.Parse("2001:220::")).Decode());
        Assert.Throws<InvalidDatabaseException>(() => reader.TryCity(IPAddress.Parse("89.160.20.112"), out _));
    }

    [RequiresFact(Prerequisite.SharedDataName)]
    public void Open_InvalidNodeCount_ThrowsAtOpen()
    {
        var error = Assert.Throws<InvalidDatabaseException>(() => MmdbReader.Open(MmdbTestFiles.TestData("GeoIP2-City-Test-Invalid-Node-Count.mmdb")));

        Assert.Contains("node_count", error.Message, StringComparison.Ordinal);
    }

    [RequiresFact(Prerequisite.SharedDataName)]
    public void FromMemory_SameBytesAsFile_AnswersIdentically()
    {
        var path = MmdbTestFiles.TestData("GeoIP2-City-Test.mmdb");
        using var mapped = MmdbReader.Open(path);
        using var loaded = MmdbReader.Load(path);
        using var memory = MmdbReader.FromMemory(File.ReadAllBytes(path));

        foreach (var (network, _) in mapped.EnumerateNetworks())
        {
            var expected = Json(mapped.Find(network.BaseAddress));

            Assert.Equal(expected, Json(loaded.Find(network.BaseAddress)));
            Assert.Equal(expected, Json(memory.Find(network.BaseAddress)));
        }
    }

    [Fact]
    public void Find_WrongAddressLength_ThrowsArgumentException()
    {
        using var reader = MmdbReader.FromMemory(MmdbFixtures.Build(w => w.Insert(IPNetwork.Parse("1.0.0.0/8"), "x")));

        Assert.Throws<ArgumentException>(() => reader.Find(new byte[5]));
        Assert.Throws<ArgumentNullException>(() => reader.Find((IPAddress)null!));
    }

    [Fact]
    public void Find_AfterDispose_ThrowsObjectDisposed()
    {
        var reader = MmdbReader.FromMemory(MmdbFixtures.Build(w => w.Insert(IPNetwork.Parse("1.0.0.0/8"), "x")));
        var found = reader.Find(IPAddress.Parse("1.2.3.4"));
        Assert.True(reader.TryCity(IPAddress.Parse("1.2.3.4"), out var city));

        reader.Dispose();

        Assert.Throws<ObjectDisposedException>(() => reader.Find(IPAddress.Parse("1.2.3.4")));
        Assert.Throws<ObjectDisposedException>(() => found.Decode());
        Assert.Null(city.CityName.Value);
    }

    [Fact]
    public void Open_EmptyOrGarbageFile_ThrowsInvalidDatabase()
    {
        var path = Path.Combine(Path.GetTempPath(), $"hireguard-empty-{Environment.ProcessId}.mmdb");
        File.WriteAllBytes(path, []);
        try
        {
            Assert.Throws<InvalidDatabaseException>(() => MmdbReader.Open(path));
            Assert.Throws<InvalidDatabaseException>(() => MmdbReader.FromMemory(Encoding.UTF8.GetBytes("not an mmdb file")));
            Assert.Throws<InvalidDatabaseException>(() => MmdbReader.FromMemory(Array.Empty<byte>()));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Open_MissingFile_ThrowsFileNotFound()
    {
        Assert.Throws<FileNotFoundException>(() => MmdbReader.Open(Path.Combine(Path.GetTempPath(), "hireguard-does-not-exist.mmdb")));
    }

    /// <summary>Runs every read a user can do against a database and returns the exceptions raised.</summary>
    internal static List<Exception> Exercise(Func<MmdbReader> open)
    {
        var exceptions = new List<Exception>();
        MmdbReader reader;
        try
        {
            reader = open();
        }
        catch (Exception e)
        {
            exceptions.Add(e);
            return exceptions;
        }

        using (reader)
        {
            foreach (var text in ProbeAddresses)
            {
                var address = IPAddress.Parse(text);
                Capture(() => reader.Find(address).Decode());
                Capture(() => Json(reader.Find(address)));
                Capture(() => reader.TryCity(address, out var c) ? c.CityName.Value : null);
                Capture(() => reader.TryAnonymity(address, out var a) ? a.ProviderName.Value : null);
                Capture(() => reader.TryAsn(address, out var a) ? a.AutonomousSystemOrganization.Value : null);
            }

            Capture(() =>
            {
                reader.Verify();
                return null;
            });
            Capture(() =>
            {
                foreach (var (network, _) in reader.EnumerateNetworks().Take(10_000))
                {
                    reader.Find(network.BaseAddress).Decode();
                }

                return null;
            });
        }

        return exceptions;

        void Capture(Func<object?> action)
        {
            try
            {
                action();
            }
            catch (Exception e)
            {
                exceptions.Add(e);
            }
        }
    }

    internal static string Json(MmdbLookupResult result)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            result.WriteJson(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static object DecodeBlob(byte[] blob, int offset) => MmdbDecoder.DecodeStandalone(blob, offset);
}
