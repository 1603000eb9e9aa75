using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HireGuard.IpIntelligence;

/// <summary>
/// Builds an <see cref="IpIntelligenceService"/> without a container:
/// <code>
/// using var ip = new IpIntelligenceBuilder()
///     .AddDatabase("GeoIP2-City.mmdb")
///     .AddDatabase("GeoIP2-Anonymous-IP.mmdb")
///     .AddList("astrill.txt", "astrill")
///     .AddAllowList("egress.txt", "corporate-egress")
///     .Build();
/// </code>
/// Single use: a builder cannot be changed or built again after <see cref="Build"/>.
/// </summary>
public sealed class IpIntelligenceBuilder
{
    private readonly IpIntelligenceOptions _options = new();
    private TimeProvider? _timeProvider;
    private ILogger? _logger;
    private bool _built;

    /// <summary>Adds a database; databases added first take precedence field by field.</summary>
    /// <param name="path">The <c>.mmdb</c> file.</param>
    /// <param name="configure">Sets the name, roles, schema or field paths.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The builder was already built.</exception>
    public IpIntelligenceBuilder AddDatabase(string path, Action<MmdbDatabaseOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ThrowIfBuilt();
        var database = new MmdbDatabaseOptions { Path = path };
        configure?.Invoke(database);
        _options.Databases.Add(database);
        return this;
    }

    /// <summary>Adds a labelled list whose matches raise findings.</summary>
    /// <param name="path">The list file (see <see cref="IpList"/>).</param>
    /// <param name="label">The label, e.g. <c>astrill</c> or <c>tor-exit</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">The builder was already built.</exception>
    public IpIntelligenceBuilder AddList(string path, string label) => AddList(path, label, isAllowList: false);

    /// <summary>Adds a labelled allow-list whose matches suppress findings (e.g. corporate egress).</summary>
    /// <param name="path">The list file (see <see cref="IpList"/>).</param>
    /// <param name="label">The label, e.g. <c>corporate-egress</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">The builder was already built.</exception>
    public IpIntelligenceBuilder AddAllowList(string path, string label) => AddList(path, label, isAllowList: true);

    /// <summary>Changes any other option.</summary>
    /// <param name="configure">The change.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The builder was already built.</exception>
    public IpIntelligenceBuilder Configure(Action<IpIntelligenceOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        ThrowIfBuilt();
        configure(_options);
        return this;
    }

    /// <summary>Sets the clock used for reload polling.</summary>
    /// <param name="timeProvider">The clock.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeProvider"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The builder was already built.</exception>
    public IpIntelligenceBuilder WithTimeProvider(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ThrowIfBuilt();
        _timeProvider = timeProvider;
        return this;
    }

    /// <summary>Sets where reloads and list warnings are logged.</summary>
    /// <param name="logger">The logger.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="logger"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The builder was already built.</exception>
    public IpIntelligenceBuilder WithLogger(ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        ThrowIfBuilt();
        _logger = logger;
        return this;
    }

    /// <summary>Validates the options and opens every source.</summary>
    /// <returns>The service.</returns>
    /// <exception cref="InvalidOperationException">The builder was already built.</exception>
    /// <exception cref="OptionsValidationException">The options are invalid (every failure is listed).</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">A file may not be read.</exception>
    /// <exception cref="InvalidDatabaseException">A database is not a valid MMDB file.</exception>
    /// <exception cref="IpListFormatException">A list has a line that is not an entry.</exception>
    public IpIntelligenceService Build()
    {
        ThrowIfBuilt();
        _built = true;
        return IpIntelligenceService.Create(_options, _timeProvider, _logger);
    }

    private IpIntelligenceBuilder AddList(string path, string label, bool isAllowList)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(label);
        ThrowIfBuilt();
        _options.Lists.Add(new IpListOptions { Path = path, Label = label, IsAllowList = isAllowList });
        return this;
    }

    private void ThrowIfBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException("This builder has already built its service; create a new builder.");
        }
    }
}
