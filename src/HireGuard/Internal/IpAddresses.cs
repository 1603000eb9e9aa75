using System.Net;
using System.Net.Sockets;

namespace HireGuard.Internal;

/// <summary>Strict IP address parsing: dotted-quad IPv4 and RFC 4291 IPv6 text only.</summary>
internal static class IpAddresses
{
    /// <summary>
    /// Parses an address, rejecting the legacy forms <see cref="IPAddress.TryParse(string?, out IPAddress?)"/>
    /// accepts (<c>127.1</c>, <c>0x7f000001</c>, octal octets, scope ids). IPv4-mapped IPv6 addresses
    /// are mapped to IPv4.
    /// </summary>
    public static bool TryParse(string? text, out IPAddress address)
    {
        address = IPAddress.None;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 45)
        {
            return false;
        }

        var s = text.AsSpan().Trim();
        if (s.Contains(':'))
        {
            if (s.Contains('%') || !IPAddress.TryParse(s, out var v6) || v6.AddressFamily != AddressFamily.InterNetworkV6)
            {
                return false;
            }

            address = v6.IsIPv4MappedToIPv6 ? v6.MapToIPv4() : v6;
            return true;
        }

        Span<byte> octets = stackalloc byte[4];
        var part = 0;
        var value = 0;
        var digits = 0;
        foreach (var c in s)
        {
            if (c == '.')
            {
                if (digits == 0 || part == 3)
                {
                    return false;
                }

                octets[part++] = (byte)value;
                value = 0;
                digits = 0;
            }
            else if (char.IsAsciiDigit(c))
            {
                if (digits > 0 && value == 0)
                {
                    return false; // leading zero: ambiguous (octal in some parsers)
                }

                value = (value * 10) + (c - '0');
                if (++digits > 3 || value > 255)
                {
                    return false;
                }
            }
            else
            {
                return false;
            }
        }

        if (digits == 0 || part != 3)
        {
            return false;
        }

        octets[3] = (byte)value;
        address = new IPAddress(octets);
        return true;
    }
}
