using System.Net;
using System.Text;
using HireGuard.IpIntelligence;

namespace HireGuard.Tests.IpIntelligence;

/// <summary>Seeded random values, networks and addresses for writer and differential tests.</summary>
internal static class MmdbRandomData
{
    private const string Alphabet = "abcxyzABCXYZ0189 _-./:é☯♫日本\"'";

    public static object Value(Random random, int depth = 0)
    {
        var kind = random.Next(depth < 3 ? 12 : 10);
        return kind switch
        {
            0 => Text(random),
            1 => random.Next(10) switch
            {
                0 => double.PositiveInfinity,
                1 => double.NegativeInfinity,
                2 => double.NaN,
                3 => Math.Round((random.NextDouble() - 0.5) * 1e6, 6),
                _ => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-3, 12)),
            },
            2 => (float)((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-2, 6))),
            3 => Bytes(random),
            4 => (ushort)random.Next(0, 65536),
            5 => random.Next(4) == 0 ? (uint)random.Next(0, 256) : (uint)random.NextInt64(0, 1L << 32),
            6 => random.Next(3) == 0 ? random.Next(-100, 100) : (int)random.NextInt64(int.MinValue, int.MaxValue + 1L),
            7 => (ulong)random.NextInt64() << random.Next(0, 2),
            8 => ((UInt128)(ulong)random.NextInt64() << random.Next(0, 65)) | (ulong)random.Next(),
            9 => random.Next(2) == 0,
            10 => Map(random, depth),
            _ => Enumerable.Range(0, random.Next(0, 5)).Select(_ => Value(random, depth + 1)).ToList(),
        };
    }

    public static Dictionary<string, object> Map(Random random, int depth = 0)
    {
        var map = new Dictionary<string, object>(StringComparer.Ordinal);
        var count = random.Next(0, 6);
        for (var i = 0; i < count; i++)
        {
            map[Text(random)] = Value(random, depth + 1);
        }

        return map;
    }

    public static string Text(Random random)
    {
        var builder = new StringBuilder();
        var length = random.Next(0, 12);
        for (var i = 0; i < length; i++)
        {
            builder.Append(Alphabet[random.Next(Alphabet.Length)]);
        }

        return builder.ToString();
    }

    public static IPNetwork Network(Random random, bool ipv6)
    {
        if (!ipv6 || random.Next(3) == 0)
        {
            var prefix = random.Next(4, 33);
            var address = (uint)random.NextInt64(0, 1L << 32);
            return new IPNetwork(IpText.Mask(IpText.FromNumber(address, 32), prefix), prefix);
        }

        // At least /16 and never under ::/16 (IPv4 and IPv4-mapped space) or 2002::/16 (6to4 alias),
        // so IPv6 networks never overlap the IPv4 subtree or its aliases.
        var prefix6 = random.Next(16, 129);
        var high = (ulong)random.NextInt64() | ((ulong)random.Next(0, 2) << 63);
        if (high >> 48 is 0 or 0x2002)
        {
            high |= 1UL << 60;
        }

        var value = ((UInt128)high << 64) | (ulong)random.NextInt64();
        return new IPNetwork(IpText.Mask(IpText.FromNumber(value, 128), prefix6), prefix6);
    }

    /// <summary>A random address inside a network.</summary>
    public static IPAddress Inside(Random random, IPNetwork network)
    {
        var bits = network.BaseAddress.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128;
        var hostBits = bits - network.PrefixLength;
        var offset = ((UInt128)(ulong)random.NextInt64() << 64) | (ulong)random.NextInt64();
        if (hostBits < 128)
        {
            offset &= (UInt128.One << hostBits) - 1;
        }

        return IpText.FromNumber(IpText.ToNumber(network.BaseAddress) + offset, bits);
    }

    public static IPAddress RandomIPv4(Random random) => IpText.FromNumber((uint)random.NextInt64(0, 1L << 32), 32);

    public static IPAddress RandomIPv6(Random random) =>
        IpText.FromNumber(((UInt128)(ulong)random.NextInt64() << 64) | (ulong)random.NextInt64() | ((UInt128)(ulong)random.Next(0, 2) << 127), 128);

    private static byte[] Bytes(Random random)
    {
        var bytes = new byte[random.Next(0, 9)];
        random.NextBytes(bytes);
        return bytes;
    }
}
