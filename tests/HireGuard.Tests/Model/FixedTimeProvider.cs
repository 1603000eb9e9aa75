namespace HireGuard.Tests.Model;

/// <summary>A clock stuck at a fixed instant (FakeTimeProvider is not available here).</summary>
internal sealed class FixedTimeProvider : TimeProvider
{
    public static readonly DateTimeOffset Instant = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Instant;
}
