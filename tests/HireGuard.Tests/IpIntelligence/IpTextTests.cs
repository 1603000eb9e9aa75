using System.Net;
using FsCheck;
using FsCheck.Fluent;
using HireGuard.IpIntelligence;

namespace HireGuard.Tests.IpIntelligence;

public sealed class IpTextTests
{
    [Theory]
    [InlineData("0.0.0.0", true)]
    [InlineData("255.255.255.255", true)]
    [InlineData("1.2.3.4", true)]
    [InlineData("256.1.1.1", false)]
    [InlineData("1.2.3", false)]
    [InlineData("1.2.3.4.5", false)]
    [InlineData("01.2.3.4", false)]
    [InlineData("1.2.3.4 ", false)]
    [InlineData("::1", true)]
    [InlineData("2001:db8::1.2.3.4", true)]
    [InlineData("2001:db8::01.2.3.4", false)]
    [InlineData("[::1]", false)]
    [InlineData("fe80::1%1", false)]
    [InlineData("", false)]
    public void TryParseAddress_Examples(string text, bool valid)
    {
        Assert.Equal(valid, IpText.TryParseAddress(text, out _));
    }

    [Fact]
    public void TryParseAddress_AnyString_NeverThrowsAndAgreesWithIPAddress()
    {
        Prop.ForAll<string>(text =>
        {
            text ??= string.Empty;
            if (!IpText.TryParseAddress(text, out var ours))
            {
                return true;
            }

            return IPAddress.TryParse(text, out var theirs) && theirs.Equals(ours);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(5000));
    }

    [Fact]
    public void TryParseAddress_RandomDottedQuads_MatchIPAddress()
    {
        Prop.ForAll<uint>(value =>
        {
            var text = $"{value >> 24}.{(value >> 16) & 255}.{(value >> 8) & 255}.{value & 255}";
            return IpText.TryParseAddress(text, out var ours) && ours.Equals(IPAddress.Parse(text));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }

    [Fact]
    public void TryParseRange_AnyIpv4Range_CoversExactlyTheRange()
    {
        Prop.ForAll<uint, uint>((x, y) =>
        {
            var (from, to) = x <= y ? (x, y) : (y, x);
            var networks = new List<IPNetwork>();
            Assert.True(IpText.TryParseRange(IpText.FromNumber(from, 32).ToString(), IpText.FromNumber(to, 32).ToString(), networks, out _));

            UInt128 next = from;
            foreach (var network in networks)
            {
                if (IpText.ToNumber(network.BaseAddress) != next)
                {
                    return false;
                }

                next += UInt128.One << (32 - network.PrefixLength);
            }

            return next == (UInt128)to + 1 && networks.Count <= 62;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));
    }

    [Fact]
    public void TryParseRange_WholeIpv6Space_IsOneNetwork()
    {
        var networks = new List<IPNetwork>();

        Assert.True(IpText.TryParseRange("::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", networks, out _));

        Assert.Equal(["::/0"], networks.Select(n => n.ToString()));
    }
}
