using System.Collections;
using System.Net;
using System.Net.Sockets;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using HireGuard.IpIntelligence;

namespace HireGuard.Tests.IpIntelligence;

public sealed class MmdbWriterTests
{
    private static readonly Config PropertyConfig = Config.QuickThrowOnFailure.WithMaxTest(60);
    private static readonly int[] RecordSizes = [0, 24, 28, 32];

    [Fact]
    public void Write_ReplaceStrategy_EveryAddressAnswersTheLastInsertCoveringIt()
    {
        Prop.ForAll(Arb.From(Gen.Choose(0, 1_000_000)), seed => RoundTripMatchesModel(seed, MmdbMergeStrategy.Replace)).Check(PropertyConfig);
    }

    [Fact]
    public void Write_MergeDeepStrategy_EveryAddressAnswersTheFoldOfInsertsCoveringIt()
    {
        Prop.ForAll(Arb.From(Gen.Choose(0, 1_000_000)), seed => RoundTripMatchesModel(seed, MmdbMergeStrategy.MergeDeep)).Check(PropertyConfig);
    }

    [Fact]
    public void Write_MergeTopLevelStrategy_EveryAddressAnswersTheFoldOfInsertsCoveringIt()
    {
        Prop.ForAll(Arb.From(Gen.Choose(0, 1_000_000)), seed => RoundTripMatchesModel(seed, MmdbMergeStrategy.MergeTopLevel)).Check(PropertyConfig);
    }

    [Fact]
    public void Write_AnyValue_DecodesToTheSameValueAndType()
    {
        Prop.ForAll(Arb.From(Gen.Choose(0, 1_000_000)), seed =>
        {
            var random = new Random(seed);
            var value = MmdbRandomData.Value(random);
            using var reader = MmdbReader.FromMemory(MmdbFixtures.Build(w => w.Insert(IPNetwork.Parse("10.0.0.0/8"), value)));

            return SameValue(value, reader.Find(IPAddress.Parse("10.1.2.3")).Decode());
        }).Check(PropertyConfig);
    }

    [Fact]
    public void Insert_ConvenienceTypes_StoredAsDocumented()
    {
        var value = new Dictionary<string, object?>
        {
            ["byte"] = (byte)7,
            ["short"] = (short)-3,
            ["long-small"] = 5L,
            ["long-large"] = 1L << 40,
            ["long-negative"] = -5L,
            ["big"] = BigInteger.Pow(2, 100),
            ["nested"] = new object[] { "a", new Dictionary<string, object?> { ["b"] = true } },
        };

        using var reader = MmdbReader.FromMemory(MmdbFixtures.Build(w => w.Insert(IPNetwork.Parse("1.0.0.0/8"), value)));
        var decoded = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object>>(reader.Find(IPAddress.Parse("1.1.1.1")).Decode());

        Assert.Equal((ushort)7, decoded["byte"]);
        Assert.Equal(-3, decoded["short"]);
        Assert.Equal(5u, decoded["long-small"]);
        Assert.Equal(1UL << 40, decoded["long-large"]);
        Assert.Equal(-5, decoded["long-negative"]);
        Assert.Equal(UInt128.One << 100, decoded["big"]);
        Assert.Equal(["big", "byte", "long-large", "long-negative", "long-small", "nested", "short"], decoded.Keys);
    }

    [Fact]
    public void Insert_UnsupportedValues_ThrowArgumentException()
    {
        var writer = new MmdbWriter(new MmdbWriterOptions());
        var network = IPNetwork.Parse("1.0.0.0/8");
        var selfContaining = new List<object>();
        selfContaining.Add(selfContaining);

        Assert.Throws<ArgumentNullException>(() => writer.Insert(network, null!));
        Assert.Throws<ArgumentException>(() => writer.Insert(network, new Dictionary<string, object?> { ["x"] = null }));
        Assert.Throws<ArgumentException>(() => writer.Insert(network, DateTime.UnixEpoch));
        Assert.Throws<ArgumentException>(() => writer.Insert(network, long.MinValue));
        Assert.Throws<ArgumentException>(() => writer.Insert(network, new Hashtable { [1] = "not a string key" }));
        Assert.Throws<ArgumentException>(() => writer.Insert(network, selfContaining));
    }

