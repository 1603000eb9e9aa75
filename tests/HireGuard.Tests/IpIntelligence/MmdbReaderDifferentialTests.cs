using System.Globalization;
using System.Net;
using System.Net.Sockets;
using HireGuard.IpIntelligence;
using HireGuard.Tests.TestUtilities;
using Xunit.Abstractions;

namespace HireGuard.Tests.IpIntelligence;

/// <summary>
/// Compares <see cref="MmdbReader"/> with libmaxminddb's <c>mmdblookup</c> on every valid test
/// database and on databases written by <see cref="MmdbWriter"/>: found or not, every value with its
/// type (doubles within printf's 6 decimals), and the prefix length (libmaxminddb counts an IPv4
/// address in an IPv6 tree in IPv6 bits, which <see cref="MmdbLookupResult"/> exposes as TreeDepth).
/// </summary>
public sealed class MmdbReaderDifferentialTests(ITestOutputHelper output)
{
    private const int RandomPerDatabase = 400;
    private const int NetworksPerDatabase = 250;
    private const int PrefixChecksPerDatabase = 12;

    [RequiresFact(Prerequisite.SharedDataName, "tool:mmdblookup")]
    public void Find_EveryValidTestDatabase_MatchesMmdblookup()
    {
        using var temp = new TemporaryDirectory();
        var (compared, records) = (0, 0);
        foreach (var path in MmdbTestFiles.ValidDatabases())
        {
            var (lookups, found) = Compare(path, seed: 1000 + compared, temp);
            compared += lookups;
            records += found;
        }

        output.WriteLine($"{compared} lookups compared with mmdblookup, {records} of them found records");
        Assert.True(compared > 20_000, $"only {compared} lookups compared");
    }

    [RequiresFact("tool:mmdblookup")]
    public void Find_WriterDatabases_MatchMmdblookup()
    {
        using var temp = new TemporaryDirectory();
        var (compared, records) = (0, 0);
        // The last two are large enough (> 131,072 nodes) for the reader's IPv4 jump table.
        var layouts = new (int IpVersion, int RecordSize, bool Alias, MmdbMergeStrategy Strategy, int Networks)[]
        {
            (6, 24, true, MmdbMergeStrategy.Replace, 600),
            (6, 28, true, MmdbMergeStrategy.MergeDeep, 600),
            (6, 32, false, MmdbMergeStrategy.MergeTopLevel, 600),
            (4, 24, false, MmdbMergeStrategy.Replace, 600),
            (4, 28, false, MmdbMergeStrategy.MergeDeep, 600),
            (4, 32, false, MmdbMergeStrategy.Replace, 600),
            (4, 24, false, MmdbMergeStrategy.Replace, 20_000),
            (6, 28, true, MmdbMergeStrategy.Replace, 20_000),
        };
        for (var i = 0; i < layouts.Length; i++)
        {
            var (ipVersion, recordSize, alias, strategy, networks) = layouts[i];
            var random = new Random(500 + i);
            var path = temp.File($"writer-{i}.mmdb");
            var writer = new MmdbWriter(new MmdbWriterOptions
            {
                DatabaseType = "HireGuard-Differential",
                IpVersion = ipVersion,
                RecordSize = recordSize,
                AliasIPv4 = alias,
                MergeStrategy = strategy,
                BuildTime = MmdbFixtures.BuildTime,
                Languages = { "en" },
                Description = { ["en"] = "differential test" },
            });
            for (var n = 0; n < networks; n++)
            {
                var network = networks > 1000 ? Small(random) : MmdbRandomData.Network(random, ipVersion == 6);
                object value = networks > 1000 ? (uint)n : random.Next(3) == 0 ? MmdbRandomData.Value(random) : MmdbRandomData.Map(random);
                writer.Insert(network, value);
                if (random.Next(40) == 0)
                {
                    writer.Remove(MmdbRandomData.Network(random, ipVersion == 6));
                }
            }

            writer.Write(path);
            using (var reader = MmdbReader.Open(path))
            {
                reader.Verify();
                Assert.Equal(recordSize, reader.Metadata.RecordSize);
                Assert.True(networks < 1000 || reader.Metadata.NodeCount > 131_072, $"{reader.Metadata.NodeCount} nodes");
            }

            var (lookups, found) = Compare(path, seed: 77 + i, temp);
            compared += lookups;
            records += found;
        }

        output.WriteLine($"{compared} lookups compared with mmdblookup, {records} of them found records");
        Assert.True(compared > 5_000, $"only {compared} lookups compared");
        Assert.True(records > 2_000, $"only {records} records compared");
    }

