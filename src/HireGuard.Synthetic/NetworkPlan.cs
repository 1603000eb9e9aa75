using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Text;
using HireGuard.IpIntelligence;

namespace HireGuard.Synthetic;

/// <summary>
/// The synthetic address plan and the reference data that describes it. Every address the generator
/// assigns lies in a range it controls: the RFC 2544 benchmarking block 198.18.0.0/15 (residential
/// ISPs, one /20 per city), the RFC 5737 documentation blocks 192.0.2.0/24, 198.51.100.0/24 and
/// 203.0.113.0/24 (satellite, VPN, Astrill, Tor, hosting and proxy ranges) and the RFC 3849 IPv6
/// documentation prefix 2001:db8::/32 (one /40 per city). The single exception is North Korea's own
/// published allocation 175.45.176.0/22, which the library's built-in DPRK list already knows and a
/// few low-sophistication operators in Pyongyang use (NET.DPRK_ADDRESS_SPACE is "strong (rare)").
/// </summary>
internal static class NetworkPlan
{
    /// <summary>The reference MMDB file name inside <c>reference/</c>.</summary>
    public const string MmdbFileName = "ip.mmdb";

    /// <summary>The MMDB database type: "Enterprise" (location and owner) plus "Anonymous-IP" (anonymity) resolve the roles automatically.</summary>
    public const string DatabaseType = "HireGuard-Synthetic-Enterprise-Anonymous-IP";

    /// <summary>The list labels written to <c>reference/lists/&lt;label&gt;.txt</c>.</summary>
    public static readonly string[] ListLabels = ["astrill", "tor-exit", "datacenter"];

    private const int HostsPerCity = 4096;
    private const int FarmHostBase = 3900;

    private static readonly Place AstrillExit = new("US", "Los Angeles", "CA", "America/Los_Angeles", 34.05, -118.24, "900");

    private static readonly Dictionary<string, (string Name, string Continent)> CountryInfo = new(StringComparer.Ordinal)
    {
        ["US"] = ("United States", "NA"),
        ["CA"] = ("Canada", "NA"),
        ["MX"] = ("Mexico", "NA"),
        ["CO"] = ("Colombia", "SA"),
        ["GB"] = ("United Kingdom", "EU"),
        ["DE"] = ("Germany", "EU"),
        ["NL"] = ("Netherlands", "EU"),
        ["PL"] = ("Poland", "EU"),
        ["RS"] = ("Serbia", "EU"),
        ["SK"] = ("Slovakia", "EU"),
        ["PT"] = ("Portugal", "EU"),
        ["ES"] = ("Spain", "EU"),
        ["RU"] = ("Russia", "EU"),
        ["CN"] = ("China", "AS"),
        ["LA"] = ("Laos", "AS"),
        ["AE"] = ("United Arab Emirates", "AS"),
        ["VN"] = ("Vietnam", "AS"),
        ["TH"] = ("Thailand", "AS"),
        ["JP"] = ("Japan", "AS"),
        ["KP"] = ("North Korea", "AS"),
        ["NG"] = ("Nigeria", "AF"),
    };

    /// <summary>Gets every city with a residential ISP, in address-plan order.</summary>
    public static IReadOnlyList<Place> ResidentialPlaces { get; } =
        [.. PopulationTables.UsPlaces, .. PopulationTables.EuropePlaces, .. PopulationTables.TravelPlaces, PopulationTables.ChinaExpatPlace, .. PopulationTables.CellLocations.Select(c => c.Place)];

    /// <summary>Gets the whole plan: one residential range per city (IPv4 and IPv6) and the anonymising ranges.</summary>
    public static IReadOnlyList<IspRange> Ranges { get; } = BuildRanges();

