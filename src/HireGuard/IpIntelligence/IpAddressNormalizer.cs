using System.Buffers.Binary;

namespace HireGuard.IpIntelligence;

/// <summary>
/// Finds the address to look up: IPv4-mapped (<c>::ffff:a.b.c.d</c>) → IPv4 always; 6to4
/// (<c>2002:AABB:CCDD::/48</c>) → the embedded IPv4 and Teredo (<c>2001:0::/32</c>) → the client's
/// IPv4 (last 32 bits, inverted) when enabled, as docs/MMDB.md §1.4 recommends: MaxMind's files alias
/// mapped and 6to4 space, but third-party files do not, and Teredo can never be aliased in a tree.
/// </summary>
internal static class IpAddressNormalizer
{
    /// <summary>Rewrites <paramref name="bytes"/> (4 or 16 bytes) in place; returns the new length.</summary>
    public static int Normalize(Span<byte> bytes, int length, bool decode6to4, bool decodeTeredo)
    {
        if (length != 16)
        {
            return length;
        }

        var high = BinaryPrimitives.ReadUInt64BigEndian(bytes);
        var low = BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]);
        uint v4;
        if (high == 0 && (low >> 32) == 0xFFFF)
        {
            v4 = (uint)low;
        }
        else if (decode6to4 && (high >> 48) == 0x2002)
        {
            v4 = (uint)(high >> 16);
        }
        else if (decodeTeredo && (high >> 32) == 0x2001_0000)
        {
            v4 = ~(uint)low;
        }
        else
        {
            return 16;
        }

        BinaryPrimitives.WriteUInt32BigEndian(bytes, v4);
        return 4;
    }
}