    private static (int Lookups, int Records) Compare(string path, int seed, TemporaryDirectory temp)
    {
        var name = Path.GetFileName(path);
        using var reader = MmdbReader.Open(path);
        var random = new Random(seed);
        var ipv6 = reader.Metadata.IpVersion == 6;

        // Addresses: inside known networks (first, last, random) and uniformly random ones.
        var ours = new List<IPAddress>();
        var networks = reader.EnumerateNetworks().Select(n => n.Network).ToList();
        foreach (var network in networks.OrderBy(_ => random.Next()).Take(NetworksPerDatabase))
        {
            foreach (var address in new[] { network.BaseAddress, MmdbRandomData.Inside(random, network), Last(network) })
            {
                ours.Add(AsAsked(address));
            }
        }

        for (var i = 0; i < RandomPerDatabase; i++)
        {
            ours.Add(MmdbRandomData.RandomIPv4(random));
            if (ipv6)
            {
                ours.Add(MmdbRandomData.RandomIPv6(random));
                ours.Add(IPAddress.Parse("::ffff:" + MmdbRandomData.RandomIPv4(random)));
            }
        }

        var texts = ours.Select(a => a.ToString()).Distinct(StringComparer.Ordinal).ToList();
        var reference = MmdbLookupTool.Batch(path, texts.Select(t => Reference(t, ipv6)).Distinct(StringComparer.Ordinal).ToList(), temp);
        var differences = new List<string>();
        var records = 0;
        foreach (var text in texts)
        {
            var result = reader.Find(IPAddress.Parse(text));
            var theirs = reference.GetValueOrDefault(Reference(text, ipv6));
            if (result.Found != (theirs is not null))
            {
                differences.Add($"{name} {text}: found {result.Found}, mmdblookup {theirs is not null}");
                continue;
            }

            if (theirs is not null)
            {
                CompareValue(result.Decode()!, theirs, $"{name} {text}", differences);
                records++;
            }
        }

        foreach (var text in texts.OrderBy(_ => random.Next()).Take(PrefixChecksPerDatabase))
        {
            var result = reader.Find(IPAddress.Parse(text));
            var (found, prefix) = MmdbLookupTool.Single(path, Reference(text, ipv6));
            if (found != result.Found || (found && prefix != result.TreeDepth))
            {
                differences.Add($"{name} {text}: prefix {result.TreeDepth} (found {result.Found}), mmdblookup {prefix} (found {found})");
            }
        }

        Assert.True(differences.Count == 0, string.Join('\n', differences.Take(20)));
        return (texts.Count + PrefixChecksPerDatabase, records);

        IPAddress AsAsked(IPAddress treeAddress)
        {
            // Networks of an IPv6 tree below ::/96 are IPv4 space: ask for them as IPv4.
            if (ipv6 && treeAddress.AddressFamily == AddressFamily.InterNetworkV6 && IpText.ToNumber(treeAddress) >> 32 == 0)
            {
                return IpText.FromNumber((uint)IpText.ToNumber(treeAddress), 32);
            }

            return treeAddress;
        }
    }

    private static IPNetwork Small(Random random)
    {
        var prefix = random.Next(26, 33);
        return new IPNetwork(IpText.Mask(MmdbRandomData.RandomIPv4(random), prefix), prefix);
    }

