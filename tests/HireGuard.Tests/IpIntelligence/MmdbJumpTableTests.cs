using System.Net;
using HireGuard.IpIntelligence;

namespace HireGuard.Tests.IpIntelligence;

/// <summary>
/// The IPv4 jump table answers the first levels of a walk from one lookup: at every width it must
/// give exactly what the plain walk gives (record, found, prefix length), including networks
/// shorter than the table width and gaps.
/// </summary>
public sealed class MmdbJumpTableTests
{
    [Theory]
    [InlineData(4, 24)]
    [InlineData(4, 28)]
    [InlineData(6, 32)]
    public void Find_EveryTableWidth_MatchesThePlainWalk(int ipVersion, int recordSize)
    {
        var random = new Random(900 + recordSize);
        var networks = new List<IPNetwork>();
        var database = MmdbFixtures.Build(
            w =>
            {
                // Short prefixes end inside the table; long ones continue below it.
                for (var n = 0; n < 3000; n++)
                {
                    var prefix = n % 10 == 0 ? random.Next(6, 20) : random.Next(20, 33);
                    var network = new IPNetwork(IpText.Mask(MmdbRandomData.RandomIPv4(random), prefix), prefix);
                    w.Insert(network, (uint)n);
                    networks.Add(network);
                }
            },
            o =>
            {
                o.IpVersion = ipVersion;
                o.RecordSize = recordSize;
            });

        var addresses = new List<IPAddress>();
        foreach (var network in networks)
        {
            addresses.Add(network.BaseAddress);
            addresses.Add(MmdbRandomData.Inside(random, network));
        }

        for (var i = 0; i < 3000; i++)
        {
            addresses.Add(MmdbRandomData.RandomIPv4(random));
        }

        using var plain = MmdbReader.FromMemoryWithJumpBits(database, jumpBits: 0);
        var expected = addresses.Select(a => plain.Find(a)).Select(r => (r.Found, r.Position, r.PrefixLength)).ToList();
        Assert.Contains(expected, e => e.Found && e.PrefixLength < 16);
        Assert.Contains(expected, e => e.Found && e.PrefixLength > 20);
        Assert.Contains(expected, e => !e.Found);

        foreach (var bits in new[] { 1, 8, 16, 17, 20 })
        {
            using var reader = MmdbReader.FromMemoryWithJumpBits(database, jumpBits: bits);
            for (var i = 0; i < addresses.Count; i++)
            {
                var result = reader.Find(addresses[i]);
                Assert.Equal(expected[i], (result.Found, result.Position, result.PrefixLength));
            }

            if (ipVersion == 6)
            {
                // IPv4-mapped addresses are answered from the same IPv4 subtree (and table).
                var mapped = reader.Find(addresses[0].MapToIPv6());
                var plainMapped = plain.Find(addresses[0].MapToIPv6());
                Assert.Equal((plainMapped.Found, plainMapped.Position, plainMapped.PrefixLength), (mapped.Found, mapped.Position, mapped.PrefixLength));
            }
        }
    }
}
