namespace HireGuard.IpIntelligence;

/// <summary>
/// Structural equality of writer values that matches their encoding: same MMDB type and same
/// bytes (so <c>(uint)5</c> and <c>(ushort)5</c> differ, and doubles compare by bits).
/// </summary>
internal sealed class MmdbValueComparer : IEqualityComparer<object>
{
    public static MmdbValueComparer Instance { get; } = new();

    public new bool Equals(object? x, object? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null || x.GetType() != y.GetType())
        {
            return false;
        }

        switch (x)
        {
            case string s:
                return string.Equals(s, (string)y, StringComparison.Ordinal);
            case double d:
                return BitConverter.DoubleToInt64Bits(d) == BitConverter.DoubleToInt64Bits((double)y);
            case float f:
                return BitConverter.SingleToInt32Bits(f) == BitConverter.SingleToInt32Bits((float)y);
            case byte[] b:
                return b.AsSpan().SequenceEqual((byte[])y);
            case MmdbWriterMap m:
                {
                    var other = (MmdbWriterMap)y;
                    if (m.Hash != other.Hash || m.Entries.Length != other.Entries.Length)
                    {
                        return false;
                    }

                    for (var i = 0; i < m.Entries.Length; i++)
                    {
                        if (!string.Equals(m.Entries[i].Key, other.Entries[i].Key, StringComparison.Ordinal) || !Equals(m.Entries[i].Value, other.Entries[i].Value))
                        {
                            return false;
                        }
                    }

                    return true;
                }

            case MmdbWriterArray a:
                {
                    var other = (MmdbWriterArray)y;
                    if (a.Hash != other.Hash || a.Items.Length != other.Items.Length)
                    {
                        return false;
                    }

                    for (var i = 0; i < a.Items.Length; i++)
                    {
                        if (!Equals(a.Items[i], other.Items[i]))
                        {
                            return false;
                        }
                    }

                    return true;
                }

            default:
                return x.Equals(y);
        }
    }

    public int GetHashCode(object obj) => obj switch
    {
        string s => string.GetHashCode(s, StringComparison.Ordinal),
        double d => BitConverter.DoubleToInt64Bits(d).GetHashCode(),
        float f => BitConverter.SingleToInt32Bits(f),
        byte[] b => HashBytes(b),
        MmdbWriterMap m => m.Hash,
        MmdbWriterArray a => a.Hash,
        _ => HashCode.Combine(obj.GetType(), obj),
    };

    private static int HashBytes(byte[] bytes)
    {
        var hash = default(HashCode);
        hash.AddBytes(bytes);
        return hash.ToHashCode();
    }
}
