using System.Net;
using HireGuard.Evidence;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HireGuard.IpIntelligence;

/// <summary>
/// The <see cref="IIpIntelligence"/> over MMDB databases and labelled IP lists, with atomic hot
/// reload. Build it with <see cref="IpIntelligenceBuilder"/> or <see cref="Create"/>.
/// </summary>
/// <remarks>
/// <para>
/// <b>Precedence.</b> Addresses are normalised first (IPv4-mapped → IPv4; 6to4 and Teredo → their
/// IPv4 when enabled). Each database answers the parts of the result its roles allow
/// (<see cref="MmdbDatabaseRoles"/>). For <see cref="IpGeolocation"/> and <see cref="IpNetworkOwner"/>,
/// databases are consulted in configuration order and each field takes the first value found, so
/// put the most trusted database first; a part's <c>Source</c> lists every database that filled a
/// field and its <c>Network</c> is the first one's. For <see cref="IpAnonymity"/>, every anonymity
/// database that has a record answers and the flags are OR-ed (any source saying VPN makes it VPN);
/// provider, confidence and last-seen take the first value. Every list (and every labels record of
/// a list database) containing the address adds an <see cref="IpListMatch"/>, each with its own
/// most specific entry; allow-list matches set <see cref="IpIntelligenceResult.IsAllowListed"/>.
/// <see cref="IpIntelligenceResult.Network"/> is the most specific network any database answered with.
/// </para>
/// <para>
/// <b>Errors.</b> <see cref="Lookup"/> never throws for an address: a corrupt region of one database
/// becomes an entry in <see cref="IpIntelligenceResult.Warnings"/> and the other sources still answer.
/// </para>
/// <para>
/// <b>Hot reload.</b> <see cref="Reload"/> opens every source again and swaps the new generation in
/// atomically; a lookup sees the old or the new data, never a mix, and never fails because of a swap.
/// Each generation is reference-counted, so an old memory map is released only after the last lookup
/// using it returns. A failed reload leaves the old data answering.
/// </para>
/// </remarks>
public sealed class IpIntelligenceService : IIpIntelligence, IDisposable
{
    private readonly IpIntelligenceOptions _options;
    private readonly ILogger _logger;
    private readonly ITimer? _timer;
    private readonly Lock _reloadLock = new();
    private IpIntelligenceSnapshot? _current;

    private IpIntelligenceService(IpIntelligenceOptions options, IpIntelligenceSnapshot snapshot, TimeProvider timeProvider, ILogger logger)
    {
        _options = options;
        _logger = logger;
        _current = snapshot;
        if (options.ReloadCheckInterval > TimeSpan.Zero)
        {
            _timer = timeProvider.CreateTimer(_ => PollForChanges(), null, options.ReloadCheckInterval, options.ReloadCheckInterval);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<DataSourceInfo> Sources => Acquire(out var snapshot, static s => s.Sources);

    /// <summary>Gets the warnings of the current data (list oddities such as host bits or duplicates).</summary>
    public IReadOnlyList<string> Warnings => Acquire(out var snapshot, static s => s.Warnings);

    /// <summary>Opens the configured sources after validating the options.</summary>
    /// <param name="options">The options; copied, so later changes have no effect.</param>
    /// <param name="timeProvider">The clock for reload polling; defaults to the system clock.</param>
    /// <param name="logger">Where reloads and list warnings are logged; defaults to none.</param>
    /// <returns>The service.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="OptionsValidationException">The options are invalid (every failure is listed).</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">A file may not be read.</exception>
    /// <exception cref="InvalidDatabaseException">A database is not a valid MMDB file.</exception>
    /// <exception cref="IpListFormatException">A list has a line that is not an entry.</exception>
    public static IpIntelligenceService Create(IpIntelligenceOptions options, TimeProvider? timeProvider = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);
        var copy = options.Clone();
        logger ??= NullLogger.Instance;
        var snapshot = IpIntelligenceSnapshot.Load(copy);
        Report(logger, copy, snapshot);
        return new IpIntelligenceService(copy, snapshot, timeProvider ?? TimeProvider.System, logger);
    }

    /// <inheritdoc />
    /// <exception cref="ObjectDisposedException">The service is disposed.</exception>
    public IpIntelligenceResult Lookup(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var snapshot = AcquireSnapshot();
        try
        {
            return snapshot.Lookup(address);
        }
        finally
        {
            snapshot.Release();
        }
    }

    /// <summary>Opens every source again and swaps the new data in atomically.</summary>
    /// <exception cref="ObjectDisposedException">The service is disposed.</exception>
    /// <exception cref="IOException">A file cannot be read (the old data keeps answering).</exception>
    /// <exception cref="UnauthorizedAccessException">A file may not be read (the old data keeps answering).</exception>
    /// <exception cref="InvalidDatabaseException">A database is corrupt (the old data keeps answering).</exception>
    /// <exception cref="IpListFormatException">A list is malformed (the old data keeps answering).</exception>
    public void Reload()
    {
        lock (_reloadLock)
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref _current) is null, this);
            var fresh = IpIntelligenceSnapshot.Load(_options);
            var old = Interlocked.Exchange(ref _current, fresh);
            if (old is null)
            {
                // Disposed while loading: do not resurrect.
                Interlocked.Exchange(ref _current, null);
                fresh.Release();
                throw new ObjectDisposedException(nameof(IpIntelligenceService));
            }

