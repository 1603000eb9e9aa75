using System.Net;
using HireGuard.IpIntelligence;
using HireGuard.Tests.TestUtilities;

namespace HireGuard.Tests.IpIntelligence;

/// <summary>
/// Mutated and truncated databases (seeded, bounded): opening, looking up, decoding, typed reads,
/// enumerating and verifying may only ever throw <see cref="InvalidDatabaseException"/>.
/// </summary>
public sealed class MmdbReaderFuzzTests
{
    private static readonly string[] SharedSeeds =
    [
        "MaxMind-DB-test-ipv4-24.mmdb",
        "MaxMind-DB-test-mixed-28.mmdb",
        "MaxMind-DB-test-ipv6-32.mmdb",
        "MaxMind-DB-test-decoder.mmdb",
        "MaxMind-DB-test-metadata-pointers.mmdb",
        "GeoIP2-City-Test.mmdb",
        "GeoIP2-Anonymous-IP-Test.mmdb",
    ];

    [Fact]
    public void Open_MutatedWriterDatabases_ThrowOnlyInvalidDatabase()
    {
        var random = new Random(20261122);
        var seeds = Enumerable.Range(0, 4).Select(i => WriterSeed(new Random(i), i)).ToList();

        var exercised = FuzzAll(seeds, random, mutantsPerSeed: 150);

        Assert.Equal(600, exercised);
    }

    [RequiresFact(Prerequisite.SharedDataName)]
    public void Open_MutatedTestDatabases_ThrowOnlyInvalidDatabase()
    {
        var random = new Random(4242);
        var seeds = SharedSeeds.Select(n => File.ReadAllBytes(MmdbTestFiles.TestData(n))).ToList();

        var exercised = FuzzAll(seeds, random, mutantsPerSeed: 120);

        Assert.Equal(seeds.Count * 120, exercised);
    }

    [RequiresFact(Prerequisite.SharedDataName)]
    public void Open_EveryTruncationOfASmallDatabase_ThrowsOnlyInvalidDatabase()
    {
        var bytes = File.ReadAllBytes(MmdbTestFiles.TestData("MaxMind-DB-test-ipv4-24.mmdb"));

        for (var length = 0; length < bytes.Length; length++)
        {
            AssertOnlyInvalidDatabase(bytes.AsSpan(0, length).ToArray(), $"truncated to {length}");
        }
    }

    private static int FuzzAll(List<byte[]> seeds, Random random, int mutantsPerSeed)
    {
        var exercised = 0;
        foreach (var seed in seeds)
        {
            for (var i = 0; i < mutantsPerSeed; i++)
            {
                var (mutant, how) = Mutate(seed, random);
                AssertOnlyInvalidDatabase(mutant, how);
                exercised++;
            }
        }

        return exercised;
    }

    private static void AssertOnlyInvalidDatabase(byte[] bytes, string how)
    {
        foreach (var exception in MmdbReaderTests.Exercise(() => MmdbReader.FromMemory(bytes)))
        {
            Assert.True(exception is InvalidDatabaseException, $"{how}: {exception}");
        }
    }

    private static (byte[] Mutant, string How) Mutate(byte[] seed, Random random)
    {
        var bytes = (byte[])seed.Clone();
        switch (random.Next(6))
        {
            case 0:
                {
                    var flips = random.Next(1, 9);
                    for (var i = 0; i < flips; i++)
                    {
                        bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                    }

                    return (bytes, $"{flips} bit flips");
                }

            case 1:
                {
                    var start = random.Next(bytes.Length);
                    var length = Math.Min(random.Next(1, 16), bytes.Length - start);
                    random.NextBytes(bytes.AsSpan(start, length));
                    return (bytes, $"random bytes at {start}+{length}");
                }

            case 2:
                {
                    var length = random.Next(bytes.Length);
                    return (bytes[..length], $"truncated to {length}");
                }

            case 3:
                {
                    // Damage the metadata region, where sizes and counts live.
                    var start = Math.Max(0, bytes.Length - random.Next(1, 200));
                    bytes[start] = (byte)random.Next(256);
                    return (bytes, $"metadata byte {start}");
                }

            case 4:
                {
                    // Damage the search tree, where record values live.
                    var index = random.Next(Math.Min(bytes.Length, 4096));
                    bytes[index] = random.Next(2) == 0 ? (byte)0xFF : (byte)random.Next(256);
                    return (bytes, $"tree byte {index}");
                }

            default:
                {
                    // Copy a chunk over another place: plausible headers in the wrong place.
                    var length = random.Next(1, 64);
                    var from = random.Next(Math.Max(1, bytes.Length - length));
                    var to = random.Next(Math.Max(1, bytes.Length - length));
                    Array.Copy(seed, from, bytes, to, Math.Min(length, Math.Min(bytes.Length - from, bytes.Length - to)));
                    return (bytes, $"copied {length} bytes {from}→{to}");
                }
        }
    }

    private static byte[] WriterSeed(Random random, int variant) => MmdbFixtures.Build(
        w =>
        {
            for (var i = 0; i < 40; i++)
            {
                w.Insert(MmdbRandomData.Network(random, variant % 2 == 0), MmdbRandomData.Map(random));
            }

            w.Insert(IPNetwork.Parse("1.1.1.0/24"), MmdbRandomData.Map(random));
        },
        o =>
        {
            o.IpVersion = variant % 2 == 0 ? 6 : 4;
            o.RecordSize = 24 + (4 * (variant % 3));
        });
}
