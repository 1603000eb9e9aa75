using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace HireGuard.IpIntelligence;

/// <summary>
/// Encodes writer values into an MMDB data section. Top-level records are written once each (the
/// tree points only at top-level values, as MaxMind's own verifier expects); strings, keys, bytes,
/// maps and arrays already written anywhere are replaced by a pointer when that is shorter.
/// </summary>
internal sealed class MmdbDataWriter(bool deduplicate)
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 16);
    private readonly Dictionary<object, long> _records = new(MmdbValueComparer.Instance);
    private readonly Dictionary<object, (long Position, long Length)> _written = new(MmdbValueComparer.Instance);

    public long Length => _buffer.WrittenCount;

    public ReadOnlySpan<byte> WrittenSpan => _buffer.WrittenSpan;

    /// <summary>Writes a record (once per distinct value) and returns its offset in the section.</summary>
    public long WriteRecord(object value)
    {
        if (_records.TryGetValue(value, out var existing))
        {
            return existing;
        }

        var position = Length;
        Write(value, topLevel: true);
        _records[value] = position;
        return position;
    }

    /// <summary>Writes one value (used for the metadata, with deduplication off).</summary>
    public void WriteValue(object value) => Write(value, topLevel: true);

    private void Write(object value, bool topLevel)
    {
        var poolable = deduplicate && value is string or byte[] or MmdbWriterMap or MmdbWriterArray;
        if (poolable && !topLevel && _written.TryGetValue(value, out var earlier) && PointerSize(earlier.Position) < earlier.Length)
        {
            WritePointer(earlier.Position);
            return;
        }

        var start = Length;
        switch (value)
        {
            case string s:
                {
                    var byteCount = Encoding.UTF8.GetByteCount(s);
                    WriteHeader(MmdbType.Utf8String, byteCount);
                    var span = _buffer.GetSpan(byteCount);
                    Encoding.UTF8.GetBytes(s, span);
                    _buffer.Advance(byteCount);
                    break;
                }

            case double d:
                WriteHeader(MmdbType.Double, 8);
                BinaryPrimitives.WriteDoubleBigEndian(_buffer.GetSpan(8), d);
                _buffer.Advance(8);
                break;
            case float f:
                WriteHeader(MmdbType.Float, 4);
                BinaryPrimitives.WriteSingleBigEndian(_buffer.GetSpan(4), f);
                _buffer.Advance(4);
                break;
            case byte[] bytes:
                WriteHeader(MmdbType.Bytes, bytes.Length);
                _buffer.Write(bytes);
                break;
            case ushort u16:
                WriteUnsigned(MmdbType.UInt16, u16);
                break;
            case uint u32:
                WriteUnsigned(MmdbType.UInt32, u32);
                break;
            case ulong u64:
                WriteUnsigned(MmdbType.UInt64, u64);
                break;
            case int i32:
                if (i32 < 0)
                {
                    WriteHeader(MmdbType.Int32, 4);
                    BinaryPrimitives.WriteInt32BigEndian(_buffer.GetSpan(4), i32);
                    _buffer.Advance(4);
                }
                else
                {
                    WriteUnsigned(MmdbType.Int32, (uint)i32);
                }

                break;
            case UInt128 u128:
                {
                    var length = (128 - (int)UInt128.LeadingZeroCount(u128) + 7) / 8;
                    WriteHeader(MmdbType.UInt128, length);
                    Span<byte> all = stackalloc byte[16];
                    BinaryPrimitives.WriteUInt128BigEndian(all, u128);
                    _buffer.Write(all[(16 - length)..]);
                    break;
                }

            case bool b:
                WriteHeader(MmdbType.Boolean, b ? 1 : 0);
                break;
            case MmdbWriterMap map:
                WriteHeader(MmdbType.Map, map.Entries.Length);
                foreach (var (key, item) in map.Entries)
                {
                    Write(key, topLevel: false);
                    Write(item, topLevel: false);
                }

                break;
            case MmdbWriterArray array:
                WriteHeader(MmdbType.Array, array.Items.Length);
                foreach (var item in array.Items)
                {
                    Write(item, topLevel: false);
                }

                break;
            default:
                throw new InvalidOperationException($"Unexpected writer value {value.GetType().Name}.");
        }

        if (poolable)
        {
            _written.TryAdd(value, (start, Length - start));
        }
    }

    private void WriteUnsigned(MmdbType type, ulong value)
    {
        var length = (64 - BitOperations.LeadingZeroCount(value) + 7) / 8;
        WriteHeader(type, length);
        Span<byte> all = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(all, value);
        _buffer.Write(all[(8 - length)..]);
    }

    private void WriteHeader(MmdbType type, long size)
    {
        Span<byte> header = stackalloc byte[5];
        var n = 0;
        var t = (int)type;
        var control = t <= 7 ? t << 5 : 0;
        if (size < 29)
        {
            header[n++] = (byte)(control | (int)size);
        }
        else if (size < 285)
        {
            header[n++] = (byte)(control | 29);
        }
        else if (size < 65821)
        {
            header[n++] = (byte)(control | 30);
        }
        else if (size <= 16843036)
        {
            header[n++] = (byte)(control | 31);
        }
        else
        {
            throw new ArgumentException($"A {type} of size {size} is too large for MMDB (at most 16,843,036).");
        }

        if (t > 7)
        {
            header[n++] = (byte)(t - 7);
        }

        if (size >= 65821)
        {
            var rest = size - 65821;
            header[n++] = (byte)(rest >> 16);
            header[n++] = (byte)(rest >> 8);
            header[n++] = (byte)rest;
        }
        else if (size >= 285)
        {
            var rest = size - 285;
            header[n++] = (byte)(rest >> 8);
            header[n++] = (byte)rest;
        }
        else if (size >= 29)
        {
            header[n++] = (byte)(size - 29);
        }

        _buffer.Write(header[..n]);
    }

    private static int PointerSize(long position) => position switch
    {
        < 2048 => 2,
        < 526336 => 3,
        < 134744064 => 4,
        _ => 5,
    };

    private void WritePointer(long position)
    {
        Span<byte> bytes = stackalloc byte[5];
        int n;
        if (position < 2048)
        {
            bytes[0] = (byte)(0x20 | (int)(position >> 8));
            bytes[1] = (byte)position;
            n = 2;
        }
        else if (position < 526336)
        {
            var v = position - 2048;
            bytes[0] = (byte)(0x28 | (int)(v >> 16));
            bytes[1] = (byte)(v >> 8);
            bytes[2] = (byte)v;
            n = 3;
        }
        else if (position < 134744064)
        {
            var v = position - 526336;
            bytes[0] = (byte)(0x30 | (int)(v >> 24));
            bytes[1] = (byte)(v >> 16);
            bytes[2] = (byte)(v >> 8);
            bytes[3] = (byte)v;
            n = 4;
        }
        else
        {
            bytes[0] = 0x38;
            BinaryPrimitives.WriteUInt32BigEndian(bytes[1..], checked((uint)position));
            n = 5;
        }

        _buffer.Write(bytes[..n]);
    }
}
