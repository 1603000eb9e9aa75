using System.Net;
using HireGuard.IpIntelligence;

namespace HireGuard.Sample;

/// <summary>
/// The small MMDB the demo builds at start with <see cref="MmdbWriter"/>: documentation-range
/// networks only (RFC 5737 / RFC 3849), placed where the built-in cases' stories need them. Not
/// real geolocation data: it exists so that <c>hireguard demo</c> exercises the network rules
/// without shipping or downloading a database.
/// </summary>
internal sealed class DemoIpIntelligence : IDisposable
{
    /// <summary>The database's name in findings and provenance.</summary>
    public const string DatabaseName = "hireguard-demo-geo";

    private readonly string _directory;

    private DemoIpIntelligence(string directory, IpIntelligenceOptions options)
    {
        _directory = directory;
        Options = options;
    }

    /// <summary>Gets options that read the demo database into memory (so the temporary file can go as soon as the engine is built).</summary>
    public IpIntelligenceOptions Options { get; }

    /// <summary>Writes the demo database to a fresh temporary directory.</summary>
    public static DemoIpIntelligence Create(DateTimeOffset buildTime)
    {
        var directory = Directory.CreateTempSubdirectory("hireguard-demo-").FullName;
        var path = Path.Combine(directory, "demo.mmdb");
        var writer = new MmdbWriter(new MmdbWriterOptions { DatabaseType = "HireGuard-Demo", BuildTime = buildTime });

        // 01 ordinary hire: home broadband in Austin, as claimed.
        Insert(writer, "203.0.113.0/26", Place("US", "TX", "Austin", 30.2672, -97.7431, 20, "America/Chicago"));

        // 03 laptop farm: the corporate laptop sits in Scottsdale, as claimed ...
        Insert(writer, "203.0.113.64/26", Place("US", "AZ", "Scottsdale", 33.4942, -111.9261, 20, "America/Phoenix"));

        // ... while the interviews came through Astrill exits in a hosting network.
        var astrill = Place("US", "CA", "Los Angeles", 34.0522, -118.2437, 50, "America/Los_Angeles");
        astrill["is_anonymous"] = true;
        astrill["is_anonymous_vpn"] = true;
        astrill["is_hosting_provider"] = true;
        astrill["provider_name"] = "Astrill";
        Insert(writer, "198.51.100.128/25", astrill);

        // 02 travelling engineer: home in Portland, then hotel Wi-Fi in Lisbon during declared travel.
        Insert(writer, "198.51.100.0/26", Place("US", "OR", "Portland", 45.5152, -122.6784, 20, "America/Los_Angeles"));
        Insert(writer, "192.0.2.0/25", Place("PT", "11", "Lisbon", 38.7223, -9.1393, 20, "Europe/Lisbon"));

        // 04 synthetic identity: the interview came from a city in another country than the one claimed.
        Insert(writer, "192.0.2.128/25", Place("CA", "ON", "Toronto", 43.6532, -79.3832, 20, "America/Toronto"));

        // 05 crypto contractor (Berlin) and 06 sanctioned payee (Prague): where they say they are.
        Insert(writer, "2001:db8::/32", Place("DE", "BE", "Berlin", 52.52, 13.405, 20, "Europe/Berlin"));
        Insert(writer, "198.51.100.64/26", Place("CZ", "10", "Prague", 50.0755, 14.4378, 20, "Europe/Prague"));
        writer.Write(path);

        var options = new IpIntelligenceOptions { LoadIntoMemory = true };
        options.Databases.Add(new MmdbDatabaseOptions { Path = path, Name = DatabaseName, Roles = MmdbDatabaseRoles.Location | MmdbDatabaseRoles.Anonymity });
        return new DemoIpIntelligence(directory, options);
    }

    /// <summary>Deletes the temporary directory.</summary>
    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans its temporary directory; a leftover file is harmless.
        }
    }

    private static void Insert(MmdbWriter writer, string network, Dictionary<string, object> record) => writer.Insert(IPNetwork.Parse(network), record);

    private static Dictionary<string, object> Place(string country, string region, string city, double latitude, double longitude, int radiusKm, string zone) => new()
    {
        ["country"] = new Dictionary<string, object> { ["iso_code"] = country },
        ["subdivisions"] = new object[] { new Dictionary<string, object> { ["iso_code"] = region } },
        ["city"] = new Dictionary<string, object> { ["names"] = new Dictionary<string, object> { ["en"] = city } },
        ["location"] = new Dictionary<string, object> { ["latitude"] = latitude, ["longitude"] = longitude, ["accuracy_radius"] = (ushort)radiusKm, ["time_zone"] = zone },
    };
}
