using System.Runtime.CompilerServices;

namespace HireGuard.IpIntelligence;

/// <summary>
/// The decoded City fields of one record: where each text field's UTF-8 bytes sit, and the numbers
/// already coerced. A plain value (no references), so <see cref="MmdbCityCache"/> can copy it under a
/// seqlock and <see cref="MmdbCity"/> can hold it without allocating.
/// </summary>
internal struct MmdbCityValues
{
    /// <summary>The text fields, in this order.</summary>
    public const int ContinentCode = 0;
    public const int CountryIsoCode = 1;
    public const int CountryName = 2;
    public const int RegisteredCountryIsoCode = 3;
    public const int RegionIsoCode = 4;
    public const int RegionName = 5;
    public const int CityName = 6;
    public const int PostalCode = 7;
    public const int TimeZone = 8;

    private const int TextCount = 9;

    private const byte HasLatitude = 1;
    private const byte HasLongitude = 2;
    private const byte HasRadius = 4;

    private Texts _texts;
    private double _latitude;
    private double _longitude;
    private int _radius;
    private byte _present;

    public readonly double? Latitude => (_present & HasLatitude) != 0 ? _latitude : null;

    public readonly double? Longitude => (_present & HasLongitude) != 0 ? _longitude : null;

    public readonly int? AccuracyRadius => (_present & HasRadius) != 0 ? _radius : null;

    /// <summary>Decodes the City fields from the slots of a field-plan pass (may throw on a corrupt value, as the slots are read).</summary>
    public static MmdbCityValues From(MmdbReader reader, ReadOnlySpan<MmdbSlot> slots)
    {
        var values = default(MmdbCityValues);
        values._texts[ContinentCode] = TextRef.Of(slots[(int)MmdbField.ContinentCode]);
        values._texts[CountryIsoCode] = TextRef.Of(slots[(int)MmdbField.CountryIsoCode]);
        values._texts[CountryName] = TextRef.Of(slots[(int)MmdbField.CountryName]);
        values._texts[RegisteredCountryIsoCode] = TextRef.Of(slots[(int)MmdbField.RegisteredCountryIsoCode]);
        values._texts[RegionIsoCode] = TextRef.Of(slots[(int)MmdbField.RegionIsoCode]);
        values._texts[RegionName] = TextRef.Of(slots[(int)MmdbField.RegionName]);
        values._texts[CityName] = TextRef.Of(slots[(int)MmdbField.CityName]);
        values._texts[PostalCode] = TextRef.Of(slots[(int)MmdbField.PostalCode]);
        values._texts[TimeZone] = TextRef.Of(slots[(int)MmdbField.TimeZone]);
        if (MmdbSlotValues.Number(reader, slots[(int)MmdbField.Latitude]) is { } latitude)
        {
            values._latitude = latitude;
            values._present |= HasLatitude;
        }

        if (MmdbSlotValues.Number(reader, slots[(int)MmdbField.Longitude]) is { } longitude)
        {
            values._longitude = longitude;
            values._present |= HasLongitude;
        }

        if (MmdbSlotValues.Integer(reader, slots[(int)MmdbField.AccuracyRadius]) is >= 0 and <= int.MaxValue and { } radius)
        {
            values._radius = (int)radius;
            values._present |= HasRadius;
        }

        return values;
    }

    /// <summary>Returns a text field (absent when the record lacks it or <paramref name="reader"/> is null).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly MmdbString Text(MmdbReader? reader, int field)
    {
        var text = _texts[field];
        return reader is not null && text.LengthPlusOne != 0 ? new MmdbString(reader, text.Position, text.LengthPlusOne - 1) : default;
    }

    /// <summary>Packs the values for <see cref="MmdbCityCache"/> (text positions as 32-bit offsets); false when a position does not fit.</summary>
    public readonly bool TryPack(out Packed packed)
    {
        packed = default;
        for (var i = 0; i < TextCount; i++)
        {
            var text = _texts[i];
            if ((ulong)text.Position > uint.MaxValue)
            {
                return false;
            }

            packed.Texts[i] = new PackedText { Position = (uint)text.Position, LengthPlusOne = text.LengthPlusOne };
        }

        packed.Latitude = _latitude;
        packed.Longitude = _longitude;
        packed.Radius = _radius;
        packed.Present = _present;
        return true;
    }

    /// <summary>Unpacks values packed by <see cref="TryPack"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static MmdbCityValues Unpack(in Packed packed)
    {
        var values = default(MmdbCityValues);
        for (var i = 0; i < TextCount; i++)
        {
            var text = packed.Texts[i];
            values._texts[i] = new TextRef { Position = text.Position, LengthPlusOne = text.LengthPlusOne };
        }

        values._latitude = packed.Latitude;
        values._longitude = packed.Longitude;
        values._radius = packed.Radius;
        values._present = packed.Present;
        return values;
    }

    /// <summary>The values in 96 bytes, as <see cref="MmdbCityCache"/> stores them.</summary>
    public struct Packed
    {
        public PackedTexts Texts;
        public double Latitude;
        public double Longitude;
        public int Radius;
        public byte Present;
    }

    public struct PackedText
    {
        public uint Position;
        public int LengthPlusOne;
    }

    [InlineArray(TextCount)]
    public struct PackedTexts
    {
        private PackedText _element;
    }

    private struct TextRef
    {
        public long Position;
        public int LengthPlusOne;

        public static TextRef Of(in MmdbSlot slot) =>
            slot.IsSet && slot.Type == MmdbType.Utf8String
                ? new TextRef { Position = slot.Payload, LengthPlusOne = (int)slot.Size + 1 }
                : default;
    }

    [InlineArray(TextCount)]
    private struct Texts
    {
        private TextRef _element;
    }
}
