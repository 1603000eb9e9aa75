using System.Net;
using HireGuard.IpIntelligence;
using HireGuard.Tests.IpIntelligence;

namespace HireGuard.Tests.Rules;

/// <summary>
/// A real MMDB (written with <see cref="MmdbWriter"/> to a temporary directory) answering location
/// and anonymity, plus labelled lists and an allow-list, served by a real
/// <see cref="IpIntelligenceService"/>. Documentation ranges only.
/// </summary>
public sealed class NetworkFixture : IDisposable
{
    public const string DatabaseName = "fixture-geo";

    // Residential, located sessions.
    public const string Austin = "192.0.2.10";
    public const string AustinCountryLevel = "192.0.2.40";
    public const string LosAngeles = "192.0.2.70";
    public const string Toronto = "192.0.2.130";
    public const string Lisbon = "192.0.2.200";
    public const string Tokyo = "203.0.113.10";
    public const string Pyongyang = "203.0.113.70";
    public const string Beijing = "203.0.113.130";
    public const string Berlin = "203.0.113.200";

    // Anonymising infrastructure.
    public const string AstrillNewYork = "198.51.100.10";
    public const string MullvadStockholm = "198.51.100.70";
    public const string HostingFrankfurt = "198.51.100.130";

    // Lists.
    public const string AstrillListed = "2001:db8:a::1";
    public const string ExampleVpnListed = "2001:db8:b::1";
    public const string TorExit = "2001:db8:c::1";
    public const string TokyoAllowListed = "203.0.113.40";

    // DPRK allocation (built-in list).
    public const string DprkResidential = "175.45.176.9";
    public const string DprkVpn = "175.45.177.9";

    private readonly TemporaryDirectory _temp = new();

    public NetworkFixture()
    {
        DatabasePath = _temp.File("fixture.mmdb");
        var writer = new MmdbWriter(new MmdbWriterOptions { DatabaseType = "HireGuard-Test", BuildTime = MmdbFixtures.BuildTime });
        Add(writer, "192.0.2.0/27", Place("US", "TX", "Austin", 30.2672, -97.7431, 20, "America/Chicago"));
        Add(writer, "192.0.2.32/27", Place("US", "TX", "Austin", 30.2672, -97.7431, 1000, "America/Chicago"));
        Add(writer, "192.0.2.64/26", Place("US", "CA", "Los Angeles", 34.0522, -118.2437, 20, "America/Los_Angeles"));
        Add(writer, "192.0.2.128/26", Place("CA", "ON", "Toronto", 43.6532, -79.3832, 20, "America/Toronto"));
        Add(writer, "192.0.2.192/26", Place("PT", "11", "Lisbon", 38.7223, -9.1393, 20, "Europe/Lisbon"));
        Add(writer, "203.0.113.0/26", Place("JP", "13", "Tokyo", 35.6762, 139.6503, 20, "Asia/Tokyo"));
        Add(writer, "203.0.113.64/26", Place("KP", "01", "Pyongyang", 39.0392, 125.7625, 20, "Asia/Pyongyang"));
        Add(writer, "203.0.113.128/26", Place("CN", "BJ", "Beijing", 39.9042, 116.4074, 20, "Asia/Shanghai"));
        Add(writer, "203.0.113.192/26", Place("DE", "BE", "Berlin", 52.52, 13.405, 20, "Europe/Berlin"));
        Add(writer, "198.51.100.0/26", Anonymous(Place("US", "NY", "New York", 40.7128, -74.006, 20, "America/New_York"), vpn: true, hosting: true, provider: "Astrill"));
        Add(writer, "198.51.100.64/26", Anonymous(Place("SE", "AB", "Stockholm", 59.3293, 18.0686, 20, "Europe/Stockholm"), vpn: true, hosting: false, provider: "Mullvad"));
        Add(writer, "198.51.100.128/26", Anonymous(Place("DE", "HE", "Frankfurt", 50.1109, 8.6821, 20, "Europe/Berlin"), vpn: false, hosting: true, provider: null));
        Add(writer, "175.45.176.0/24", Place("KP", "01", "Pyongyang", 39.0392, 125.7625, 50, "Asia/Pyongyang"));
        Add(writer, "175.45.177.0/24", Anonymous(Place("KP", "01", "Pyongyang", 39.0392, 125.7625, 50, "Asia/Pyongyang"), vpn: true, hosting: true, provider: null));
        writer.Write(DatabasePath);

        File.WriteAllText(_temp.File("astrill.txt"), "2001:db8:a::/48\n");
        File.WriteAllText(_temp.File("examplevpn.txt"), "2001:db8:b::/48\n");
        File.WriteAllText(_temp.File("tor.txt"), "2001:db8:c::/48\n");
        File.WriteAllText(_temp.File("egress.txt"), "203.0.113.32/27\n");
        Service = new IpIntelligenceBuilder()
            .AddDatabase(DatabasePath, d =>
            {
                d.Name = DatabaseName;
                d.Roles = MmdbDatabaseRoles.Location | MmdbDatabaseRoles.Anonymity;
            })
            .AddList(_temp.File("astrill.txt"), "astrill")
            .AddList(_temp.File("examplevpn.txt"), "examplevpn")
            .AddList(_temp.File("tor.txt"), "tor-exit")
            .AddAllowList(_temp.File("egress.txt"), "corporate-egress")
            .Build();
    }

    public string DatabasePath { get; }

    public IpIntelligenceService Service { get; }

    public void Dispose()
    {
        Service.Dispose();
        _temp.Dispose();
    }

    private static void Add(MmdbWriter writer, string network, Dictionary<string, object> record) => writer.Insert(IPNetwork.Parse(network), record);

    private static Dictionary<string, object> Place(string country, string region, string city, double latitude, double longitude, int radius, string zone) => new()
    {
        ["country"] = new Dictionary<string, object> { ["iso_code"] = country },
        ["subdivisions"] = new object[] { new Dictionary<string, object> { ["iso_code"] = region } },
        ["city"] = new Dictionary<string, object> { ["names"] = new Dictionary<string, object> { ["en"] = city } },
        ["location"] = new Dictionary<string, object> { ["latitude"] = latitude, ["longitude"] = longitude, ["accuracy_radius"] = (ushort)radius, ["time_zone"] = zone },
    };

    private static Dictionary<string, object> Anonymous(Dictionary<string, object> place, bool vpn, bool hosting, string? provider)
    {
        place["is_anonymous"] = true;
        place["is_anonymous_vpn"] = vpn;
        place["is_hosting_provider"] = hosting;
        if (provider is not null)
        {
            place["provider_name"] = provider;
        }

        return place;
    }
}