    [Fact]
    public void Insert_Ipv6NetworkIntoIpv4Database_Throws()
    {
        var writer = new MmdbWriter(new MmdbWriterOptions { IpVersion = 4 });

        Assert.Throws<ArgumentException>(() => writer.Insert(IPNetwork.Parse("2001:db8::/32"), "x"));
        writer.Insert(IPNetwork.Parse("::ffff:1.2.3.0/120"), "mapped");
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(25)]
    public void Constructor_BadLayout_Throws(int value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MmdbWriter(new MmdbWriterOptions { IpVersion = value }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MmdbWriter(new MmdbWriterOptions { RecordSize = value }));
        Assert.Throws<ArgumentException>(() => new MmdbWriter(new MmdbWriterOptions { DatabaseType = " " }));
    }

    [Fact]
    public void Write_AliasIPv4_MappedAnd6to4AnswerFromTheIPv4Subtree()
    {
        var bytes = MmdbFixtures.Build(w =>
        {
            w.Insert(IPNetwork.Parse("81.2.69.0/24"), "london");
            w.Insert(IPNetwork.Parse("::ffff:9.9.9.0/120"), "mapped-insert");
            w.Insert(IPNetwork.Parse("2002:808:800::/40"), "six-to-four-insert");
        });
        using var reader = MmdbReader.FromMemory(bytes);

        Assert.Equal("london", reader.Find(IPAddress.Parse("81.2.69.160")).Decode());
        Assert.Equal("london", reader.Find(IPAddress.Parse("::ffff:81.2.69.160")).Decode());
        Assert.Equal("london", reader.Find(IPAddress.Parse("2002:5102:45a0::1")).Decode());
        Assert.Equal(40, reader.Find(IPAddress.Parse("2002:5102:45a0::1")).PrefixLength);
        Assert.Equal("mapped-insert", reader.Find(IPAddress.Parse("9.9.9.9")).Decode());
        Assert.Equal("six-to-four-insert", reader.Find(IPAddress.Parse("8.8.8.8")).Decode());
        Assert.Equal(24, reader.Find(IPAddress.Parse("8.8.8.8")).PrefixLength);
        Assert.Throws<ArgumentException>(() => new MmdbWriter(new MmdbWriterOptions()).Insert(IPNetwork.Parse("2002:808:808::/56"), "too small"));
        reader.Verify();
    }

    [Fact]
    public void Write_NoAlias_MappedSpaceIsOrdinaryIpv6()
    {
        var bytes = MmdbFixtures.Build(w => w.Insert(IPNetwork.Parse("2002::/16"), "6to4 relay"), o => o.AliasIPv4 = false);
        using var reader = MmdbReader.FromMemory(bytes);

        Assert.Equal("6to4 relay", reader.Find(IPAddress.Parse("2002:5102:45a0::1")).Decode());
        Assert.False(reader.Find(IPAddress.Parse("81.2.69.160")).Found);
    }

    [Fact]
    public void Write_Metadata_RoundTrips()
    {
        var bytes = MmdbFixtures.Build(
            w => w.Insert(IPNetwork.Parse("1.0.0.0/8"), "x"),
            o =>
            {
                o.DatabaseType = "Acme-Egress";
                o.Languages.Add("en");
                o.Languages.Add("de");
                o.Description["en"] = "Acme corporate egress";
                o.IpVersion = 4;
            });
        using var reader = MmdbReader.FromMemory(bytes);

        var metadata = reader.Metadata;

        Assert.Equal("Acme-Egress", metadata.DatabaseType);
        Assert.Equal(["en", "de"], metadata.Languages);
        Assert.Equal("Acme corporate egress", metadata.Description["en"]);
        Assert.Equal(4, metadata.IpVersion);
        Assert.Equal(24, metadata.RecordSize);
        Assert.Equal(MmdbFixtures.BuildTime, metadata.BuildDate);
        Assert.Equal(2, metadata.BinaryFormatMajorVersion);
    }

    [Fact]
    public void Write_NoBuildTime_UsesTheInjectedClock()
    {
        var clock = new FixedTimeProvider(new DateTimeOffset(2030, 5, 6, 7, 8, 9, TimeSpan.Zero));
        var writer = new MmdbWriter(new MmdbWriterOptions(), clock);
        writer.Insert(IPNetwork.Parse("1.0.0.0/8"), "x");
        using var stream = new MemoryStream();

        writer.Write(stream);
        using var reader = MmdbReader.FromMemory(stream.ToArray());

        Assert.Equal(clock.GetUtcNow(), reader.Metadata.BuildDate);
    }

