namespace HireGuard.Sanctions;

/// <summary>
/// The compare form of a digital-currency address, keyed on the address alone (OFAC lists one
/// <c>0x…</c> address under ETH, USDT and USDC): hexadecimal EVM addresses and bech32/cashaddr
/// addresses are case-insensitive and folded to lower case; base58 addresses (legacy Bitcoin,
/// TRON, XRP, Monero …) are case-sensitive and kept as written.
/// </summary>
internal static class WalletAddress
{
    /// <summary>Addresses shorter than this are not matched (too easy to collide).</summary>
    public const int MinLength = 11;

    /// <summary>Addresses longer than this are not addresses.</summary>
    public const int MaxLength = 128;

    private const string Bech32Charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

    private static readonly string[] UriPrefixes = ["bitcoin:", "bitcoincash:", "ethereum:", "litecoin:", "tron:"];

    private static readonly string[] Bech32Prefixes = ["bc1", "tb1", "bcrt1", "ltc1", "tltc1"];

    /// <summary>Returns the compare form, or null when the text cannot be an address.</summary>
    public static string? Key(string? address)
    {
        if (address is null)
        {
            return null;
        }

        var span = address.AsSpan().Trim();
        foreach (var prefix in UriPrefixes)
        {
            if (span.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                span = span[prefix.Length..];
                break;
            }
        }

        if (span.Length is < MinLength or > MaxLength)
        {
            return null;
        }

        foreach (var c in span)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return null;
            }
        }

        if (span.Length == 42 && span[0] == '0' && (span[1] is 'x' or 'X') && IsHex(span[2..]))
        {
            return "0x" + span[2..].ToString().ToLowerInvariant();
        }

        if (IsBech32(span))
        {
            return span.ToString().ToLowerInvariant();
        }

        return span.ToString();
    }

    private static bool IsHex(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsBech32(ReadOnlySpan<char> span)
    {
        // bech32 / cashaddr: one case throughout, data part from the bech32 alphabet.
        var hasLower = false;
        var hasUpper = false;
        foreach (var c in span)
        {
            hasLower |= char.IsAsciiLetterLower(c);
            hasUpper |= char.IsAsciiLetterUpper(c);
        }

        if (hasLower && hasUpper)
        {
            return false;
        }

        var lower = span.ToString().ToLowerInvariant();
        var data = -1;
        foreach (var prefix in Bech32Prefixes)
        {
            if (lower.StartsWith(prefix, StringComparison.Ordinal))
            {
                data = prefix.Length;
                break;
            }
        }

        // A cashaddr (Bitcoin Cash) payload without its prefix: q… or p…, 42 characters.
        if (data < 0 && lower.Length == 42 && lower[0] is 'q' or 'p')
        {
            data = 0;
        }

        if (data < 0)
        {
            return false;
        }

        for (var i = data; i < lower.Length; i++)
        {
            if (!Bech32Charset.Contains(lower[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
