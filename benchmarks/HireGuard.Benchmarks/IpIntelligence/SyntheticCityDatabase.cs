using System.Globalization;
using System.Net;
using System.Text;
using HireGuard.IpIntelligence;

namespace HireGuard.Benchmarks.IpIntelligence;

/// <summary>
/// Builds a GeoIP2-City-shaped database of realistic size with <see cref="MmdbWriter"/> (deterministic
/// seed): about 1.2 million IPv4 networks of /16–/28 covering most public IPv4 space with gaps, 100,000
/// IPv6 networks, and records that share continent, country, subdivision and city maps through
/// pointers, as real City databases do (about 50 MB, like a GeoLite2-City file). Files are cached in <c>HIREGUARD_BENCH_DIR</c> (default
/// <c>$TMP/hireguard-bench</c>) so the native libmaxminddb harness measures the very same file.
/// </summary>
public static class SyntheticCityDatabase
{
    /// <summary>The default number of IPv4 networks (the real count varies slightly with alignment).</summary>
    public const int DefaultIPv4Networks = 1_200_000;

    /// <summary>The default seed.</summary>
    public const int DefaultSeed = 42;

    private static readonly string[] Languages = ["de", "en", "es", "fr", "ja", "pt-BR", "ru", "zh-CN"];

    private static readonly (int Prefix, int Weight)[] PrefixWeights =
        [(16, 1), (17, 1), (18, 2), (19, 5), (20, 9), (21, 13), (22, 17), (23, 15), (24, 23), (25, 6), (26, 4), (27, 2), (28, 2)];

    /// <summary>Gets the cache directory.</summary>
    public static string Directory
    {
        get
        {
            var directory = Environment.GetEnvironmentVariable("HIREGUARD_BENCH_DIR") is { Length: > 0 } configured
                ? configured
                : Path.Combine(Path.GetTempPath(), "hireguard-bench");
            System.IO.Directory.CreateDirectory(directory);
            return directory;
        }
    }

    /// <summary>Returns the path of the database, building it first when it is not cached.</summary>
    /// <param name="ipv4Networks">The approximate number of IPv4 networks.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The path.</returns>
    public static string EnsureBuilt(int ipv4Networks = DefaultIPv4Networks, int seed = DefaultSeed)
    {
        var path = Path.Combine(Directory, $"synthetic-city-{ipv4Networks}-{seed}.mmdb");
        if (!File.Exists(path))
        {
            Build(path, ipv4Networks, seed);
        }

        return path;
    }

    /// <summary>Returns the path of a text file of random IPv4 addresses (one per line), writing it when missing.</summary>
    /// <param name="count">How many addresses.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The path.</returns>
    public static string EnsureAddresses(int count = 65_536, int seed = 7)
    {
        var path = Path.Combine(Directory, $"ipv4-{count}-{seed}.txt");
        if (!File.Exists(path))
        {
            var random = new Random(seed);
            var lines = Enumerable.Range(0, count).Select(_ => new IPAddress((uint)random.NextInt64(0, 1L << 32)).ToString());
            var temporary = path + $".{Environment.ProcessId}.tmp";
            File.WriteAllLines(temporary, lines);
            File.Move(temporary, path, overwrite: true);
        }

        return path;
    }

    /// <summary>Reads an address file into network-order bytes, 4 per IPv4 address.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The addresses, 4 bytes each.</returns>
    public static byte[] ReadIPv4(string path)
    {
        var addresses = File.ReadLines(path).Select(IPAddress.Parse).ToList();
        var bytes = new byte[addresses.Count * 4];
        for (var i = 0; i < addresses.Count; i++)
        {
            addresses[i].TryWriteBytes(bytes.AsSpan(i * 4, 4), out _);
        }

        return bytes;
    }