    [Fact]
    public void Write_ManyNetworksOneValue_StoresTheValueOnce()
    {
        var value = new Dictionary<string, object> { ["label"] = "datacenter", ["note"] = new string('x', 200) };
        var bytes = MmdbFixtures.Build(w =>
        {
            for (var i = 0; i < 1000; i++)
            {
                w.Insert(new IPNetwork(IpText.FromNumber((uint)i << 12, 32), 22), value);
            }
        });

        Assert.True(bytes.Length < 20_000, $"{bytes.Length} bytes");
    }

    [Fact]
    public void Write_AdjacentIdenticalNetworks_AreMergedUnlessDisabled()
    {
        void Fill(MmdbWriter w)
        {
            w.Insert(IPNetwork.Parse("10.0.0.0/25"), "same");
            w.Insert(IPNetwork.Parse("10.0.0.128/25"), "same");
        }

        using var merged = MmdbReader.FromMemory(MmdbFixtures.Build(Fill));
        using var kept = MmdbReader.FromMemory(MmdbFixtures.Build(Fill, o => o.MergeAdjacentNetworks = false));

        Assert.Equal(24, merged.Find(IPAddress.Parse("10.0.0.1")).PrefixLength);
        Assert.Equal(25, kept.Find(IPAddress.Parse("10.0.0.1")).PrefixLength);
    }

    [Fact]
    public void Remove_InsideInsertedNetwork_LeavesAHole()
    {
        var bytes = MmdbFixtures.Build(w =>
        {
            w.Insert(IPNetwork.Parse("10.0.0.0/8"), "wide");
            w.Remove(IPNetwork.Parse("10.1.0.0/16"));
        });
        using var reader = MmdbReader.FromMemory(bytes);

        Assert.False(reader.Find(IPAddress.Parse("10.1.2.3")).Found);
        Assert.Equal(16, reader.Find(IPAddress.Parse("10.1.2.3")).PrefixLength);
        Assert.Equal("wide", reader.Find(IPAddress.Parse("10.2.0.0")).Decode());
    }

    [Theory]
    [InlineData(24)]
    [InlineData(28)]
    [InlineData(32)]
    public void Write_ExplicitRecordSize_IsUsedAndReadable(int recordSize)
    {
        var bytes = MmdbFixtures.Build(w => w.Insert(IPNetwork.Parse("2001:db8::/32"), recordSize), o => o.RecordSize = recordSize);
        using var reader = MmdbReader.FromMemory(bytes);

        Assert.Equal(recordSize, reader.Metadata.RecordSize);
        Assert.Equal(recordSize, reader.Find(IPAddress.Parse("2001:db8::1")).Decode());
        reader.Verify();
    }

    [Fact]
    public void Write_ToPath_ReplacesTheFileAtomically()
    {
        using var temp = new TemporaryDirectory();
        var path = temp.File("lists.mmdb");
        var writer = new MmdbWriter(new MmdbWriterOptions { BuildTime = MmdbFixtures.BuildTime });
        writer.Insert(IPNetwork.Parse("1.0.0.0/8"), "first");
        writer.Write(path);
        using var open = MmdbReader.Open(path);

        writer.Insert(IPNetwork.Parse("1.0.0.0/8"), "second");
        writer.Write(path);
        using var reopened = MmdbReader.Open(path);

        Assert.Equal("first", open.Find(IPAddress.Parse("1.2.3.4")).Decode());
        Assert.Equal("second", reopened.Find(IPAddress.Parse("1.2.3.4")).Decode());
        Assert.Single(Directory.GetFiles(temp.Path));
    }

