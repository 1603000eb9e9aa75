namespace HireGuard.Sanctions;

/// <summary>How precisely a listed date of birth is known.</summary>
internal enum BirthDatePrecision
{
    /// <summary>A full date.</summary>
    Day,

    /// <summary>A month and year.</summary>
    Month,

    /// <summary>A year.</summary>
    Year,

    /// <summary>A year given as <c>circa</c>, or a range of dates or years.</summary>
    Approximate,
}
