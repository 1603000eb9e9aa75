using HireGuard.IpIntelligence;
using HireGuard.Linkage;
using HireGuard.Model;
using HireGuard.Rules;
using HireGuard.Rules.BuiltIn;
using HireGuard.Sanctions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HireGuard.Scoring;

/// <summary>
/// Builds a <see cref="RiskEngine"/> without a DI container. Single-use: after <see cref="Build"/>
/// every method throws <see cref="InvalidOperationException"/>.
/// </summary>
/// <remarks>
/// <see cref="Build"/> runs the same validators as the DI path and throws one
/// <see cref="OptionsValidationException"/> listing every failure.
/// </remarks>
public sealed class RiskEngineBuilder
{
    private readonly List<IRiskRule> _rules = [];
    private HireGuardOptions _options = new();
    private bool _builtInRules = true;
    private IIpIntelligence? _ip;
    private ISanctionsScreener? _sanctions;
    private ILinkageStore? _linkage;
    private IRiskModel? _model;
    private TimeProvider _time = TimeProvider.System;
    private ILoggerFactory _loggerFactory = NullLoggerFactory.Instance;
    private AssessmentIdGenerator? _ids;
    private bool _built;

    /// <summary>Changes the options (they start at their defaults).</summary>
    /// <param name="configure">Changes them in place.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The builder was already used.</exception>
    public RiskEngineBuilder Configure(Action<HireGuardOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        EnsureNotBuilt();
        configure(_options);
        return this;
    }

    /// <summary>Uses a complete options object (copied at <see cref="Build"/>).</summary>
    /// <param name="options">The options.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The builder was already used.</exception>
    public RiskEngineBuilder UseOptions(HireGuardOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        EnsureNotBuilt();
        _options = options;
        return this;
    }

    /// <summary>Adds a rule after the built-in ones.</summary>
    /// <param name="rule">The rule; its id must be unique.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The builder was already used.</exception>
    public RiskEngineBuilder AddRule(IRiskRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        EnsureNotBuilt();
        _rules.Add(rule);
        return this;
    }

    /// <summary>Leaves out the built-in rules (only rules added with <see cref="AddRule"/> run).</summary>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The builder was already used.</exception>
    public RiskEngineBuilder WithoutBuiltInRules()
    {
        EnsureNotBuilt();
        _builtInRules = false;
        return this;
    }

    /// <summary>Uses an IP intelligence source; without one the network indicators are reported as missing.</summary>
    /// <param name="ipIntelligence">The source.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ipIntelligence"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The builder was already used.</exception>
    public RiskEngineBuilder UseIpIntelligence(IIpIntelligence ipIntelligence)
    {
        ArgumentNullException.ThrowIfNull(ipIntelligence);
        EnsureNotBuilt();
        _ip = ipIntelligence;
        return this;
    }

    /// <summary>Uses a sanctions screener; without one the sanctions indicators are reported as missing.</summary>
    /// <param name="screener">The screener.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="screener"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The builder was already used.</exception>
    public RiskEngineBuilder UseSanctionsScreener(ISanctionsScreener screener)
    {
        ArgumentNullException.ThrowIfNull(screener);
        EnsureNotBuilt();
        _sanctions = screener;
        return this;
    }

    /// <summary>Uses a linkage store; requires <see cref="LinkageOptions.HmacKey"/>. Without one the linkage indicators are reported as missing.</summary>
    /// <param name="store">The store.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The builder was already used.</exception>
    public RiskEngineBuilder UseLinkageStore(ILinkageStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        EnsureNotBuilt();
        _linkage = store;
        return this;
    }

    /// <summary>Uses a learned model; without one the score uses expert weights only.</summary>
    /// <param name="model">The model.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The builder was already used.</exception>
    public RiskEngineBuilder UseModel(IRiskModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        EnsureNotBuilt();
        _model = model;
        return this;
    }

    /// <summary>Uses a clock (the default is the system clock). Inject a fixed one for reproducible output.</summary>
    /// <param name="timeProvider">The clock.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeProvider"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The builder was already used.</exception>
    public RiskEngineBuilder UseTimeProvider(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        EnsureNotBuilt();
        _time = timeProvider;
        return this;
    }

    /// <summary>Uses a logger factory (the default logs nothing).</summary>
    /// <param name="loggerFactory">The factory.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="loggerFactory"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The builder was already used.</exception>
    public RiskEngineBuilder UseLoggerFactory(ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(loggerFactory);
        EnsureNotBuilt();
        _loggerFactory = loggerFactory;
        return this;
    }

    /// <summary>Uses a custom assessment-id generator (the default is deterministic).</summary>
    /// <param name="generator">The generator.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="generator"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The builder was already used.</exception>
    public RiskEngineBuilder UseAssessmentIdGenerator(AssessmentIdGenerator generator)
    {
        ArgumentNullException.ThrowIfNull(generator);
        EnsureNotBuilt();
        _ids = generator;
        return this;
    }

    /// <summary>Validates the configuration and builds the engine.</summary>
    /// <returns>An immutable, thread-safe engine.</returns>
    /// <exception cref="OptionsValidationException">The configuration is invalid; the message lists every failure.</exception>
    /// <exception cref="InvalidOperationException">The builder was already used.</exception>
    public RiskEngine Build()
    {
        EnsureNotBuilt();
        _built = true;
        var rules = new List<IRiskRule>();
        if (_builtInRules)
        {
            rules.AddRange(BuiltInRules.Create());
        }

        rules.AddRange(_rules);
        var failures = Validate(_options, rules, _linkage is not null);
        if (failures.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(HireGuardOptions), failures);
        }

