using System.CommandLine;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using HireGuard.IpIntelligence;

namespace HireGuard.Sample.Commands;

/// <summary>
/// <c>hireguard bench ip --mmdb FILE [--ips FILE]</c>: one JSON line with lookups per second and
/// per-lookup latency percentiles, single thread.
/// </summary>
internal static class BenchIpCommand
{
    public static Command Create()
    {
        var database = new Option<string>("--mmdb") { Description = "The MMDB file.", Required = true };
        var ips = new Option<string?>("--ips") { Description = "A file of addresses, one per line; default: --count random IPv4 addresses from --seed." };
        var count = new Option<int>("--count") { Description = "How many random addresses when --ips is not given.", DefaultValueFactory = _ => 200_000 };
        var seed = new Option<int>("--seed") { Description = "The seed of the random addresses.", DefaultValueFactory = _ => 7 };
        var mode = new Option<string>("--mode") { Description = "typed (City fields, no allocation), find (tree walk only), generic (whole record to .NET objects) or json (whole record as JSON).", DefaultValueFactory = _ => "typed" };
        mode.AcceptOnlyFromAmong("typed", "find", "generic", "json");
        var passes = new Option<int>("--passes") { Description = "Measured passes over the addresses.", DefaultValueFactory = _ => 3 };
        var command = new Command("ip", "Measure MMDB lookups: one JSON line with lookups/s and latency percentiles.");
        foreach (var option in new Option[] { database, ips, count, seed, mode, passes })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => Run(parse.GetValue(database)!, parse.GetValue(ips), parse.GetValue(count), parse.GetValue(seed), parse.GetValue(mode)!, Math.Max(1, parse.GetValue(passes))));
        return command;
    }

    private static int Run(string path, string? ipsPath, int count, int seed, string mode, int passes)
    {
        byte[][] addresses;
        try
        {
            addresses = ipsPath is null ? RandomIPv4(count, seed) : ReadAddresses(ipsPath);
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }

        if (addresses.Length == 0)
        {
            Console.Error.WriteLine("error: no addresses to look up");
            return 2;
        }

        try
        {
            using var reader = MmdbReader.Open(path);
            var buffer = new System.Buffers.ArrayBufferWriter<byte>(4096);
            using var json = new Utf8JsonWriter(buffer);
            long found = 0;
            long checksum = 0;

            long LookUp(byte[] address)
            {
                switch (mode)
                {
                    case "find":
                        return reader.Find(address).Found ? 1 : 0;
                    case "generic":
                        return reader.Find(address).Decode() is null ? 0 : 1;
                    case "json":
                        buffer.ResetWrittenCount();
                        json.Reset(buffer);
                        reader.Find(address).WriteJson(json);
                        json.Flush();
                        return buffer.WrittenCount > 4 ? 1 : 0;
                    default:
                        return reader.TryCity(address, out var city) ? 1 + city.CountryIsoCode.Utf8.Length : 0;
                }
            }

            // Warm-up pass (JIT, page cache), then untimed-per-call passes for throughput.
            foreach (var address in addresses)
            {
                checksum += LookUp(address);
            }

            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            for (var pass = 0; pass < passes; pass++)
            {
                foreach (var address in addresses)
                {
                    var hit = LookUp(address);
                    found += hit > 0 ? 1 : 0;
                    checksum += hit;
                }
            }

            watch.Stop();
            var lookups = (long)addresses.Length * passes;
            var bytesPerLookup = (double)(GC.GetAllocatedBytesForCurrentThread() - allocated) / lookups;

            // One pass timing each call, for the latency percentiles.
            var latencies = new long[addresses.Length];
            for (var i = 0; i < addresses.Length; i++)
            {
                var start = Stopwatch.GetTimestamp();
                checksum += LookUp(addresses[i]);
                latencies[i] = Stopwatch.GetTimestamp() - start;
            }

            Array.Sort(latencies);
            double Percentile(double p) => latencies[Math.Min(latencies.Length - 1, (int)(p * latencies.Length))] * 1e9 / Stopwatch.Frequency;

            using var stdout = Console.OpenStandardOutput();
            using (var line = new Utf8JsonWriter(stdout))
            {
                line.WriteStartObject();
                line.WriteString("benchmark", "ip");
                line.WriteString("mode", mode);
                line.WriteString("database", Path.GetFileName(path));
                line.WriteString("databaseType", reader.Metadata.DatabaseType);
                line.WriteNumber("lookups", lookups);
                line.WriteNumber("found", found);
                line.WriteNumber("elapsedMs", Math.Round(watch.Elapsed.TotalMilliseconds, 1));
                line.WriteNumber("lookupsPerSecond", Math.Round(lookups / watch.Elapsed.TotalSeconds));
                line.WriteNumber("allocatedBytesPerLookup", Math.Round(bytesPerLookup, 1));
                line.WriteStartObject("latencyNs");
                line.WriteNumber("p50", Math.Round(Percentile(0.50)));
                line.WriteNumber("p90", Math.Round(Percentile(0.90)));
                line.WriteNumber("p99", Math.Round(Percentile(0.99)));
                line.WriteNumber("p999", Math.Round(Percentile(0.999)));
                line.WriteNumber("max", Math.Round(Percentile(1.0)));
                line.WriteEndObject();
                line.WriteNumber("checksum", checksum);
                line.WriteEndObject();
            }

            stdout.Write("\n"u8);
            return 0;
        }
        catch (Exception e) when (e is InvalidDatabaseException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
    }

    private static byte[][] RandomIPv4(int count, int seed)
    {
        var random = new Random(seed);
        var addresses = new byte[Math.Max(0, count)][];
        for (var i = 0; i < addresses.Length; i++)
        {
            var value = (uint)random.NextInt64(0, 1L << 32);
            addresses[i] = [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];
        }

        return addresses;
    }

    private static byte[][] ReadAddresses(string path)
    {
        var addresses = new List<byte[]>();
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (!IPAddress.TryParse(line, out var address))
            {
                throw new FormatException($"{path}:{lineNumber}: '{line}' is not an IP address");
            }

            addresses.Add(address.GetAddressBytes());
        }

        return [.. addresses];
    }
}