    private static bool RoundTripMatchesModel(int seed, MmdbMergeStrategy strategy)
    {
        var random = new Random(seed);
        var ipv6 = random.Next(2) == 0;
        var operations = new List<(IPNetwork Network, object? Value)>();
        var writer = new MmdbWriter(new MmdbWriterOptions
        {
            IpVersion = ipv6 ? 6 : 4,
            RecordSize = RecordSizes[random.Next(RecordSizes.Length)],
            MergeStrategy = strategy,
            MergeAdjacentNetworks = random.Next(2) == 0,
            BuildTime = MmdbFixtures.BuildTime,
        });
        var count = random.Next(1, 40);
        for (var i = 0; i < count; i++)
        {
            // Nested networks make overlaps likely: derive many from a few roots.
            var network = operations.Count > 0 && random.Next(2) == 0
                ? Narrow(random, operations[random.Next(operations.Count)].Network)
                : MmdbRandomData.Network(random, ipv6);
            if (random.Next(8) == 0)
            {
                writer.Remove(network);
                operations.Add((network, null));
            }
            else
            {
                var value = strategy == MmdbMergeStrategy.Replace || random.Next(3) == 0 ? MmdbRandomData.Value(random) : MmdbRandomData.Map(random);
                writer.Insert(network, value);
                operations.Add((network, MmdbWriterValues.Normalize(value, "value")));
            }
        }

        using var stream = new MemoryStream();
        writer.Write(stream);
        using var reader = MmdbReader.FromMemory(stream.ToArray());
        reader.Verify();

        var probes = operations.SelectMany(o => new[] { o.Network.BaseAddress, MmdbRandomData.Inside(random, o.Network) })
            .Concat(Enumerable.Range(0, 20).Select(_ => ipv6 && random.Next(2) == 0 ? MmdbRandomData.RandomIPv6(random) : MmdbRandomData.RandomIPv4(random)));
        foreach (var address in probes)
        {
            object? expected = null;
            foreach (var (network, value) in operations)
            {
                if (Contains(network, address))
                {
                    expected = value is null ? null : expected is null ? value : MmdbWriterValues.Merge(expected, value, strategy);
                }
            }

            var found = reader.Find(address);
            if (found.Found != (expected is not null) || (expected is not null && !SameValue(expected, found.Decode())))
            {
                return false;
            }

            if (found.Found && !Contains(found.Network, address))
            {
                return false;
            }
        }

        return true;
    }

    private static IPNetwork Narrow(Random random, IPNetwork network)
    {
        var bits = network.BaseAddress.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
        var prefix = random.Next(network.PrefixLength, bits + 1);
        return new IPNetwork(IpText.Mask(MmdbRandomData.Inside(random, network), prefix), prefix);
    }

    private static bool Contains(IPNetwork network, IPAddress address)
    {
        if (network.BaseAddress.AddressFamily == AddressFamily.InterNetworkV6 && address.AddressFamily == AddressFamily.InterNetwork)
        {
            return false;
        }

        return network.Contains(address);
    }

    /// <summary>Compares a written value (caller objects or the writer's model) with a decoded one, type for type.</summary>
    private static bool SameValue(object? written, object? decoded)
    {
        switch (written)
        {
            case MmdbWriterMap map:
                return decoded is IReadOnlyDictionary<string, object> d && d.Count == map.Entries.Length
                    && map.Entries.All(e => d.TryGetValue(e.Key, out var v) && SameValue(e.Value, v));
            case MmdbWriterArray array:
                return decoded is IReadOnlyList<object> l && l.Count == array.Items.Length && array.Items.Zip(l).All(p => SameValue(p.First, p.Second));
            case IDictionary<string, object> map:
                return decoded is IReadOnlyDictionary<string, object> dm && dm.Count == map.Count
                    && map.All(e => dm.TryGetValue(e.Key, out var v) && SameValue(e.Value, v));
            case byte[] bytes:
                return decoded is byte[] other && bytes.AsSpan().SequenceEqual(other);
            case string text:
                return decoded is string s && string.Equals(text, s, StringComparison.Ordinal);
            case IEnumerable items:
                return decoded is IReadOnlyList<object> dl && items.Cast<object>().Count() == dl.Count && items.Cast<object>().Zip(dl).All(p => SameValue(p.First, p.Second));
            case double number:
                return decoded is double dd && BitConverter.DoubleToInt64Bits(number) == BitConverter.DoubleToInt64Bits(dd);
            case float number:
                return decoded is float df && BitConverter.SingleToInt32Bits(number) == BitConverter.SingleToInt32Bits(df);
            default:
                return written is not null && decoded is not null && written.GetType() == decoded.GetType() && written.Equals(decoded);
        }
    }

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
