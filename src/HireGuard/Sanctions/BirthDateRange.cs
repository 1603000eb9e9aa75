namespace HireGuard.Sanctions;

/// <summary>A listed date of birth as the inclusive range of days it allows.</summary>
/// <param name="From">The first day the listing allows.</param>
/// <param name="To">The last day the listing allows.</param>
/// <param name="Precision">How precisely the listing gives the date.</param>
internal readonly record struct BirthDateRange(DateOnly From, DateOnly To, BirthDatePrecision Precision)
{
    /// <summary>Gets whether <paramref name="date"/> falls inside the range.</summary>
    public bool Contains(DateOnly date) => date >= From && date <= To;

    /// <summary>Gets whether the listing is a single day equal to <paramref name="date"/>.</summary>
    public bool IsExactly(DateOnly date) => Precision == BirthDatePrecision.Day && From == date;

    /// <summary>Gets whether the year of <paramref name="date"/> is within the listed years.</summary>
    public bool ContainsYear(DateOnly date) => date.Year >= From.Year && date.Year <= To.Year;

    /// <summary>Formats the range the way it was listed, e.g. <c>1964-06-23</c>, <c>1964</c>, <c>1962..1965</c>.</summary>
    public override string ToString() => Precision switch
    {
        BirthDatePrecision.Day => From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        BirthDatePrecision.Month => From.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        BirthDatePrecision.Year => From.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{From:yyyy-MM-dd}..{To:yyyy-MM-dd}"),
    };
}
