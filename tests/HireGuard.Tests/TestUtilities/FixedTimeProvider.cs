namespace HireGuard.Tests.TestUtilities;

/// <summary>A clock that stands still (and advances only when told), for reproducible assessments.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;
    private long _timestamp;

    public static DateTimeOffset Default { get; } = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    public FixedTimeProvider()
        : this(Default)
    {
    }

    public override DateTimeOffset GetUtcNow() => _now;

    public override long GetTimestamp() => Interlocked.Increment(ref _timestamp);

    public void Advance(TimeSpan by) => _now += by;
}
