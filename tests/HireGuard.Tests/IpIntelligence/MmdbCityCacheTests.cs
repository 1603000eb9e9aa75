using System.Globalization;
using System.Net;
using HireGuard.IpIntelligence;

namespace HireGuard.Tests.IpIntelligence;

/// <summary>
/// The typed City path remembers decoded records by position: repeat visits (many networks share a
/// record), lookups from several threads and colliding cache entries must all read what the
/// record holds, and a warm lookup allocates nothing.
/// </summary>
public sealed class MmdbCityCacheTests
{
    private const int Records = 60;
    private const int Networks = 4096;

    [Fact]
    public void TryCity_NetworksSharingRecords_ReadTheirOwnRecordOnEveryVisit()
    {
        using var reader = MmdbReader.FromMemory(BuildSharedRecordDatabase());
        var positions = new HashSet<long>();

        for (var pass = 0; pass < 3; pass++)
        {
            for (var i = 0; i < Networks; i++)
            {
                var address = AddressOf(i);
                Assert.True(reader.TryCity(address, out var city));
                AssertCity(i % Records, city);
                positions.Add(reader.Find(address).Position);
            }
        }

        // The records really are shared, so the later visits were answered from the cache.
        Assert.Equal(Records, positions.Count);
        Assert.False(reader.TryCity(IPAddress.Parse("200.0.0.1"), out var missing));
        Assert.False(missing.CityName.HasValue);
        Assert.Null(missing.Latitude);
    }

    [Fact]
    public void TryCity_SeveralThreads_EveryLookupReadsItsOwnRecord()
    {
        using var reader = MmdbReader.FromMemory(BuildSharedRecordDatabase());
        var failures = 0;

        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, worker =>
        {
            var random = new Random(worker);
            for (var n = 0; n < 20_000; n++)
            {
                var i = random.Next(Networks);
                if (!reader.TryCity(AddressOf(i), out var city) || !Matches(i % Records, city))
                {
                    Interlocked.Increment(ref failures);
                }
            }
        });