    /// <summary>Builds the database.</summary>
    /// <param name="path">Where to write it.</param>
    /// <param name="ipv4Networks">The approximate number of IPv4 networks.</param>
    /// <param name="seed">The seed.</param>
    public static void Build(string path, int ipv4Networks, int seed)
    {
        var random = new Random(seed);
        var writer = new MmdbWriter(new MmdbWriterOptions
        {
            DatabaseType = "GeoIP2-City",
            IpVersion = 6,
            BuildTime = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero),
            Languages = { "de", "en", "es", "fr", "ja", "pt-BR", "ru", "zh-CN" },
            Description = { ["en"] = "HireGuard synthetic City-shaped benchmark database (not real data)" },
        });

        var continents = Enumerable.Range(0, 7).Select(i => Place(random, "continent", i, (uint)(6255146 + i), code: ((string[])["AF", "AN", "AS", "EU", "NA", "OC", "SA"])[i])).ToArray();
        var countries = Enumerable.Range(0, 250).Select(i => Place(random, "country", i, (uint)(100000 + i), isoCode: IsoCode(i))).ToArray();
        var cities = Enumerable.Range(0, 40_000).Select(i => City(random, i, countries.Length)).ToArray();
        var subdivisions = Enumerable.Range(0, 4000).Select(i => (object)MmdbWriterValues.Normalize(new[] { Place(random, "subdivision", i, (uint)(500000 + i), isoCode: SubdivisionCode(i), languages: 3) }, "value")).ToArray();

        // Networks cover the space in random-sized aligned blocks; ~5% are left empty (not found).
        var target = 3_400_000_000.0 / ipv4Networks;
        var scale = target / ExpectedBlockSize();
        ulong address = 1UL << 24;
        while (address < (224UL << 24))
        {
            var prefix = SamplePrefix(random, scale);
            var alignment = address == 0 ? 32 : System.Numerics.BitOperations.TrailingZeroCount(address);
            prefix = Math.Max(prefix, 32 - Math.Min(alignment, 16));
            var size = 1UL << (32 - prefix);
            if (random.Next(20) != 0 && !Reserved(address))
            {
                var cityIndex = Zipf(random, cities.Length);
                writer.Insert(new IPNetwork(V4((uint)address), prefix), Record(random, cities[cityIndex], continents, countries, subdivisions));
            }

            address += size;
        }

        for (var i = 0; i < 100_000; i++)
        {
            var high = (0x2400UL << 48) | ((ulong)random.NextInt64(0, 1L << 40) << 8);
            var bytes = new byte[16];
            System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(bytes, high);
            writer.Insert(new IPNetwork(new IPAddress(bytes), 56), Record(random, cities[Zipf(random, cities.Length)], continents, countries, subdivisions));
        }