        var options = Snapshot(_options);

        var key = options.Linkage.HmacKey is { } k ? HireGuardOptionsCustomValidator.DecodeKey(k) : null;
        return new RiskEngine(options, rules, new EngineSources(_ip, _sanctions, _linkage, _model), key, _time, _loggerFactory, _ids);
    }

    internal static List<string> Validate(HireGuardOptions options, IReadOnlyList<IRiskRule> rules, bool linkageStore)
    {
        var failures = new List<string>();
        if (options.Scoring is null || options.Rules is null || options.Input is null || options.Linkage is null
            || options.Rules.Weights is null || options.Rules.Disabled is null || options.Rules.ApprovedRemoteAccessTools is null
            || options.Rules.NamedVpnProviders is null || options.Rules.AnonymousInfrastructureLabels is null)
        {
            failures.Add("HireGuardOptions: Scoring, Rules (with Weights, Disabled, ApprovedRemoteAccessTools, NamedVpnProviders, AnonymousInfrastructureLabels), Input and Linkage must not be null.");
            return failures;
        }

        foreach (var result in new[] { new HireGuardOptionsValidator().Validate(Options.DefaultName, options), new HireGuardOptionsCustomValidator().Validate(Options.DefaultName, options) })
        {
            if (result.Failed)
            {
                failures.AddRange(result.Failures);
            }
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            if (string.IsNullOrWhiteSpace(rule.Id) || !ids.Add(rule.Id))
            {
                failures.Add($"Rule ids must be unique and non-blank; '{rule.Id}' is not.");
            }

            foreach (var d in rule.Indicators)
            {
                if (!double.IsFinite(d.DefaultWeight) || Math.Abs(d.DefaultWeight) > HireGuardOptionsCustomValidator.MaxAbsoluteWeight)
                {
                    failures.Add($"Indicator {d.Code} of rule {rule.Id} has an invalid default weight.");
                }
            }
        }

        var known = rules.SelectMany(r => r.Indicators).Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var code in options.Rules.Weights.Keys.Concat(options.Rules.Disabled))
        {
            if (!known.Contains(code))
            {
                failures.Add($"Rules: indicator code '{code}' is not reported by any registered rule.");
            }
        }

        if (linkageStore && options.Linkage.HmacKey is null)
        {
            failures.Add("Linkage.HmacKey is required when a linkage store is configured: identifiers are only ever stored as keyed hashes.");
        }

        return failures;
    }

    internal static HireGuardOptions Snapshot(HireGuardOptions o) => new()
    {
        Scoring = new ScoringOptions
        {
            PriorProbability = o.Scoring.PriorProbability,
            MediumThreshold = o.Scoring.MediumThreshold,
            HighThreshold = o.Scoring.HighThreshold,
            CriticalThreshold = o.Scoring.CriticalThreshold,
            ModelWeight = o.Scoring.ModelWeight,
        },
        Rules = new RuleOptions
        {
            Weights = new Dictionary<string, double>(o.Rules.Weights, StringComparer.Ordinal),
            Disabled = [.. o.Rules.Disabled],
            ApprovedRemoteAccessTools = [.. o.Rules.ApprovedRemoteAccessTools],
            CameraOnRatioThreshold = o.Rules.CameraOnRatioThreshold,
            SyntheticMediaThreshold = o.Rules.SyntheticMediaThreshold,
            PersonMatchThreshold = o.Rules.PersonMatchThreshold,
            DocumentTamperThreshold = o.Rules.DocumentTamperThreshold,
            SelfieMatchThreshold = o.Rules.SelfieMatchThreshold,
            PayoutChurnWindowDays = o.Rules.PayoutChurnWindowDays,
            PayoutChurnChanges = o.Rules.PayoutChurnChanges,
            InPersonDeclineThreshold = o.Rules.InPersonDeclineThreshold,
            TimeZoneMismatchShare = o.Rules.TimeZoneMismatchShare,
            DayOneWindowDays = o.Rules.DayOneWindowDays,
            NameMatchThreshold = o.Rules.NameMatchThreshold,
            SanctionsReviewStrength = o.Rules.SanctionsReviewStrength,
            NamedVpnProviders = [.. o.Rules.NamedVpnProviders],
            AnonymousInfrastructureLabels = [.. o.Rules.AnonymousInfrastructureLabels],
            GeoMismatchShare = o.Rules.GeoMismatchShare,
            GeoMismatchDistanceKm = o.Rules.GeoMismatchDistanceKm,
            ImpossibleTravelSpeedKmh = o.Rules.ImpossibleTravelSpeedKmh,
            ImpossibleTravelMinDistanceKm = o.Rules.ImpossibleTravelMinDistanceKm,
            InputLatencyThresholdMs = o.Rules.InputLatencyThresholdMs,
            InputLatencyMinExcessMs = o.Rules.InputLatencyMinExcessMs,
            InputLatencyMinSamples = o.Rules.InputLatencyMinSamples,
            AlwaysOnActiveHours = o.Rules.AlwaysOnActiveHours,
            AlwaysOnMinDays = o.Rules.AlwaysOnMinDays,
        },
        Input = new Signals.InputOptions
        {
            MaxDocumentBytes = o.Input.MaxDocumentBytes,
            MaxDepth = o.Input.MaxDepth,
            MaxStringLength = o.Input.MaxStringLength,
            MaxArrayItems = o.Input.MaxArrayItems,
        },
        Linkage = new LinkageOptions { HmacKey = o.Linkage.HmacKey },
    };

    private void EnsureNotBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException("This builder has already built an engine; create a new builder.");
        }
    }
}
