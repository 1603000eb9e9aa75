namespace HireGuard.Sample.Tests.TestUtilities;

/// <summary>A clock stopped at one instant, so console output is reproducible.</summary>
internal sealed class FixedTimeProvider : TimeProvider
{
    private long _timestamp;

    public override DateTimeOffset GetUtcNow() => new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    public override long GetTimestamp() => Interlocked.Increment(ref _timestamp);
}
