namespace HireGuard.Synthetic;

/// <summary>The simulated clock of one record (§6.1): APP → INT → ONB → POST, moving forward only.</summary>
internal sealed class Timeline(DateTimeOffset start, SyntheticRandom random)
{
    /// <summary>Gets the current moment.</summary>
    public DateTimeOffset Now { get; private set; } = start;

    /// <summary>Gets the latest moment any event used.</summary>
    public DateTimeOffset Last { get; private set; } = start;

    /// <summary>Moves the clock forward by a whole number of days in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public DateTimeOffset Advance(int min, int max)
    {
        Now = Now.AddDays(random.Between(min, max));
        Touch(Now);
        return Now;
    }

    /// <summary>Records that an event happened at <paramref name="at"/>.</summary>
    public void Touch(DateTimeOffset at)
    {
        if (at > Last)
        {
            Last = at;
        }
    }
}
