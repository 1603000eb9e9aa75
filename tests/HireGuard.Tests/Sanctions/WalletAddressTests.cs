using HireGuard.Sanctions;

namespace HireGuard.Tests.Sanctions;

public sealed class WalletAddressTests
{
    [Theory]
    [InlineData("0xB6F5EC1A0A9CD1526536D3F0426C429529471F40", "0xb6f5ec1a0a9cd1526536d3f0426c429529471f40")] // EVM: case-insensitive
    [InlineData("ethereum:0x97b1043abd9e6fc31681635166d430a458d14f9c", "0x97b1043abd9e6fc31681635166d430a458d14f9c")]
    [InlineData("BC1QVHNFKNW852EPHXYC5HM4Q520ZMVF9MAPHETC9Z", "bc1qvhnfknw852ephxyc5hm4q520zmvf9maphetc9z")] // bech32: case-insensitive
    [InlineData(" 1HmqvgSXUVES1jn4TQPzk9dxo1NE8wim2T ", "1HmqvgSXUVES1jn4TQPzk9dxo1NE8wim2T")] // base58: kept
    [InlineData("TNMcQVGPzqH9ZfMCSY4PNrukevtDgp24dK", "TNMcQVGPzqH9ZfMCSY4PNrukevtDgp24dK")] // TRON base58
    public void Key_FoldsOnlyCaseInsensitiveEncodings(string address, string key)
    {
        Assert.Equal(key, WalletAddress.Key(address));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1Hmq")]
    [InlineData("not an address at all")]
    [InlineData("bc1qmixedCASEqqqqqqqqqqqqqqqqqqqqqqqqqqq")]
    public void Key_NotAnAddress_IsNullOrCaseSensitive(string? address)
    {
        var key = WalletAddress.Key(address);

        Assert.True(key is null || key == address, key);
    }

    [Theory]
    [InlineData("754 110 065", "754110065")]
    [InlineData("RA-76842", "RA76842")]
    [InlineData("abc", null)]
    [InlineData("ABCDEF", null)]
    public void IdentifierKey_KeepsLettersAndDigits(string value, string? key)
    {
        Assert.Equal(key, IdentifierKey.Of(value));
    }
}