    private static Dictionary<Place, int> PlaceIndex { get; } = ResidentialPlaces.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);

    /// <summary>Returns a residential address in a city: IPv4 host <paramref name="host"/> of the city's /20, or an IPv6 address keyed by <paramref name="key"/>.</summary>
    public static string Residential(Place place, bool ipv4, int host, ulong key)
    {
        var index = PlaceIndex[place];
        if (ipv4)
        {
            var value = (198u << 24) | (18u << 16);
            value += (uint)((index * HostsPerCity) + 1 + (host % (FarmHostBase - 1)));
            return V4(value);
        }

        return V6(index, key);
    }

    /// <summary>Returns the fixed IPv4 egress of a laptop farm or an operator cell's office in a city (hosts reserved for shared egress).</summary>
    public static string SharedEgress(Place place, int slot)
    {
        var index = PlaceIndex[place];
        var value = ((198u << 24) | (18u << 16)) + (uint)((index * HostsPerCity) + FarmHostBase + (slot % (HostsPerCity - FarmHostBase - 1)));
        return V4(value);
    }

    /// <summary>Returns an address in the first range of a kind (hosting, VPN, Astrill, Tor, proxy, satellite, DPRK).</summary>
    public static string AddressIn(NetworkKind kind, SyntheticRandom random)
    {
        var candidates = Ranges.Where(r => r.Kind == kind && r.Network.BaseAddress.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork).ToList();
        var range = random.Pick(candidates);
        var bytes = range.Network.BaseAddress.GetAddressBytes();
        var baseValue = BinaryPrimitives.ReadUInt32BigEndian(bytes);
        var size = 1u << (32 - range.Network.PrefixLength);
        return V4(baseValue + 1 + (uint)random.Next((int)size - 2));
    }

    /// <summary>Returns the place a kind of anonymising network geolocates to (for browser time zones of its users).</summary>
    public static Place PlaceOf(string address)
    {
        var ip = IPAddress.Parse(address);
        foreach (var range in Ranges)
        {
            if (range.Network.Contains(ip))
            {
                return range.Place;
            }
        }

        throw new InvalidOperationException("Address outside the synthetic plan: " + address);
    }

    /// <summary>Writes <c>ip.mmdb</c> and <c>lists/&lt;label&gt;.txt</c> under <paramref name="referenceDirectory"/>.</summary>
    public static void Write(string referenceDirectory, DateTimeOffset buildTime)
    {
        Directory.CreateDirectory(referenceDirectory);
        var listDirectory = Path.Combine(referenceDirectory, "lists");
        Directory.CreateDirectory(listDirectory);
        var writerOptions = new MmdbWriterOptions { DatabaseType = DatabaseType, BuildTime = buildTime, IpVersion = 6 };
        writerOptions.Languages.Add("en");
        writerOptions.Description["en"] = "HireGuard synthetic population: residential ISPs, hosting, VPN, Astrill and Tor ranges in documentation and benchmarking address space (not real-world data).";
        var writer = new MmdbWriter(writerOptions);
        foreach (var range in Ranges)
        {
            writer.Insert(range.Network, Record(range));
        }

        writer.Write(Path.Combine(referenceDirectory, MmdbFileName));
        WriteList(Path.Combine(listDirectory, "astrill.txt"), "Astrill VPN exits (synthetic)", NetworkKind.Astrill);
        WriteList(Path.Combine(listDirectory, "tor-exit.txt"), "Tor exit relays (synthetic)", NetworkKind.TorExit);
        WriteList(Path.Combine(listDirectory, "datacenter.txt"), "Hosting, VPS and consumer-VPN ranges (synthetic)", NetworkKind.Hosting, NetworkKind.ConsumerVpn);
    }

    /// <summary>Returns IP-intelligence options reading the reference data written under <paramref name="referenceDirectory"/>.</summary>
    public static IpIntelligenceOptions Options(string referenceDirectory)
    {
        var options = new IpIntelligenceOptions { IncludeDprkAddressSpace = true };
        options.Databases.Add(new MmdbDatabaseOptions
        {
            Path = Path.Combine(referenceDirectory, MmdbFileName),
            Name = "synthetic-enterprise",
            Roles = MmdbDatabaseRoles.Location | MmdbDatabaseRoles.Owner | MmdbDatabaseRoles.Anonymity,
            Schema = MmdbSchema.GeoIp2,
        });
        foreach (var label in ListLabels)
        {
            options.Lists.Add(new IpListOptions { Path = Path.Combine(referenceDirectory, "lists", label + ".txt"), Label = label, Name = "synthetic-" + label });
        }

        return options;
    }

    private static void WriteList(string path, string title, params NetworkKind[] kinds)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(title).Append('\n');
        text.Append("# Generated by HireGuard.Synthetic; documentation address space only.\n");
        foreach (var range in Ranges.Where(r => kinds.Contains(r.Kind)))
        {
            text.Append(range.Network.ToString()).Append('\n');
        }

        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
    }

    private static Dictionary<string, object> Record(IspRange range)
    {
        var place = range.Place;
        var (countryName, continent) = CountryInfo[place.Country];
        var traits = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["autonomous_system_number"] = (uint)range.Asn,
            ["autonomous_system_organization"] = range.Organization,
            ["isp"] = range.Organization,
            ["organization"] = range.Organization,
            ["connection_type"] = range.ConnectionType,
        };
        var anonymous = range.Kind is NetworkKind.Hosting or NetworkKind.ConsumerVpn or NetworkKind.Astrill or NetworkKind.TorExit or NetworkKind.ResidentialProxy;
        if (anonymous)
        {
            traits["is_anonymous"] = true;
            traits["is_anonymous_vpn"] = range.Kind is NetworkKind.ConsumerVpn or NetworkKind.Astrill;
            traits["is_hosting_provider"] = range.Kind == NetworkKind.Hosting;
            traits["is_tor_exit_node"] = range.Kind == NetworkKind.TorExit;
            traits["is_residential_proxy"] = range.Kind == NetworkKind.ResidentialProxy;
            traits["is_public_proxy"] = false;
        }

        var record = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["continent"] = new Dictionary<string, object>(StringComparer.Ordinal) { ["code"] = continent },
            ["country"] = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["iso_code"] = place.Country,
                ["names"] = new Dictionary<string, object>(StringComparer.Ordinal) { ["en"] = countryName },
            },
            ["registered_country"] = new Dictionary<string, object>(StringComparer.Ordinal) { ["iso_code"] = place.Country },
            ["subdivisions"] = new object[]
            {
                new Dictionary<string, object>(StringComparer.Ordinal)
                {
                    ["iso_code"] = place.Region,
                    ["names"] = new Dictionary<string, object>(StringComparer.Ordinal) { ["en"] = place.Region },
                },
            },
            ["city"] = new Dictionary<string, object>(StringComparer.Ordinal) { ["names"] = new Dictionary<string, object>(StringComparer.Ordinal) { ["en"] = place.City } },
            ["location"] = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["latitude"] = place.Latitude,
                ["longitude"] = place.Longitude,
                ["accuracy_radius"] = (ushort)(anonymous ? 500 : 20),
                ["time_zone"] = place.TimeZone,
            },
            ["traits"] = traits,
        };
        if (range.Kind == NetworkKind.Astrill)
        {
            record["provider_name"] = "Astrill";
        }
        else if (range.Kind == NetworkKind.ConsumerVpn)
        {
            record["provider_name"] = range.Organization;
        }

        return record;
    }

    private static List<IspRange> BuildRanges()
    {
        var ranges = new List<IspRange>();
        var places = ResidentialPlaces;
        for (var i = 0; i < places.Count; i++)
        {
            var place = places[i];
            var v4 = ((198u << 24) | (18u << 16)) + (uint)(i * HostsPerCity);
            var isp = "Synthetic Broadband " + place.City;
            ranges.Add(new(new IPNetwork(IPAddress.Parse(V4(v4)), 20), place, isp, 4_200_000_000 + i, "Cable/DSL", NetworkKind.Residential));
            ranges.Add(new(new IPNetwork(IPAddress.Parse(V6Prefix(i)), 40), place, isp, 4_200_000_000 + i, "Cable/DSL", NetworkKind.Residential));
        }

        var berlin = PopulationTables.EuropePlaces[1];
        var amsterdam = PopulationTables.EuropePlaces[2];
        var newYork = PopulationTables.UsPlaces[0];
        var atlanta = PopulationTables.UsPlaces[1];
        var denver = PopulationTables.UsPlaces[5];
        ranges.Add(new(IPNetwork.Parse("192.0.2.0/24"), denver, "Example Satellite Internet", 64496, "Satellite", NetworkKind.Satellite));
        ranges.Add(new(IPNetwork.Parse("198.51.100.0/25"), AstrillExit, "Astrill Exit Hosting (synthetic)", 64497, "Corporate", NetworkKind.Astrill));
        ranges.Add(new(IPNetwork.Parse("198.51.100.128/26"), berlin, "Example Tor Relays", 64498, "Corporate", NetworkKind.TorExit));
        ranges.Add(new(IPNetwork.Parse("198.51.100.192/26"), amsterdam, "Example Cloud VPS", 64499, "Corporate", NetworkKind.Hosting));
        ranges.Add(new(IPNetwork.Parse("203.0.113.0/26"), berlin, "Sample Hosting GmbH", 64500, "Corporate", NetworkKind.Hosting));
        ranges.Add(new(IPNetwork.Parse("203.0.113.64/26"), newYork, "Example Consumer VPN", 64501, "Corporate", NetworkKind.ConsumerVpn));
        ranges.Add(new(IPNetwork.Parse("203.0.113.128/26"), amsterdam, "Example Consumer VPN", 64501, "Corporate", NetworkKind.ConsumerVpn));
        ranges.Add(new(IPNetwork.Parse("203.0.113.192/26"), atlanta, "Example Residential Proxy", 64502, "Cable/DSL", NetworkKind.ResidentialProxy));
        var pyongyang = PopulationTables.CellLocations.Single(c => c.Place.Country == "KP").Place;
        ranges.Add(new(IPNetwork.Parse("175.45.176.0/22"), pyongyang, "Star JV (DPRK allocation)", 131279, "Corporate", NetworkKind.DprkAllocation));
        return ranges;
    }

    private static string V4(uint value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        return new IPAddress(bytes).ToString();
    }

    private static string V6Prefix(int index) => string.Create(CultureInfo.InvariantCulture, $"2001:db8:{index << 8:x}::");

    private static string V6(int index, ulong key)
    {
        // 2001:db8:(index << 8 | 24-bit subnet)::/64 + 64-bit interface id.
        var high = (0x20010db8UL << 32) | ((ulong)index << 24) | ((key >> 40) & 0xFFFFFF);
        var low = key * 0x9E3779B97F4A7C15UL | 1UL;
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, high);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], low);
        return new IPAddress(bytes).ToString();
    }
}
