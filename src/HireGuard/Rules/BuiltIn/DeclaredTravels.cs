using HireGuard.Signals;

namespace HireGuard.Rules.BuiltIn;

/// <summary>Whether the candidate's declared travel explains a location difference at some instant.</summary>
internal static class DeclaredTravels
{
    /// <summary>Returns whether a declared trip covers the day of <paramref name="at"/> (one day of slack either side for time zones).</summary>
    public static bool Cover(IReadOnlyList<DeclaredTravel> travel, DateTimeOffset at)
    {
        var day = DateOnly.FromDateTime(at.UtcDateTime);
        foreach (var t in travel)
        {
            if (t.From is { } from && t.To is { } to && day >= from.AddDays(-1) && day <= to.AddDays(1))
            {
                return true;
            }
        }

        return false;
    }
}
