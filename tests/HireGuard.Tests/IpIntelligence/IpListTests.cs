using System.Net;
using FsCheck;
using FsCheck.Fluent;
using HireGuard.IpIntelligence;

namespace HireGuard.Tests.IpIntelligence;

public sealed class IpListTests
{
    [Fact]
    public void Parse_MixedFile_LoadsEveryEntryKind()
    {
        const string Text = """
            # Astrill exits, compiled 2026-11-01
            ; another comment style
            // and another
            192.0.2.0/24          # a CIDR with a trailing comment
            198.51.100.7
            203.0.113.10 - 203.0.113.20
            2001:db8::/32

            2001:db8:1::5
            """;

        var list = IpList.Parse(new StringReader(Text), "astrill.txt", "astrill");

        Assert.Equal("astrill", list.Label);
        Assert.Equal("astrill.txt", list.Name);
        Assert.False(list.IsAllowList);
        Assert.Equal(
            ["192.0.2.0/24", "198.51.100.7/32", "203.0.113.10/31", "203.0.113.12/30", "203.0.113.16/30", "203.0.113.20/32", "2001:db8::/32", "2001:db8:1::5/128"],
            list.Networks.Select(n => n.ToString()));
        Assert.Empty(list.Warnings);
    }

    [Theory]
    [InlineData("192.0.2.99", "192.0.2.0/24")]
    [InlineData("::ffff:192.0.2.99", "192.0.2.0/24")]
    [InlineData("192.0.2.130", "192.0.2.128/25")]
    [InlineData("2001:db8::1", "2001:db8::/32")]
    public void TryMatch_NestedEntries_ReturnsMostSpecific(string address, string expected)
    {
        var list = IpList.Parse(new StringReader("192.0.2.0/24\n192.0.2.128/25\n2001:db8::/32\n"), "l", "datacenter");

        Assert.True(list.TryMatch(IPAddress.Parse(address), out var network));

        Assert.Equal(expected, network.ToString());
    }

    [Fact]
    public void TryMatch_AddressOutside_ReturnsFalse()
    {
        var list = IpList.Parse(new StringReader("192.0.2.0/24\n"), "l", "datacenter");

        Assert.False(list.TryMatch(IPAddress.Parse("192.0.3.1"), out _));
        Assert.False(list.TryMatch(IPAddress.Parse("2001:db8::1"), out _));
    }