        writer.Write(path);
    }

    private static IPAddress V4(uint address)
    {
        Span<byte> bytes = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(bytes, address);
        return new IPAddress(bytes);
    }

    private static double ExpectedBlockSize()
    {
        var total = PrefixWeights.Sum(w => w.Weight);
        return PrefixWeights.Sum(w => (double)w.Weight / total * Math.Pow(2, 32 - w.Prefix));
    }

    private static int SamplePrefix(Random random, double scale)
    {
        var total = PrefixWeights.Sum(w => w.Weight);
        var pick = random.Next(total);
        var prefix = 24;
        foreach (var (p, weight) in PrefixWeights)
        {
            if (pick < weight)
            {
                prefix = p;
                break;
            }

            pick -= weight;
        }

        // scale > 1 wants bigger blocks (fewer networks), < 1 smaller ones.
        return Math.Clamp(prefix - (int)Math.Round(Math.Log2(scale)), 8, 30);
    }

    private static bool Reserved(ulong address)
    {
        var first = address >> 24;
        var second = (address >> 16) & 0xFF;
        return first is 10 or 127 || (first == 172 && second is >= 16 and < 32) || (first == 192 && second == 168) || (first == 169 && second == 254);
    }

    private static int Zipf(Random random, int count) => (int)Math.Min(count - 1, Math.Floor(Math.Pow(count, random.NextDouble())) - 1);

    private static MmdbWriterMap Record(Random random, CityInfo city, object[] continents, object[] countries, object[] subdivisions)
    {
        // A few location variants per city, as real City databases have (several networks per city
        // share a record), so the data section is realistic in size. Built directly in the writer's
        // value model (keys already in ordinal order) to keep GlobalSetup fast.
        var variant = random.Next(4);
        var location = new MmdbWriterMap(
        [
            new("accuracy_radius", ((ushort[])[1, 5, 10, 20, 50, 100, 200, 500, 1000])[(city.Subdivision + variant) % 9]),
            new("latitude", Math.Round(city.Latitude + (variant * 0.01), 4)),
            new("longitude", Math.Round(city.Longitude - (variant * 0.01), 4)),
            new("time_zone", city.TimeZone),
        ]);
        var postal = new MmdbWriterMap([new("code", city.Postal + variant.ToString(CultureInfo.InvariantCulture))]);
        return new MmdbWriterMap(
        [
            new("city", city.Map),
            new("continent", continents[city.Country % continents.Length]),
            new("country", countries[city.Country]),
            new("location", location),
            new("postal", postal),
            new("registered_country", countries[random.Next(16) == 0 ? random.Next(countries.Length) : city.Country]),
            new("subdivisions", subdivisions[city.Subdivision]),
        ]);
    }

    private static object Place(Random random, string kind, int index, uint geonameId, string? code = null, string? isoCode = null, int languages = 8)
    {
        var names = new Dictionary<string, object>(StringComparer.Ordinal);
        var stem = Name(random);
        foreach (var language in Languages.Take(languages))
        {
            names[language] = language == "en" ? stem : stem + "-" + language;
        }

        var map = new Dictionary<string, object>(StringComparer.Ordinal) { ["geoname_id"] = geonameId, ["names"] = names };
        if (code is not null)
        {
            map["code"] = code;
        }

        if (isoCode is not null)
        {
            map["iso_code"] = isoCode;
        }

        _ = kind;
        _ = index;
        return MmdbWriterValues.Normalize(map, "value");
    }

    private static CityInfo City(Random random, int index, int countryCount)
    {
        var names = new Dictionary<string, object>(StringComparer.Ordinal);
        var stem = Name(random);
        foreach (var language in Languages.Take(2 + (index % 5)))
        {
            names[language] = language == "en" ? stem : stem + "-" + language;
        }

        var map = MmdbWriterValues.Normalize(new Dictionary<string, object>(StringComparer.Ordinal) { ["geoname_id"] = (uint)(2_000_000 + index), ["names"] = names }, "value");
        return new CityInfo(
            map,
            random.Next(countryCount),
            random.Next(4000),
            Math.Round((random.NextDouble() * 140) - 60, 4),
            Math.Round((random.NextDouble() * 360) - 180, 4),
            ((string[])["Europe/London", "America/New_York", "Asia/Tokyo", "Europe/Berlin", "America/Los_Angeles", "Asia/Kolkata", "Australia/Sydney", "America/Sao_Paulo"])[random.Next(8)],
            ((char)('A' + random.Next(26))).ToString() + random.Next(10, 99).ToString(CultureInfo.InvariantCulture));
    }

    private static string Name(Random random)
    {
        string[] syllables = ["ka", "lo", "mi", "ne", "sar", "tu", "vil", "bor", "gan", "shi", "ro", "den", "ma", "ly", "qu", "ez"];
        var builder = new StringBuilder();
        var count = random.Next(2, 5);
        for (var i = 0; i < count; i++)
        {
            builder.Append(syllables[random.Next(syllables.Length)]);
        }

        builder[0] = char.ToUpperInvariant(builder[0]);
        return builder.ToString();
    }

    private static string IsoCode(int index) => string.Concat((char)('A' + (index / 26 % 26)), (char)('A' + (index % 26)));

    private static string SubdivisionCode(int index) => index.ToString("X3", CultureInfo.InvariantCulture);

    private sealed record CityInfo(object Map, int Country, int Subdivision, double Latitude, double Longitude, string TimeZone, string Postal);
}