        Assert.Equal(0, failures);
    }

    [Fact]
    public void CityCache_CollidingPositions_NeverAnswersForTheOtherRecord()
    {
        using var reader = MmdbReader.FromMemory(BuildSharedRecordDatabase());
        Assert.True(reader.TryCity(AddressOf(1), out var first));
        Assert.True(reader.TryCity(AddressOf(2), out var second));
        var cache = new MmdbCityCache();
        var firstValues = Values(reader, AddressOf(1));
        var secondValues = Values(reader, AddressOf(2));

        // Three positions that land on the same pair of entries: two fit, the third evicts one.
        var a = 1000L;
        var b = NextInSameSet(a);
        var c = NextInSameSet(b);

        Assert.False(cache.TryGet(a, out _));
        cache.Store(a, firstValues);
        Assert.True(cache.TryGet(a, out var hit));
        Assert.Equal(first.CityName.Value, hit.Text(reader, MmdbCityValues.CityName).Value);
        Assert.False(cache.TryGet(b, out _));

        cache.Store(b, secondValues);
        Assert.True(cache.TryGet(a, out hit));
        Assert.Equal(first.CityName.Value, hit.Text(reader, MmdbCityValues.CityName).Value);
        Assert.True(cache.TryGet(b, out hit));
        Assert.Equal(second.CityName.Value, hit.Text(reader, MmdbCityValues.CityName).Value);
        Assert.Equal(second.Latitude, hit.Latitude);

        cache.Store(c, firstValues);
        Assert.True(cache.TryGet(c, out hit));
        Assert.Equal(first.CityName.Value, hit.Text(reader, MmdbCityValues.CityName).Value);
        var aKept = cache.TryGet(a, out var aHit);
        var bKept = cache.TryGet(b, out var bHit);
        Assert.True(aKept ^ bKept);
        Assert.Equal(aKept ? first.CityName.Value : second.CityName.Value, (aKept ? aHit : bHit).Text(reader, MmdbCityValues.CityName).Value);
        Assert.Equal(aKept ? first.Latitude : second.Latitude, (aKept ? aHit : bHit).Latitude);
    }

    [Fact]
    public void TryCity_Warm_AllocatesNothing()
    {
        using var reader = MmdbReader.FromMemory(BuildSharedRecordDatabase());
        var addresses = Enumerable.Range(0, 512).Select(i => AddressOf(i).GetAddressBytes()).ToArray();

        // Warm: the cache is created, every record is cached and the sweep's code is compiled
        // (a first-time compilation on this thread may allocate; the lookups must not).
        var sum = 0L;
        for (var pass = 0; pass < 50; pass++)
        {
            sum += Sweep(reader, addresses);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        sum += Sweep(reader, addresses);
        sum += Sweep(reader, addresses);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.True(sum > 0);
    }

    private static long Sweep(MmdbReader reader, byte[][] addresses)
    {
        var sum = 0L;
        foreach (var address in addresses)
        {
            sum += reader.TryCity(address, out var city) ? city.CityName.Utf8.Length + (city.AccuracyRadius ?? 0) + city.CountryIsoCode.Utf8.Length : 0;
        }

        return sum;
    }

    private static long NextInSameSet(long position)
    {
        var next = position + 1;
        while (MmdbCityCache.SetOf(next) != MmdbCityCache.SetOf(position))
        {
            next++;
        }

        return next;
    }

    private static MmdbCityValues Values(MmdbReader reader, IPAddress address)
    {
        Assert.True(reader.TryCity(address, out _));
        var lookup = reader.Find(address);
        Span<MmdbSlot> slots = stackalloc MmdbSlot[MmdbReader.FieldSlotCount];
        reader.ReadAll(lookup, slots);
        return MmdbCityValues.From(reader, slots);
    }

    private static IPAddress AddressOf(int network) => IPAddress.Parse($"{1 + (network / 256)}.{network % 256}.7.9");

    private static byte[] BuildSharedRecordDatabase()
    {
        var records = Enumerable.Range(0, Records).Select(Record).ToArray();
        return MmdbFixtures.Build(w =>
        {
            for (var i = 0; i < Networks; i++)
            {
                w.Insert(IPNetwork.Parse($"{1 + (i / 256)}.{i % 256}.0.0/16"), records[i % Records]);
            }
        });
    }

    // Shared country maps (as in GeoIP2), per-record city and location; some records lack fields or
    // give numbers as text, which the typed path coerces.
    private static Dictionary<string, object> Record(int r)
    {
        var country = new Dictionary<string, object>
        {
            ["iso_code"] = $"C{r % 7}",
            ["names"] = new Dictionary<string, object> { ["en"] = $"Country {r % 7}" },
        };
        var record = new Dictionary<string, object>
        {
            ["continent"] = new Dictionary<string, object> { ["code"] = r % 2 == 0 ? "EU" : "AS" },
            ["country"] = country,
            ["registered_country"] = country,
            ["city"] = new Dictionary<string, object> { ["names"] = new Dictionary<string, object> { ["en"] = $"City {r}" } },
        };
        if (r % 5 != 0)
        {
            record["location"] = new Dictionary<string, object>
            {
                ["latitude"] = r % 3 == 0 ? (object)(r / 10.0).ToString(CultureInfo.InvariantCulture) : r / 10.0,
                ["longitude"] = -r / 4.0,
                ["accuracy_radius"] = (ushort)(r * 3),
                ["time_zone"] = $"Zone/{r}",
            };
        }

        if (r % 4 == 1)
        {
            record["postal"] = new Dictionary<string, object> { ["code"] = $"P{r}" };
            record["subdivisions"] = new List<object>
            {
                new Dictionary<string, object> { ["iso_code"] = $"S{r}", ["names"] = new Dictionary<string, object> { ["en"] = $"Region {r}" } },
            };
        }

        return record;
    }

    private static void AssertCity(int r, MmdbCity city)
    {
        Assert.Equal($"City {r}", city.CityName.Value);
        Assert.Equal($"C{r % 7}", city.CountryIsoCode.Value);
        Assert.Equal($"Country {r % 7}", city.CountryName.Value);
        Assert.Equal($"C{r % 7}", city.RegisteredCountryIsoCode.Value);
        Assert.Equal(r % 2 == 0 ? "EU" : "AS", city.ContinentCode.Value);
        Assert.Equal(r % 5 != 0 ? r / 10.0 : null, city.Latitude);
        Assert.Equal(r % 5 != 0 ? -r / 4.0 : null, city.Longitude);
        Assert.Equal(r % 5 != 0 ? r * 3 : null, city.AccuracyRadius);
        Assert.Equal(r % 5 != 0 ? $"Zone/{r}" : null, city.TimeZone.Value);
        Assert.Equal(r % 4 == 1 ? $"P{r}" : null, city.PostalCode.Value);
        Assert.Equal(r % 4 == 1 ? $"S{r}" : null, city.RegionIsoCode.Value);
        Assert.Equal(r % 4 == 1 ? $"Region {r}" : null, city.RegionName.Value);
        Assert.True(Matches(r, city));
    }

    private static bool Matches(int r, MmdbCity city) =>
        city.CityName.Equals($"City {r}")
        && city.CountryIsoCode.Equals($"C{r % 7}")
        && city.Latitude == (r % 5 != 0 ? r / 10.0 : null)
        && city.AccuracyRadius == (r % 5 != 0 ? r * 3 : null)
        && city.PostalCode.Equals(r % 4 == 1 ? $"P{r}" : null);
}