    /// <summary>
    /// The address to ask libmaxminddb: an IPv4-mapped address is answered from the IPv4 subtree by
    /// HireGuard whether or not the file aliases <c>::ffff:0:0/96</c>, which is libmaxminddb's
    /// answer for the IPv4-compatible form <c>::a.b.c.d</c> (or the IPv4 form in an IPv4 tree).
    /// </summary>
    private static string Reference(string text, bool ipv6)
    {
        var address = IPAddress.Parse(text);
        if (!address.IsIPv4MappedToIPv6)
        {
            return text;
        }

        return ipv6 ? "::" + address.MapToIPv4() : address.MapToIPv4().ToString();
    }

    private static IPAddress Last(IPNetwork network)
    {
        var bits = network.BaseAddress.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
        var host = bits - network.PrefixLength;
        var span = host >= 128 ? UInt128.MaxValue : (UInt128.One << host) - 1;
        return IpText.FromNumber(IpText.ToNumber(network.BaseAddress) + span, bits);
    }

    private static void CompareValue(object ours, MmdbToolValue theirs, string where, List<string> differences)
    {
        switch (ours)
        {
            case IReadOnlyDictionary<string, object> map:
                if (theirs.Kind != "map" || !map.Keys.SequenceEqual(theirs.Entries.Select(e => e.Key)))
                {
                    differences.Add($"{where}: map keys [{string.Join(",", map.Keys)}] vs {theirs.Kind} [{string.Join(",", theirs.Entries.Select(e => e.Key))}]");
                    return;
                }

                foreach (var (key, value) in theirs.Entries)
                {
                    CompareValue(map[key], value, $"{where}.{key}", differences);
                }

                return;
            case IReadOnlyList<object> list:
                if (theirs.Kind != "array" || list.Count != theirs.Items.Count)
                {
                    differences.Add($"{where}: array of {list.Count} vs {theirs.Kind} of {theirs.Items.Count}");
                    return;
                }

                for (var i = 0; i < list.Count; i++)
                {
                    CompareValue(list[i], theirs.Items[i], $"{where}[{i}]", differences);
                }

                return;
        }

        var (kind, text) = ours switch
        {
            string s => ("utf8_string", s),
            double d => ("double", d.ToString("R", CultureInfo.InvariantCulture)),
            float f => ("float", f.ToString("R", CultureInfo.InvariantCulture)),
            byte[] b => ("bytes", Convert.ToHexString(b)),
            ushort u => ("uint16", u.ToString(CultureInfo.InvariantCulture)),
            uint u => ("uint32", u.ToString(CultureInfo.InvariantCulture)),
            int i => ("int32", i.ToString(CultureInfo.InvariantCulture)),
            ulong u => ("uint64", u.ToString(CultureInfo.InvariantCulture)),
            UInt128 u => ("uint128", "0x" + u.ToString("X32", CultureInfo.InvariantCulture)),
            bool b => ("boolean", b ? "true" : "false"),
            _ => ("?", ours.ToString() ?? string.Empty),
        };
        if (kind != theirs.Kind)
        {
            differences.Add($"{where}: type {kind} vs {theirs.Kind}");
            return;
        }

        var same = kind is "double" or "float"
            ? CloseEnough(Convert.ToDouble(ours, CultureInfo.InvariantCulture), theirs.Text)
            : string.Equals(text, theirs.Text, StringComparison.Ordinal);
        if (!same)
        {
            differences.Add($"{where}: {kind} {text} vs {theirs.Text}");
        }
    }

    private static bool CloseEnough(double ours, string printed)
    {
        switch (printed)
        {
            case "inf":
                return double.IsPositiveInfinity(ours);
            case "-inf":
                return double.IsNegativeInfinity(ours);
            case "nan":
            case "-nan":
                return double.IsNaN(ours);
        }

        var theirs = double.Parse(printed, CultureInfo.InvariantCulture);
        return Math.Abs(ours - theirs) <= 5.0001e-7 + (Math.Abs(ours) * 1e-15);
    }
}
