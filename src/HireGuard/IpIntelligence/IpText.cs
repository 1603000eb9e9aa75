using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace HireGuard.IpIntelligence;

/// <summary>
/// Strict parsing of addresses, CIDR networks and ranges as written in lists. IPv4 must be four
/// decimal octets without leading zeros (so <c>010.0.0.1</c>, <c>1.2.3</c> and <c>0x7f.0.0.1</c> are
/// rejected rather than read as octal or hex); IPv6 is RFC 4291 text without a zone or brackets.
/// Never throws.
/// </summary>
internal static class IpText
{
    /// <summary>Parses one address.</summary>
    public static bool TryParseAddress(ReadOnlySpan<char> text, out IPAddress address)
    {
        address = IPAddress.None;
        if (text.IsEmpty || text.Length > 45)
        {
            return false;
        }

        if (text.Contains(':'))
        {
            if (text.ContainsAny('%', '[', ']') || text.Contains(' '))
            {
                return false;
            }

            if (!IPAddress.TryParse(text, out var parsed) || parsed.AddressFamily != AddressFamily.InterNetworkV6)
            {
                return false;
            }

            var tail = text.LastIndexOf(':');
            if (text[(tail + 1)..].Contains('.') && !TryParseIPv4(text[(tail + 1)..], out _))
            {
                return false;
            }

            address = parsed;
            return true;
        }

        if (!TryParseIPv4(text, out var v4))
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, v4);
        address = new IPAddress(bytes);
        return true;
    }

    /// <summary>Parses <c>a.b.c.d</c> strictly.</summary>
    public static bool TryParseIPv4(ReadOnlySpan<char> text, out uint value)
    {
        value = 0;
        var octets = 0;
        var i = 0;
        while (octets < 4)
        {
            var start = i;
            var octet = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                octet = (octet * 10) + (text[i] - '0');
                i++;
                if (i - start > 3)
                {
                    return false;
                }
            }

            var digits = i - start;
            if (digits == 0 || octet > 255 || (digits > 1 && text[start] == '0'))
            {
                return false;
            }

            value = (value << 8) | (uint)octet;
            octets++;
            if (octets < 4)
            {
                if (i >= text.Length || text[i] != '.')
                {
                    return false;
                }

                i++;
            }
        }

        return i == text.Length;
    }

    /// <summary>
    /// Parses <c>address</c>, <c>address/prefix</c>. A network whose address has host bits set is
    /// masked and reported through <paramref name="hadHostBits"/>.
    /// </summary>
    public static bool TryParseNetwork(ReadOnlySpan<char> text, out IPNetwork network, out bool hadHostBits, out string error)
    {
        network = default;
        hadHostBits = false;
        var slash = text.IndexOf('/');
        var addressText = slash < 0 ? text : text[..slash];
        if (!TryParseAddress(addressText, out var address))
        {
            error = $"'{Shorten(text)}' is not an IP address, CIDR network or range";
            return false;
        }

        var maxPrefix = address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
        var prefix = maxPrefix;
        if (slash >= 0)
        {
            var prefixText = text[(slash + 1)..];
            if (prefixText.IsEmpty || prefixText.Length > 3 || prefixText.ContainsAnyExceptInRange('0', '9')
                || !int.TryParse(prefixText, NumberStyles.None, CultureInfo.InvariantCulture, out prefix) || prefix > maxPrefix
                || (prefixText.Length > 1 && prefixText[0] == '0'))
            {
                error = $"'{Shorten(text)}' has an invalid prefix length (0–{maxPrefix})";
                return false;
            }
        }

        var masked = Mask(address, prefix);
        hadHostBits = !masked.Equals(address);
        network = new IPNetwork(masked, prefix);
        error = string.Empty;
        return true;
    }

    /// <summary>Parses <c>first-last</c> (inclusive, same family) into the smallest list of CIDR networks.</summary>
    public static bool TryParseRange(ReadOnlySpan<char> first, ReadOnlySpan<char> last, List<IPNetwork> networks, out string error)
    {
        if (!TryParseAddress(first.Trim(), out var start) || !TryParseAddress(last.Trim(), out var end))
        {
            error = $"'{Shorten(first)}-{Shorten(last)}' is not a valid address range";
            return false;
        }

        if (start.AddressFamily != end.AddressFamily)
        {
            error = $"'{start}-{end}' mixes IPv4 and IPv6";
            return false;
        }

        var bits = start.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
        var from = ToNumber(start);
        var to = ToNumber(end);
        if (from > to)
        {
            error = $"'{start}-{end}' ends before it starts";
            return false;
        }

        while (true)
        {
            // The largest aligned block starting at 'from' that does not pass 'to'.
            var size = from == UInt128.Zero ? bits : Math.Min(bits, (int)UInt128.TrailingZeroCount(from));
            while (size > 0 && (size >= 128 ? UInt128.MaxValue : ((UInt128.One << size) - 1)) > to - from)
            {
                size--;
            }

            networks.Add(new IPNetwork(FromNumber(from, bits), bits - size));
            var blockEnd = from + (size >= 128 ? UInt128.MaxValue : ((UInt128.One << size) - 1));
            if (blockEnd >= to)
            {
                break;
            }

            from = blockEnd + 1;
        }

        error = string.Empty;
        return true;
    }

    /// <summary>Returns the address as a number (IPv4 in the low 32 bits).</summary>
    public static UInt128 ToNumber(IPAddress address)
    {
        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out var written);
        return written == 4 ? BinaryPrimitives.ReadUInt32BigEndian(bytes) : BinaryPrimitives.ReadUInt128BigEndian(bytes);
    }

    /// <summary>Builds an address from a number.</summary>
    public static IPAddress FromNumber(UInt128 value, int bits)
    {
        if (bits == 32)
        {
            Span<byte> v4 = stackalloc byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(v4, (uint)value);
            return new IPAddress(v4);
        }

        Span<byte> v6 = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128BigEndian(v6, value);
        return new IPAddress(v6);
    }

    /// <summary>Masks an address to a prefix.</summary>
    public static IPAddress Mask(IPAddress address, int prefix)
    {
        var bits = address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
        var value = ToNumber(address);
        var mask = prefix == 0 ? UInt128.Zero : (bits == 32 ? (UInt128)(uint.MaxValue << (32 - prefix)) : UInt128.MaxValue << (128 - prefix));
        return FromNumber(value & mask, bits);
    }

    private static string Shorten(ReadOnlySpan<char> text) => text.Length <= 60 ? text.ToString() : string.Concat(text[..57], "...");
}
