using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Unicode;

namespace HireGuard.IpIntelligence;

/// <summary>
/// Reads values of one MMDB section (the data section or the metadata). Every read is checked
/// against the section bounds, pointers may not point to pointers, nesting (including pointer
/// hops) is capped at <see cref="MaxDepth"/>, container counts are checked against the bytes left,
/// and whole-value decodes carry a work budget so a pointer DAG cannot explode.
/// </summary>
/// <remarks>Positions are absolute file offsets; pointers are relative to <see cref="Start"/>.</remarks>
internal readonly unsafe struct MmdbDecoder
{
    /// <summary>The libmaxminddb limit on nesting depth.</summary>
    public const int MaxDepth = 512;

    private readonly byte* _base;
    private readonly MmdbStringCache? _strings;
    private readonly MmdbValueCache? _values;

    public MmdbDecoder(byte* basePointer, long start, long end, MmdbStringCache? strings, MmdbValueCache? values = null)
    {
        _base = basePointer;
        Start = start;
        End = end;
        _strings = strings;
        _values = values;
    }

    /// <summary>Gets the section start, which pointers are relative to.</summary>
    public long Start { get; }

    /// <summary>Gets the section end (exclusive).</summary>
    public long End { get; }

    /// <summary>Gets the base pointer of the file.</summary>
    public byte* Base => _base;

    /// <summary>Gets a decode budget proportional to the section: enough for any honest value.</summary>
    public long DefaultBudget => Math.Max(1L << 16, 2 * (End - Start));

    /// <summary>
    /// Reads a control byte (and its extension bytes) at <paramref name="pos"/> and leaves
    /// <paramref name="pos"/> at the payload. For a pointer, <paramref name="size"/> is the
    /// pointer value (relative to <see cref="Start"/>) and there is no payload.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public MmdbType ReadHeader(ref long pos, out long size)
    {
        // Fast path: a one-byte control with a small size whose payload fits, or a pointer.
        var p = pos;
        if ((ulong)p < (ulong)End)
        {
            int ctrl = _base[p];
            var type = ctrl >> 5;
            var s = ctrl & 0x1f;
            if (type >= 2 && s < 29 && End - p > 2 * s && (type switch { 3 => s == 8, 5 => s <= 2, 6 => s <= 4, _ => true }))
            {
                pos = p + 1;
                size = s;
                return (MmdbType)type;
            }

            if (type == 1)
            {
                var extra = (ctrl >> 3) & 3;
                if (extra < 3 && End - p > extra + 1)
                {
                    long v = ctrl & 7;
                    var q = _base + p + 1;
                    size = extra switch
                    {
                        0 => (v << 8) | q[0],
                        1 => ((v << 16) | ((long)q[0] << 8) | q[1]) + 2048,
                        _ => ((v << 24) | ((long)q[0] << 16) | ((long)q[1] << 8) | q[2]) + 526336,
                    };
                    pos = p + 2 + extra;
                    return MmdbType.Pointer;
                }
            }
        }

        return ReadHeaderSlow(ref pos, out size);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private MmdbType ReadHeaderSlow(ref long pos, out long size)
    {
        if ((ulong)pos >= (ulong)End)
        {
            throw Corrupt("a value starts past the end of the section");
        }

        int ctrl = _base[pos++];
        var type = ctrl >> 5;
        if (type == (int)MmdbType.Pointer)
        {
            size = ReadPointerValue(ctrl, ref pos);
            return MmdbType.Pointer;
        }

        if (type == 0)
        {
            Need(pos, 1);
            type = 7 + _base[pos++];
            if (type < 8 || type > 15)
            {
                throw Corrupt($"unknown extended type {type}");
            }
        }

        long s = ctrl & 0x1f;
        if (s >= 29)
        {
            if (s == 29)
            {
                Need(pos, 1);
                s = 29 + _base[pos];
                pos += 1;
            }
            else if (s == 30)
            {
                Need(pos, 2);
                s = 285 + ((_base[pos] << 8) | _base[pos + 1]);
                pos += 2;
            }
            else
            {
                Need(pos, 3);
                s = 65821 + ((_base[pos] << 16) | (_base[pos + 1] << 8) | _base[pos + 2]);
                pos += 3;
            }
        }

        size = s;
        var t = (MmdbType)type;
        CheckPayload(t, size, pos);
        return t;
    }

    /// <summary>Resolves a pointer value to the absolute position of the value it points to.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long PointerTarget(long pointer)
    {
        var target = Start + pointer;
        if ((ulong)target >= (ulong)End)
        {
            throw Corrupt("a pointer points past the end of the section");
        }

        return target;
    }

    /// <summary>Reads the value header at <paramref name="pos"/>, following one pointer.</summary>
    /// <param name="pos">On return, just after the header or pointer at the original position.</param>
    /// <param name="size">The value's size field.</param>
    /// <param name="payload">Where the value's payload starts.</param>
    /// <param name="viaPointer">Whether a pointer was followed.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public MmdbType ReadResolved(ref long pos, out long size, out long payload, out bool viaPointer)
    {
        var type = ReadHeader(ref pos, out size);
        if (type != MmdbType.Pointer)
        {
            payload = pos;
            viaPointer = false;
            return type;
        }

        payload = PointerTarget(size);
        type = ReadHeader(ref payload, out size);
        if (type == MmdbType.Pointer)
        {
            throw Corrupt("a pointer points to another pointer");
        }

        viaPointer = true;
        return type;
    }

    /// <summary>Reads a map key (a string or a pointer to a string) and leaves <paramref name="pos"/> after it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<byte> ReadKey(ref long pos, out long keyPosition)
    {
        var type = ReadResolved(ref pos, out var size, out keyPosition, out var viaPointer);
        if (type != MmdbType.Utf8String)
        {
            throw Corrupt($"a map key has type {type}, not utf8_string");
        }

        if (!viaPointer)
        {
            pos += size;
        }

        return new ReadOnlySpan<byte>(_base + keyPosition, (int)size);
    }

    /// <summary>Skips the value at <paramref name="pos"/> without following pointers (iteratively: no recursion).</summary>
    public void Skip(ref long pos, int depth)
    {
        _ = depth;
        var p = pos;
        long pending = 1;
        while (pending > 0)
        {
            pending--;
            var type = ReadHeader(ref p, out var size);
            switch (type)
            {
                case MmdbType.Pointer:
                    break;
                case MmdbType.Map:
                    pending += 2 * size;
                    break;
                case MmdbType.Array:
                    pending += size;
                    break;
                case MmdbType.Boolean:
                    break;
                default:
                    p += size;
                    break;
            }
        }

        pos = p;
    }

    /// <summary>Returns the UTF-8 bytes of a string payload.</summary>
    public ReadOnlySpan<byte> Span(long payload, long size) => new(_base + payload, (int)size);

    /// <summary>Materialises a string payload (cached by position when a cache is attached).</summary>
    public string ReadString(long payload, long size) =>
        _strings is null
            ? MmdbStringCache.Decode(new ReadOnlySpan<byte>(_base + payload, (int)size))
            : _strings.Get(_base, payload, (int)size);

    /// <summary>Reads an unsigned big-endian integer of up to 8 bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong ReadUnsigned(long payload, long size)
    {
        ulong value = 0;
        var p = _base + payload;
        for (var i = 0; i < size; i++)
        {
            value = (value << 8) | p[i];
        }

        return value;
    }

    /// <summary>Reads an unsigned big-endian integer of up to 16 bytes.</summary>
    public UInt128 ReadUInt128(long payload, long size)
    {
        UInt128 value = 0;
        var p = _base + payload;
        for (var i = 0; i < size; i++)
        {
            value = (value << 8) | p[i];
        }

        return value;
    }

    /// <summary>Reads an int32: only a 4-byte value carries a sign.</summary>
    public int ReadInt32(long payload, long size) => unchecked((int)(uint)ReadUnsigned(payload, size));

    /// <summary>Reads a big-endian IEEE-754 double (size already checked to be 8).</summary>
    public double ReadDouble(long payload) => BinaryPrimitives.ReadDoubleBigEndian(new ReadOnlySpan<byte>(_base + payload, 8));

    /// <summary>Reads a big-endian IEEE-754 float (size already checked to be 4).</summary>
    public float ReadFloat(long payload) => BinaryPrimitives.ReadSingleBigEndian(new ReadOnlySpan<byte>(_base + payload, 4));

    /// <summary>Decodes the value at <paramref name="pos"/> into .NET objects and leaves <paramref name="pos"/> after it.</summary>
    /// <remarks>
    /// map → <see cref="IReadOnlyDictionary{TKey,TValue}"/> of string to object (file order; the
    /// first of duplicate keys wins), array → <see cref="IReadOnlyList{T}"/> of object, utf8_string →
    /// string, double, float, bytes → byte[], uint16 → ushort, uint32 → uint, int32 → int, uint64 →
    /// ulong, uint128 → <see cref="UInt128"/>, boolean → bool. Maps and arrays reached through a
    /// pointer are shared through the value cache when one is attached.
    /// </remarks>
    public object Decode(ref long pos, int depth, ref long budget)
    {
        var type = ReadHeader(ref pos, out var size);
        if (type != MmdbType.Pointer)
        {
            return DecodePayload(type, size, ref pos, depth, ref budget);
        }

        var position = PointerTarget(size);
        if (_values is not null && _values.TryGet(position, out var cached))
        {
            budget--;
            return cached;
        }

        var target = position;
        type = ReadHeader(ref target, out size);
        if (type == MmdbType.Pointer)
        {
            throw Corrupt("a pointer points to another pointer");
        }

        var value = DecodePayload(type, size, ref target, depth + 1, ref budget);
        if (_values is not null && type is MmdbType.Map or MmdbType.Array)
        {
            _values.Set(position, value);
        }

        return value;
    }

    /// <summary>Writes the value at <paramref name="pos"/> as JSON and leaves <paramref name="pos"/> after it.</summary>
    /// <remarks>
    /// bytes are written as base64 strings, uint64 and uint128 as exact integers, and non-finite
    /// doubles and floats as the strings <c>Infinity</c>, <c>-Infinity</c> and <c>NaN</c> (JSON has no
    /// such numbers).
    /// </remarks>
    public void WriteJson(Utf8JsonWriter writer, ref long pos, int depth, ref long budget)
    {
        var type = ReadHeader(ref pos, out var size);
        if (type != MmdbType.Pointer)
        {
            WriteJsonPayload(writer, type, size, ref pos, depth, ref budget);
            return;
        }

        var target = PointerTarget(size);
        type = ReadHeader(ref target, out size);
        if (type == MmdbType.Pointer)
        {
            throw Corrupt("a pointer points to another pointer");
        }

        WriteJsonPayload(writer, type, size, ref target, depth + 1, ref budget);
    }

    /// <summary>
    /// Checks the value at <paramref name="pos"/> completely: types, sizes, UTF-8 of strings and
    /// keys, and (when <paramref name="follow"/>) everything reachable through pointers.
    /// </summary>
    public void Validate(ref long pos, int depth, ref long budget, bool follow)
    {
        if (--budget < 0)
        {
            throw Corrupt("a value expands to more elements than the section can hold (pointer loop or explosion)");
        }

        if (depth > MaxDepth)
        {
            throw Corrupt($"values are nested deeper than {MaxDepth}");
        }

        var type = ReadHeader(ref pos, out var size);
        if (type == MmdbType.Pointer)
        {
            var target = PointerTarget(size);
            var peek = target;
            var targetType = ReadHeader(ref peek, out _);
            if (targetType == MmdbType.Pointer)
            {
                throw Corrupt("a pointer points to another pointer");
            }

            if (follow)
            {
                Validate(ref target, depth + 1, ref budget, follow);
            }

            return;
        }

        switch (type)
        {
            case MmdbType.Utf8String:
                if (!Utf8.IsValid(Span(pos, size)))
                {
                    throw Corrupt("a string is not valid UTF-8");
                }

                pos += size;
                return;
            case MmdbType.Map:
                for (long i = 0; i < size; i++)
                {
                    var key = ReadKey(ref pos, out _);
                    if (!Utf8.IsValid(key))
                    {
                        throw Corrupt("a map key is not valid UTF-8");
                    }

                    Validate(ref pos, depth + 1, ref budget, follow);
                }

                return;
            case MmdbType.Array:
                for (long i = 0; i < size; i++)
                {
                    Validate(ref pos, depth + 1, ref budget, follow);
                }

                return;
            case MmdbType.Boolean:
                return;
            default:
                pos += size;
                return;
        }
    }

    /// <summary>Decodes one value of a bare data-section blob (no tree, no metadata), for tests and tools.</summary>
    public static object DecodeStandalone(byte[] section, long offset)
    {
        fixed (byte* pointer = section)
        {
            var decoder = new MmdbDecoder(pointer, 0, section.Length, null);
            var budget = decoder.DefaultBudget;
            return decoder.Decode(ref offset, 0, ref budget);
        }
    }

    /// <summary>Creates the exception for corrupt data.</summary>
    public static InvalidDatabaseException Corrupt(string what) =>
        new("The MMDB data section contains bad data: " + what + ".");

    private object DecodePayload(MmdbType type, long size, ref long pos, int depth, ref long budget)
    {
        if (--budget < 0)
        {
            throw Corrupt("a value expands to more elements than the section can hold (pointer loop or explosion)");
        }

        if (depth > MaxDepth)
        {
            throw Corrupt($"values are nested deeper than {MaxDepth}");
        }

        var p = pos;
        switch (type)
        {
            case MmdbType.Utf8String:
                pos = p + size;
                return ReadString(p, size);
            case MmdbType.Double:
                pos = p + 8;
                return ReadDouble(p);
            case MmdbType.Float:
                pos = p + 4;
                return ReadFloat(p);
            case MmdbType.Bytes:
                pos = p + size;
                return Span(p, size).ToArray();
            case MmdbType.UInt16:
                pos = p + size;
                return BoxUInt16((ushort)ReadUnsigned(p, size));
            case MmdbType.UInt32:
                pos = p + size;
                return BoxUInt32((uint)ReadUnsigned(p, size));
            case MmdbType.Int32:
                pos = p + size;
                return ReadInt32(p, size);
            case MmdbType.UInt64:
                pos = p + size;
                return ReadUnsigned(p, size);
            case MmdbType.UInt128:
                pos = p + size;
                return ReadUInt128(p, size);
            case MmdbType.Boolean:
                return size != 0;
            case MmdbType.Map:
                {
                    if (size == 0)
                    {
                        return MmdbMap.Empty;
                    }

                    var entries = size <= 64 ? new KeyValuePair<string, object>[size] : null;
                    var grown = entries is null ? new List<KeyValuePair<string, object>>(64) : null;
                    var count = 0;
                    for (long i = 0; i < size; i++)
                    {
                        var keySpan = ReadKey(ref p, out var keyPosition);
                        var key = _strings is null ? MmdbStringCache.Decode(keySpan) : _strings.Get(_base, keyPosition, keySpan.Length);
                        var value = Decode(ref p, depth + 1, ref budget);
                        if (entries is not null)
                        {
                            if (!Contains(entries, count, key))
                            {
                                entries[count++] = new(key, value);
                            }
                        }
                        else if (!grown!.Exists(e => string.Equals(e.Key, key, StringComparison.Ordinal)))
                        {
                            grown.Add(new(key, value));
                        }
                    }

                    pos = p;
                    if (entries is not null)
                    {
                        return new MmdbMap(count == entries.Length ? entries : entries[..count]);
                    }

                    return new MmdbMap([.. grown!]);
                }

            case MmdbType.Array:
                {
                    if (size == 0)
                    {
                        return MmdbList.Empty;
                    }

                    if (size <= 64)
                    {
                        var items = new object[size];
                        for (long i = 0; i < size; i++)
                        {
                            items[i] = Decode(ref p, depth + 1, ref budget);
                        }

                        pos = p;
                        return new MmdbList(items);
                    }

                    var list = new List<object>(64);
                    for (long i = 0; i < size; i++)
                    {
                        list.Add(Decode(ref p, depth + 1, ref budget));
                    }

                    pos = p;
                    return new MmdbList([.. list]);
                }

            default:
                throw Corrupt($"unexpected type {type}");
        }
    }

    private static readonly object[] SmallUInt16 = [.. Enumerable.Range(0, 1024).Select(i => (object)(ushort)i)];
    private static readonly object[] SmallUInt32 = [.. Enumerable.Range(0, 1024).Select(i => (object)(uint)i)];

    /// <summary>Shares the boxes of small values (accuracy radii, confidences, small counts): decoded values are immutable.</summary>
    private static object BoxUInt16(ushort value) => value < SmallUInt16.Length ? SmallUInt16[value] : value;

    private static object BoxUInt32(uint value) => value < SmallUInt32.Length ? SmallUInt32[value] : value;

    private static bool Contains(KeyValuePair<string, object>[] entries, int count, string key)
    {
        for (var i = 0; i < count; i++)
        {
            if (ReferenceEquals(entries[i].Key, key) || string.Equals(entries[i].Key, key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private void WriteJsonPayload(Utf8JsonWriter writer, MmdbType type, long size, ref long pos, int depth, ref long budget)
    {
        if (--budget < 0)
        {
            throw Corrupt("a value expands to more elements than the section can hold (pointer loop or explosion)");
        }

        if (depth > MaxDepth)
        {
            throw Corrupt($"values are nested deeper than {MaxDepth}");
        }

        var p = pos;
        switch (type)
        {
            case MmdbType.Utf8String:
                {
                    var utf8 = Span(p, size);
                    if (!Utf8.IsValid(utf8))
                    {
                        throw Corrupt("a string is not valid UTF-8");
                    }

                    writer.WriteStringValue(utf8);
                    pos = p + size;
                    return;
                }

            case MmdbType.Double:
                WriteJsonNumber(writer, ReadDouble(p));
                pos = p + 8;
                return;
            case MmdbType.Float:
                WriteJsonNumber(writer, ReadFloat(p));
                pos = p + 4;
                return;
            case MmdbType.Bytes:
                writer.WriteBase64StringValue(Span(p, size));
                pos = p + size;
                return;
            case MmdbType.UInt16:
            case MmdbType.UInt32:
            case MmdbType.UInt64:
                writer.WriteNumberValue(ReadUnsigned(p, size));
                pos = p + size;
                return;
            case MmdbType.Int32:
                writer.WriteNumberValue(ReadInt32(p, size));
                pos = p + size;
                return;
            case MmdbType.UInt128:
                {
                    Span<byte> digits = stackalloc byte[40];
                    ReadUInt128(p, size).TryFormat(digits, out var written, default, CultureInfo.InvariantCulture);
                    writer.WriteRawValue(digits[..written], skipInputValidation: true);
                    pos = p + size;
                    return;
                }

            case MmdbType.Boolean:
                writer.WriteBooleanValue(size != 0);
                return;
            case MmdbType.Map:
                writer.WriteStartObject();
                for (long i = 0; i < size; i++)
                {
                    var key = ReadKey(ref p, out _);
                    if (!Utf8.IsValid(key))
                    {
                        throw Corrupt("a map key is not valid UTF-8");
                    }

                    writer.WritePropertyName(key);
                    WriteJson(writer, ref p, depth + 1, ref budget);
                }

                writer.WriteEndObject();
                pos = p;
                return;
            case MmdbType.Array:
                writer.WriteStartArray();
                for (long i = 0; i < size; i++)
                {
                    WriteJson(writer, ref p, depth + 1, ref budget);
                }

                writer.WriteEndArray();
                pos = p;
                return;
            default:
                throw Corrupt($"unexpected type {type}");
        }
    }

    private static void WriteJsonNumber(Utf8JsonWriter writer, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteStringValue(double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        }
    }

    private static void WriteJsonNumber(Utf8JsonWriter writer, float value)
    {
        if (float.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteStringValue(float.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long ReadPointerValue(int ctrl, ref long pos)
    {
        long v = ctrl & 7;
        switch ((ctrl >> 3) & 3)
        {
            case 0:
                Need(pos, 1);
                v = (v << 8) | _base[pos];
                pos += 1;
                return v;
            case 1:
                Need(pos, 2);
                v = ((v << 16) | ((long)_base[pos] << 8) | _base[pos + 1]) + 2048;
                pos += 2;
                return v;
            case 2:
                Need(pos, 3);
                v = ((v << 24) | ((long)_base[pos] << 16) | ((long)_base[pos + 1] << 8) | _base[pos + 2]) + 526336;
                pos += 3;
                return v;
            default:
                Need(pos, 4);
                v = BinaryPrimitives.ReadUInt32BigEndian(new ReadOnlySpan<byte>(_base + pos, 4));
                pos += 4;
                return v;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Need(long pos, long count)
    {
        if (pos + count > End)
        {
            throw Corrupt("a value runs past the end of the section");
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void CheckPayload(MmdbType type, long size, long pos)
    {
        var available = End - pos;
        switch (type)
        {
            case MmdbType.Map:
                if (size > available / 2)
                {
                    throw Corrupt($"a map claims {size} entries but only {available} bytes are left");
                }

                return;
            case MmdbType.Array:
                if (size > available)
                {
                    throw Corrupt($"an array claims {size} elements but only {available} bytes are left");
                }

                return;
            case MmdbType.Utf8String:
            case MmdbType.Bytes:
                break;
            case MmdbType.Double:
                if (size != 8)
                {
                    throw Corrupt($"a double has size {size}, not 8");
                }

                break;
            case MmdbType.Float:
                if (size != 4)
                {
                    throw Corrupt($"a float has size {size}, not 4");
                }

                break;
            case MmdbType.UInt16:
                if (size > 2)
                {
                    throw Corrupt($"a uint16 has size {size}");
                }

                break;
            case MmdbType.UInt32:
            case MmdbType.Int32:
                if (size > 4)
                {
                    throw Corrupt($"a 32-bit integer has size {size}");
                }

                break;
            case MmdbType.UInt64:
                if (size > 8)
                {
                    throw Corrupt($"a uint64 has size {size}");
                }

                break;
            case MmdbType.UInt128:
                if (size > 16)
                {
                    throw Corrupt($"a uint128 has size {size}");
                }

                break;
            case MmdbType.Boolean:
                if (size > 1)
                {
                    throw Corrupt($"a boolean has value {size}");
                }

                return;
            default:
                throw Corrupt($"type {type} is deprecated and never valid");
        }

        if (size > available)
        {
            throw Corrupt($"a {type} value of {size} bytes runs past the end of the section");
        }
    }
}
