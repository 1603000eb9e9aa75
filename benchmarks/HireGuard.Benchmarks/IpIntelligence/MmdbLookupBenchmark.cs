using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using HireGuard.IpIntelligence;

namespace HireGuard.Benchmarks.IpIntelligence;

/// <summary>
/// Lookups in a City-shaped database of realistic size (≥ 1M networks, built by
/// <see cref="SyntheticCityDatabase"/>), 65,536 random IPv4 addresses per operation batch; every
/// figure is per lookup. Compare with libmaxminddb on the same file: benchmarks/native/run-mmdb-bench.sh.
/// </summary>
public class MmdbLookupBenchmark
{
    private const int Lookups = 65_536;

    private readonly ArrayBufferWriter<byte> _json = new(1 << 16);
    private MmdbReader _reader = null!;
    private byte[] _addresses = [];
    private Utf8JsonWriter _jsonWriter = null!;

    [GlobalSetup]
    public void Setup()
    {
        _reader = MmdbReader.Open(SyntheticCityDatabase.EnsureBuilt());
        _addresses = SyntheticCityDatabase.ReadIPv4(SyntheticCityDatabase.EnsureAddresses(Lookups));
        _jsonWriter = new Utf8JsonWriter(_json);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _jsonWriter.Dispose();
        _reader.Dispose();
    }

    /// <summary>The tree walk alone: where the record is, no decoding.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Lookups)]
    public int Find()
    {
        var found = 0;
        for (var i = 0; i < _addresses.Length; i += 4)
        {
            if (_reader.Find(_addresses.AsSpan(i, 4)).Found)
            {
                found++;
            }
        }

        return found;
    }

    /// <summary>The typed City fast path: country, region, city, postal, coordinates, radius, time zone (no allocation).</summary>
    [Benchmark(OperationsPerInvoke = Lookups)]
    public int TypedCity()
    {
        var sum = 0;
        for (var i = 0; i < _addresses.Length; i += 4)
        {
            if (_reader.TryCity(_addresses.AsSpan(i, 4), out var city))
            {
                sum += city.CountryIsoCode.Utf8.Length + city.CityName.Utf8.Length + (city.AccuracyRadius ?? 0) + (city.Latitude > 0 ? 1 : 0);
            }
        }

        return sum;
    }

    /// <summary>The whole record decoded to .NET objects (maps, lists, strings, numbers).</summary>
    [Benchmark(OperationsPerInvoke = Lookups)]
    public int GenericDecode()
    {
        var count = 0;
        for (var i = 0; i < _addresses.Length; i += 4)
        {
            if (_reader.Find(_addresses.AsSpan(i, 4)).Decode() is Dictionary<string, object> record)
            {
                count += record.Count;
            }
        }

        return count;
    }

    /// <summary>The whole record written as JSON into a reused buffer.</summary>
    [Benchmark(OperationsPerInvoke = Lookups)]
    public long JsonDecode()
    {
        long bytes = 0;
        for (var i = 0; i < _addresses.Length; i += 4)
        {
            _json.ResetWrittenCount();
            _jsonWriter.Reset(_json);
            _reader.Find(_addresses.AsSpan(i, 4)).WriteJson(_jsonWriter);
            _jsonWriter.Flush();
            bytes += _json.WrittenCount;
        }

        return bytes;
    }
}