    [Theory]
    [InlineData("192.0.2.0/33", 2, "invalid prefix length")]
    [InlineData("192.0.2", 2, "is not an IP address")]
    [InlineData("010.0.0.1", 2, "is not an IP address")]
    [InlineData("0x7f.0.0.1", 2, "is not an IP address")]
    [InlineData("fe80::1%eth0", 2, "is not an IP address")]
    [InlineData("192.0.2.9 - 192.0.2.1", 2, "ends before it starts")]
    [InlineData("192.0.2.1 - 2001:db8::1", 2, "mixes IPv4 and IPv6")]
    [InlineData("192.0.2.1,astrill", 2, "more than one field")]
    [InlineData("192.0.2.0/024", 2, "invalid prefix length")]
    public void Parse_BadLine_ThrowsWithNameAndLine(string line, int lineNumber, string problem)
    {
        var error = Assert.Throws<IpListFormatException>(() => IpList.Parse(new StringReader("# header\n" + line + "\n"), "vpn.txt", "vpn"));

        Assert.StartsWith($"vpn.txt:{lineNumber}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Equal("vpn.txt", error.ListName);
        Assert.Equal(lineNumber, error.LineNumber);
    }

    [Fact]
    public void Parse_RecoverableOddities_BecomeWarnings()
    {
        var list = IpList.Parse(new StringReader("192.0.2.77/24\n192.0.2.0/24\n::ffff:198.51.100.0/120\n0.0.0.0/0\n"), "odd.txt", "odd");

        Assert.Equal(["192.0.2.0/24", "198.51.100.0/24", "0.0.0.0/0"], list.Networks.Select(n => n.ToString()));
        Assert.Collection(
            list.Warnings,
            w => Assert.Equal("odd.txt:1: '192.0.2.77/24' has host bits set; using 192.0.2.0/24", w),
            w => Assert.Equal("odd.txt:2: 192.0.2.0/24 duplicates line 1", w),
            w => Assert.Equal("odd.txt:3: IPv4-mapped ::ffff:198.51.100.0/120 is stored as 198.51.100.0/24", w),
            w => Assert.Equal("odd.txt:4: 0.0.0.0/0 covers every IPv4 address", w));
    }

    [Fact]
    public void Parse_EmptyList_WarnsButLoads()
    {
        var list = IpList.Parse(new StringReader("# nothing yet\n"), "empty.txt", "tor-exit");

        Assert.Empty(list.Networks);
        Assert.Equal(["empty.txt:1: the list has no entries"], list.Warnings);
    }

    [Fact]
    public void Parse_ManyWarnings_AreCapped()
    {
        var text = string.Join('\n', Enumerable.Repeat("192.0.2.0/24", 150));

        var list = IpList.Parse(new StringReader(text), "dup.txt", "dup");

        Assert.Equal(101, list.Warnings.Count);
        Assert.Equal("dup.txt: 49 more warnings not shown", list.Warnings[^1]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Astrill")]
    [InlineData("-vpn")]
    [InlineData("tor exit")]
    public void Parse_InvalidLabel_ThrowsArgumentException(string label)
    {
        Assert.Throws<ArgumentException>(() => IpList.Parse(new StringReader("192.0.2.0/24"), "l", label));
    }

    [Fact]
    public void Load_File_UsesFileNameAndAllowFlag()
    {
        using var temp = new TemporaryDirectory();
        var path = temp.File("egress.txt");
        File.WriteAllText(path, "203.0.113.0/24\n");

        var list = IpList.Load(path, "corporate-egress", isAllowList: true);

        Assert.Equal("egress.txt", list.Name);
        Assert.True(list.IsAllowList);
        Assert.True(list.TryMatch(IPAddress.Parse("203.0.113.5"), out _));
    }

    [Fact]
    public void Create_DuplicatesAndMapped_AreNormalised()
    {
        var list = IpList.Create("x", "x", [IPNetwork.Parse("192.0.2.0/24"), IPNetwork.Parse("192.0.2.0/24"), IPNetwork.Parse("::ffff:198.51.100.0/120")]);

        Assert.Equal(["192.0.2.0/24", "198.51.100.0/24"], list.Networks.Select(n => n.ToString()));
    }

    [Fact]
    public void Parse_RandomText_ThrowsOnlyListFormatException()
    {
        Prop.ForAll<string>(text =>
        {
            try
            {
                IpList.Parse(new StringReader(text ?? string.Empty), "fuzz.txt", "fuzz");
            }
            catch (IpListFormatException)
            {
            }

            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }

    [Fact]
    public void Parse_RandomAddressLikeLines_ThrowOnlyListFormatExceptionAndAgreeWithIPAddress()
    {
        const string Alphabet = "0123456789abcdefABCDEF.:/- %#x\t";
        var random = new Random(99);
        for (var i = 0; i < 20_000; i++)
        {
            var chars = new char[random.Next(1, 24)];
            for (var c = 0; c < chars.Length; c++)
            {
                chars[c] = Alphabet[random.Next(Alphabet.Length)];
            }

            var line = new string(chars);
            try
            {
                var list = IpList.Parse(new StringReader(line), "fuzz.txt", "fuzz");
                if (list.Networks.Count == 1 && !line.Contains('/', StringComparison.Ordinal) && !line.Contains('-', StringComparison.Ordinal))
                {
                    var text = line.Split('#')[0].Trim();
                    Assert.True(IPAddress.TryParse(text, out var parsed), line);
                    Assert.Equal(parsed, list.Networks[0].BaseAddress);
                }
            }
            catch (IpListFormatException)
            {
            }
        }
    }
}
