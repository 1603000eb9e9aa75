using System.Buffers.Text;

namespace HireGuard.IpIntelligence;

/// <summary>Turns the slots of a field-plan pass into typed values, coercing leniently (see <see cref="MmdbFieldMap"/>).</summary>
internal static class MmdbSlotValues
{
    public static MmdbString Text(MmdbReader reader, in MmdbSlot slot) =>
        slot.IsSet && slot.Type == MmdbType.Utf8String ? new MmdbString(reader, slot.Payload, (int)slot.Size) : default;

    public static double? Number(MmdbReader reader, in MmdbSlot slot)
    {
        if (!slot.IsSet)
        {
            return null;
        }

        var decoder = reader.DataDecoder;
        switch (slot.Type)
        {
            case MmdbType.Double:
                return decoder.ReadDouble(slot.Payload);
            case MmdbType.Float:
                return decoder.ReadFloat(slot.Payload);
            case MmdbType.UInt16:
            case MmdbType.UInt32:
            case MmdbType.UInt64:
                return decoder.ReadUnsigned(slot.Payload, slot.Size);
            case MmdbType.Int32:
                return decoder.ReadInt32(slot.Payload, slot.Size);
            case MmdbType.Utf8String:
                {
                    var text = decoder.Span(slot.Payload, slot.Size).Trim((byte)' ');
                    return Utf8Parser.TryParse(text, out double value, out var consumed) && consumed == text.Length && text.Length > 0
                        ? value
                        : null;
                }

            default:
                return null;
        }
    }

    public static long? Integer(MmdbReader reader, in MmdbSlot slot)
    {
        if (!slot.IsSet)
        {
            return null;
        }

        var decoder = reader.DataDecoder;
        switch (slot.Type)
        {
            case MmdbType.UInt16:
            case MmdbType.UInt32:
            case MmdbType.UInt64:
                {
                    var value = decoder.ReadUnsigned(slot.Payload, slot.Size);
                    return value <= long.MaxValue ? (long)value : null;
                }

            case MmdbType.Int32:
                return decoder.ReadInt32(slot.Payload, slot.Size);
            case MmdbType.Double:
            case MmdbType.Float:
                {
                    var value = slot.Type == MmdbType.Double ? decoder.ReadDouble(slot.Payload) : decoder.ReadFloat(slot.Payload);
                    return double.IsInteger(value) && Math.Abs(value) < 9e15 ? (long)value : null;
                }

            case MmdbType.Utf8String:
                {
                    var text = decoder.Span(slot.Payload, slot.Size).Trim((byte)' ');
                    if (text.Length > 2 && (text[0] | 0x20) == 'a' && (text[1] | 0x20) == 's')
                    {
                        text = text[2..];
                    }

                    return Utf8Parser.TryParse(text, out long value, out var consumed) && consumed == text.Length && text.Length > 0
                        ? value
                        : null;
                }

            default:
                return null;
        }
    }

    public static bool? Boolean(MmdbReader reader, in MmdbSlot slot)
    {
        if (!slot.IsSet)
        {
            return null;
        }

        var decoder = reader.DataDecoder;
        switch (slot.Type)
        {
            case MmdbType.Boolean:
                return slot.Size != 0;
            case MmdbType.UInt16:
            case MmdbType.UInt32:
            case MmdbType.UInt64:
                return decoder.ReadUnsigned(slot.Payload, slot.Size) != 0;
            case MmdbType.Int32:
                return decoder.ReadInt32(slot.Payload, slot.Size) != 0;
            case MmdbType.Utf8String:
                {
                    var text = decoder.Span(slot.Payload, slot.Size);
                    if (text.SequenceEqual("true"u8) || text.SequenceEqual("True"u8) || text.SequenceEqual("1"u8) || text.SequenceEqual("yes"u8))
                    {
                        return true;
                    }

                    if (text.SequenceEqual("false"u8) || text.SequenceEqual("False"u8) || text.SequenceEqual("0"u8) || text.SequenceEqual("no"u8) || text.IsEmpty)
                    {
                        return false;
                    }

                    return null;
                }

            default:
                return null;
        }
    }

    public static DateOnly? Date(MmdbReader reader, in MmdbSlot slot)
    {
        if (!slot.IsSet || slot.Type != MmdbType.Utf8String || slot.Size != 10)
        {
            return null;
        }

        var t = reader.DataDecoder.Span(slot.Payload, slot.Size);
        if (t[4] != '-' || t[7] != '-'
            || !Utf8Parser.TryParse(t[..4], out int year, out var c1) || c1 != 4
            || !Utf8Parser.TryParse(t.Slice(5, 2), out int month, out var c2) || c2 != 2
            || !Utf8Parser.TryParse(t.Slice(8, 2), out int day, out var c3) || c3 != 2
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, day);
    }
}
