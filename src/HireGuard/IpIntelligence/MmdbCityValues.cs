using System.Runtime.CompilerServices;

namespace HireGuard.IpIntelligence;

/// <summary>
/// The decoded City fields of one record in 104 bytes: where each text field's UTF-8 bytes sit (a
/// 40-bit file position and the length) and the numbers already coerced. A plain value (no
/// references) in one form only, so <see cref="MmdbCityCache"/> stores and returns it with a straight
/// copy under a seqlock and <see cref="MmdbCity"/> holds it without allocating or converting.
/// </summary>
[SkipLocalsInit]
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

    /// <summary>The highest text position the values hold (40 bits, 1 TiB).</summary>
    internal const long MaxTextPosition = (1L << 40) - 1;

    private const int TextCount = 9;

    private const byte HasLatitude = 1;
    private const byte HasLongitude = 2;
    private const byte HasRadius = 4;

    private double _latitude;
    private double _longitude;
    private Texts _texts;
    private int _radius;
    private HighBytes _high;
    private byte _present;

    public readonly double? Latitude => (_present & HasLatitude) != 0 ? _latitude : null;

    public readonly double? Longitude => (_present & HasLongitude) != 0 ? _longitude : null;

    public readonly int? AccuracyRadius => (_present & HasRadius) != 0 ? _radius : null;

    /// <summary>Decodes the City fields from the slots of a field-plan pass (may throw on a corrupt value, as the slots are read).</summary>
    /// <exception cref="InvalidDatabaseException">A text field sits beyond 1 TiB into the file.</exception>
    public static MmdbCityValues From(MmdbReader reader, ReadOnlySpan<MmdbSlot> slots)
    {
        var values = default(MmdbCityValues);
        values.SetText(ContinentCode, slots[(int)MmdbField.ContinentCode]);
        values.SetText(CountryIsoCode, slots[(int)MmdbField.CountryIsoCode]);
        values.SetText(CountryName, slots[(int)MmdbField.CountryName]);
        values.SetText(RegisteredCountryIsoCode, slots[(int)MmdbField.RegisteredCountryIsoCode]);
        values.SetText(RegionIsoCode, slots[(int)MmdbField.RegionIsoCode]);
        values.SetText(RegionName, slots[(int)MmdbField.RegionName]);
        values.SetText(CityName, slots[(int)MmdbField.CityName]);
        values.SetText(PostalCode, slots[(int)MmdbField.PostalCode]);
        values.SetText(TimeZone, slots[(int)MmdbField.TimeZone]);
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
        return reader is not null && text.LengthPlusOne != 0
            ? new MmdbString(reader, ((long)_high[field] << 32) | text.Position, text.LengthPlusOne - 1)
            : default;
    }

    private void SetText(int field, in MmdbSlot slot)
    {
        if (!slot.IsSet || slot.Type != MmdbType.Utf8String)
        {
            return;
        }

        if ((ulong)slot.Payload > MaxTextPosition)
        {
            throw new InvalidDatabaseException($"A City text field sits at byte {slot.Payload}, beyond the 1 TiB the typed City path reads.");
        }

        _texts[field] = new TextRef { Position = (uint)slot.Payload, LengthPlusOne = (int)slot.Size + 1 };
        _high[field] = (byte)(slot.Payload >> 32);
    }

    private struct TextRef
    {
        public uint Position;
        public int LengthPlusOne;
    }

    [InlineArray(TextCount)]
    private struct Texts
    {
        private TextRef _element;
    }

    [InlineArray(TextCount)]
    private struct HighBytes
    {
        private byte _element;
    }
}
