using System.Net;
using HireGuard.IpIntelligence;

namespace HireGuard.Tests.IpIntelligence;

public sealed class DprkAddressSpaceTests
{
    [Theory]
    [InlineData("175.45.176.1", "175.45.176.0/22")]
    [InlineData("175.45.179.254", "175.45.176.0/22")]
    [InlineData("210.52.109.9", "210.52.109.0/24")]
    [InlineData("77.94.35.1", "77.94.35.0/24")]
    [InlineData("::ffff:175.45.177.10", "175.45.176.0/22")]
    public void CreateList_DocumentedBlocks_Match(string address, string network)
    {
        var list = DprkAddressSpace.CreateList();

        Assert.True(list.TryMatch(IPAddress.Parse(address), out var match));

        Assert.Equal(network, match.ToString());
        Assert.Equal(DprkAddressSpace.Label, list.Label);
        Assert.Equal(DprkAddressSpace.ListName, list.Name);
    }

    [Theory]
    [InlineData("175.45.180.1")]
    [InlineData("175.45.175.255")]
    [InlineData("210.52.108.1")]
    [InlineData("8.8.8.8")]
    public void CreateList_NeighbouringSpace_DoesNotMatch(string address)
    {
        Assert.False(DprkAddressSpace.CreateList().TryMatch(IPAddress.Parse(address), out _));
    }

    [Fact]
    public void Source_DescribesTheBuiltInList()
    {
        var source = DprkAddressSpace.Source;

        Assert.Equal("ip-list", source.Kind);
        Assert.Equal(3, source.Records);
        Assert.Equal(64, source.Sha256!.Length);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero), source.BuildDate);
    }
}