            old.Release();
            Report(_logger, _options, fresh);
        }
    }

    /// <summary>Reloads when a source file changed (size or modification time) since it was loaded.</summary>
    /// <returns>Whether the data was reloaded.</returns>
    /// <exception cref="ObjectDisposedException">The service is disposed.</exception>
    /// <exception cref="IOException">A changed file cannot be read (the old data keeps answering).</exception>
    /// <exception cref="UnauthorizedAccessException">A changed file may not be read (the old data keeps answering).</exception>
    /// <exception cref="InvalidDatabaseException">A changed database is corrupt (the old data keeps answering).</exception>
    /// <exception cref="IpListFormatException">A changed list is malformed (the old data keeps answering).</exception>
    public bool ReloadIfChanged()
    {
        if (!Acquire(out _, static s => s.HasChanged()))
        {
            return false;
        }

        Reload();
        return true;
    }

    /// <summary>Stops polling and releases the data once in-flight lookups finish.</summary>
    public void Dispose()
    {
        _timer?.Dispose();
        lock (_reloadLock)
        {
            Interlocked.Exchange(ref _current, null)?.Release();
        }
    }

    private static void Validate(IpIntelligenceOptions options)
    {
        var failures = new List<string>();
        foreach (var result in new[]
        {
            new IpIntelligenceOptionsValidator().Validate(Options.DefaultName, options),
            new IpIntelligenceOptionsCustomValidator().Validate(Options.DefaultName, options),
        })
        {
            if (result.Failed)
            {
                failures.AddRange(result.Failures);
            }
        }

        if (failures.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(IpIntelligenceOptions), failures);
        }
    }

    private static void Report(ILogger logger, IpIntelligenceOptions options, IpIntelligenceSnapshot snapshot)
    {
        IpIntelligenceLog.Loaded(logger, options.Databases.Count, options.Lists.Count);
        foreach (var warning in snapshot.Warnings)
        {
            IpIntelligenceLog.ListWarning(logger, warning);
        }
    }

    private T Acquire<T>(out IpIntelligenceSnapshot snapshot, Func<IpIntelligenceSnapshot, T> read)
    {
        snapshot = AcquireSnapshot();
        try
        {
            return read(snapshot);
        }
        finally
        {
            snapshot.Release();
        }
    }

    private IpIntelligenceSnapshot AcquireSnapshot()
    {
        while (true)
        {
            var snapshot = Volatile.Read(ref _current);
            ObjectDisposedException.ThrowIf(snapshot is null, this);
            if (snapshot.TryAcquire())
            {
                return snapshot;
            }

            // Released between the read and the acquire: a newer generation is current already.
        }
    }

    private void PollForChanges()
    {
        try
        {
            ReloadIfChanged();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or HireGuardException)
        {
            IpIntelligenceLog.ReloadFailed(_logger, e);
        }
        catch (ObjectDisposedException)
        {
            // Disposed while the timer fired.
        }
    }
}
