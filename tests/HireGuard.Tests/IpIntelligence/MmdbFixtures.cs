using HireGuard.IpIntelligence;

namespace HireGuard.Tests.IpIntelligence;

/// <summary>Builds MMDB fixtures with <see cref="MmdbWriter"/> at test time (no database file is committed).</summary>
internal static class MmdbFixtures
{
    public static readonly DateTimeOffset BuildTime = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    public static byte[] Build(Action<MmdbWriter> fill, Action<MmdbWriterOptions>? configure = null)
    {
        var options = new MmdbWriterOptions { DatabaseType = "HireGuard-Test", BuildTime = BuildTime };
        configure?.Invoke(options);
        var writer = new MmdbWriter(options);
        fill(writer);
        using var stream = new MemoryStream();
        writer.Write(stream);
        return stream.ToArray();
    }

    /// <summary>A fresh temporary directory, deleted by the returned handle.</summary>
    public static TemporaryDirectory TemporaryDirectory() => new();
}
