using System.Collections.Frozen;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using HireGuard.Diagnostics;
using HireGuard.Evidence;
using HireGuard.Internal;
using HireGuard.IpIntelligence;
using HireGuard.Linkage;
using HireGuard.Model;
using HireGuard.Rules;
using HireGuard.Sanctions;
using HireGuard.Signals;
using Microsoft.Extensions.Logging;

namespace HireGuard.Scoring;

/// <summary>
/// Evaluates hiring cases: enrichment (IP intelligence, sanctions, linkage), rule scorers, the
/// optional learned model, and the combiner that turns them into an explained
/// <see cref="RiskAssessment"/>.
/// </summary>
/// <remarks>
/// Build one with <see cref="CreateBuilder"/> (or <c>services.AddHireGuard()</c>) and share it: the
/// engine is immutable and thread-safe. Reference data is swapped by the sources themselves,
/// atomically. Public methods throw only <see cref="ArgumentNullException"/> for null arguments and
/// <see cref="OperationCanceledException"/> on cancellation; faults of plug-in rules and sources are
/// isolated (logged without case data and reported in the assessment).
/// </remarks>
public sealed class RiskEngine
{
    private const string IpSource = "ipIntelligence";
    private const string SanctionsSource = "sanctionsScreening";
    private const string LinkageSource = "linkageStore";

    private static readonly string LibraryVersionText =
        typeof(RiskEngine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    private readonly HireGuardOptions _options;
    private readonly IReadOnlyList<IRiskRule> _rules;
    private readonly FrozenDictionary<string, IndicatorDescriptor> _descriptors;
    private readonly FrozenDictionary<string, double> _weights;
    private readonly FrozenSet<string> _disabled;
    private readonly EngineSources _sources;
    private readonly LinkageKeys? _linkageKeys;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly AssessmentIdGenerator _ids;
    private readonly double _priorLogOdds;
    private readonly IReadOnlyList<string> _ruleNames;
    private readonly IReadOnlyList<IRiskRule> _enabledRules;
    private readonly FrozenDictionary<EvidenceSources, string[]> _sourceIndicators;

    internal RiskEngine(
        HireGuardOptions options,
        IReadOnlyList<IRiskRule> rules,
        EngineSources sources,
        byte[]? linkageKey,
        TimeProvider time,
        ILoggerFactory loggerFactory,
        AssessmentIdGenerator? ids)
    {
        _options = options;
        _rules = rules;
        _sources = sources;
        _linkageKeys = linkageKey is null ? null : new LinkageKeys(linkageKey);
        _time = time;
        _logger = loggerFactory.CreateLogger("HireGuard.RiskEngine");
        var descriptors = new Dictionary<string, IndicatorDescriptor>(StringComparer.Ordinal);
        foreach (var d in IndicatorCatalog.All)
        {
            descriptors[d.Code] = d;
        }

        foreach (var d in rules.SelectMany(r => r.Indicators))
        {
            descriptors[d.Code] = d;
        }

        _descriptors = descriptors.ToFrozenDictionary(StringComparer.Ordinal);
        _weights = options.Rules.Weights.ToFrozenDictionary(StringComparer.Ordinal);
        _disabled = options.Rules.Disabled.ToFrozenSet(StringComparer.Ordinal);
        _priorLogOdds = Math.Log(options.Scoring.PriorProbability / (1 - options.Scoring.PriorProbability));
        _ruleNames = [.. rules.Select(r => r.Id + "@" + r.Version)];
        _enabledRules = [.. rules.Where(r => r.Indicators.Any(d => !_disabled.Contains(d.Code)))];
        _sourceIndicators = new[] { EvidenceSources.IpIntelligence, EvidenceSources.Sanctions, EvidenceSources.Linkage }.ToFrozenDictionary(
            flag => flag,
            flag => _descriptors.Values
                .Where(d => (d.RequiredSources & flag) != 0 && !_disabled.Contains(d.Code))
                .Select(d => d.Code)
                .Order(StringComparer.Ordinal)
                .ToArray());
        RuleSetVersion = ComputeRuleSetVersion();
        _ids = ids ?? DefaultId;
        EngineLog.Built(_logger, rules.Count, RuleSetVersion, sources.Model?.Info.Id ?? "none");
    }

    /// <summary>Gets the rules the engine runs, in order.</summary>
    public IReadOnlyList<IRiskRule> Rules => _rules;

    /// <summary>Gets the rule-set version: a hash over rules, versions, weights and thresholds (reported in provenance).</summary>
    public string RuleSetVersion { get; }

    /// <summary>Creates a builder for an engine without a DI container.</summary>
    /// <returns>A new, single-use builder.</returns>
    public static RiskEngineBuilder CreateBuilder() => new();

    /// <summary>Evaluates a case read from JSON, keeping the reader's warnings.</summary>
    /// <param name="document">The case and its read warnings.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <remarks>Blocks if a configured linkage store completes asynchronously; prefer <see cref="EvaluateAsync(HiringCaseReadResult, CancellationToken)"/> then.</remarks>
    public RiskAssessment Evaluate(HiringCaseReadResult document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return EvaluateCore(document.Case, document.Warnings);
    }

    /// <summary>Evaluates a case.</summary>
    /// <param name="hiringCase">The case.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hiringCase"/> is null.</exception>
    /// <remarks>Blocks if a configured linkage store completes asynchronously; prefer <see cref="EvaluateAsync(HiringCase, CancellationToken)"/> then.</remarks>
    public RiskAssessment Evaluate(HiringCase hiringCase)
    {
        ArgumentNullException.ThrowIfNull(hiringCase);
        return EvaluateCore(hiringCase, []);
    }

    /// <summary>Evaluates a case read from JSON, keeping the reader's warnings.</summary>
    /// <param name="document">The case and its read warnings.</param>
    /// <param name="cancellationToken">Cancels the linkage call.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The call was cancelled.</exception>
    public ValueTask<RiskAssessment> EvaluateAsync(HiringCaseReadResult document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return EvaluateCoreAsync(document.Case, document.Warnings, cancellationToken);
    }

    /// <summary>Evaluates a case.</summary>
    /// <param name="hiringCase">The case.</param>
    /// <param name="cancellationToken">Cancels the linkage call.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hiringCase"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The call was cancelled.</exception>
    public ValueTask<RiskAssessment> EvaluateAsync(HiringCase hiringCase, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(hiringCase);
        return EvaluateCoreAsync(hiringCase, [], cancellationToken);
    }

    private RiskAssessment EvaluateCore(HiringCase hiringCase, IReadOnlyList<InputWarning> readWarnings)
    {
        var state = Prepare(hiringCase, readWarnings);
        if (_sources.LinkageStore is not null && _linkageKeys is not null)
        {
            var pending = LinkSafely(state, CancellationToken.None);
            state.Linkage = pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
        }

        return Finish(state);
    }

    private async ValueTask<RiskAssessment> EvaluateCoreAsync(HiringCase hiringCase, IReadOnlyList<InputWarning> readWarnings, CancellationToken cancellationToken)
    {
        var state = Prepare(hiringCase, readWarnings);
        if (_sources.LinkageStore is not null && _linkageKeys is not null)
        {
            state.Linkage = await LinkSafely(state, cancellationToken).ConfigureAwait(false);
        }

        return Finish(state);
    }

    private EvaluationState Prepare(HiringCase input, IReadOnlyList<InputWarning> readWarnings)
    {
        var state = new EvaluationState
        {
            Started = _time.GetTimestamp(),
            Activity = HireGuardTelemetry.Source.StartActivity("HireGuard.Evaluate"),
            EvaluatedAt = _time.GetUtcNow(),
            Input = input,
        };
        state.Warnings.AddRange(readWarnings);
        state.Case = CaseValidator.Validate(input, state.EvaluatedAt, state.Warnings);
        state.Sessions = Sessions(state);
        state.ResidenceTimeZone = TimeZones.Find(state.Case.Candidate?.Residence?.TimeZone);
        if (_sources.Sanctions is { } screener)
        {
            try
            {
                state.Sanctions = SanctionsQueries.Screen(screener, state.Case);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                EngineLog.SourceFailed(_logger, SanctionsSource, ex.GetType().Name);
                state.FailedSources.Add(SanctionsSource);
            }
        }

        return state;
    }

    private List<SessionEvidence> Sessions(EvaluationState state)
    {
        var sessions = state.Case.Sessions;
        var result = new List<SessionEvidence>(sessions.Count);
        Dictionary<IPAddress, IpIntelligenceResult>? cache = null;
        for (var i = 0; i < sessions.Count; i++)
        {
            var session = sessions[i];
            IPAddress? address = null;
            if (session.IpAddress is { } text)
            {
                if (IpAddresses.TryParse(text, out var parsed))
                {
                    address = parsed;
                }
                else
                {
                    state.Warnings.Add(new InputWarning(InputWarningCodes.InvalidValue, "/sessions/" + i.ToString(CultureInfo.InvariantCulture) + "/ipAddress", "Not an IPv4 (dotted quad) or IPv6 address; it was treated as missing."));
                }
            }

            IpIntelligenceResult? ip = null;
            if (address is not null && _sources.IpIntelligence is { } intelligence && !state.FailedSources.Contains(IpSource))
            {
                cache ??= [];
                if (!cache.TryGetValue(address, out ip))
                {
                    try
                    {
                        ip = intelligence.Lookup(address);
                        cache[address] = ip;
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        EngineLog.SourceFailed(_logger, IpSource, ex.GetType().Name);
                        state.FailedSources.Add(IpSource);
                        ip = null;
                    }
                }
            }

            result.Add(new SessionEvidence { Index = i, Session = session, Address = address, Ip = ip });
        }

        return result;
    }

    private async ValueTask<LinkageResult?> LinkSafely(EvaluationState state, CancellationToken cancellationToken)
    {
        try
        {
            return await _sources.LinkageStore!.LinkAsync(_linkageKeys!.For(state.Case), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            EngineLog.SourceFailed(_logger, LinkageSource, ex.GetType().Name);
            state.FailedSources.Add(LinkageSource);
            return null;
        }
    }

    /// <summary>
    /// Runs enrichment and the rules on one case without the model or the combiner: the evidence and
    /// findings a model sees. Training and evaluation use it to build feature vectors exactly as the
    /// engine would at scoring time.
    /// </summary>
    /// <param name="hiringCase">The case.</param>
    /// <returns>The evidence and the findings.</returns>
    internal (CaseEvidence Evidence, IReadOnlyList<Finding> Findings) Analyze(HiringCase hiringCase)
    {
        ArgumentNullException.ThrowIfNull(hiringCase);
        var state = Prepare(hiringCase, []);
        if (_sources.LinkageStore is not null && _linkageKeys is not null)
        {
            var pending = LinkSafely(state, CancellationToken.None);
            state.Linkage = pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
        }

        var evidence = BuildEvidence(state);
        var context = RunRules(evidence, state);
        state.Activity?.Dispose();
        return (evidence, context.Findings);
    }

    private CaseEvidence BuildEvidence(EvaluationState state) => new()
    {
        Case = state.Case,
        EvaluatedAt = state.EvaluatedAt,
        Sessions = state.Sessions,
        ResidenceTimeZone = state.ResidenceTimeZone,
        IpIntelligenceConfigured = _sources.IpIntelligence is not null && !state.FailedSources.Contains(IpSource),
        Sanctions = state.Sanctions,
        Linkage = state.Linkage,
        Warnings = [.. state.Warnings],
    };

    private RuleContext RunRules(CaseEvidence evidence, EvaluationState state)
    {
        var context = new RuleContext(_options.Rules, _weights, _disabled);
        foreach (var rule in _enabledRules)
        {
            var (findings, missing, warnings) = (context.Findings.Count, context.Missing.Count, context.Warnings.Count);
            context.Begin(rule);
            try
            {
                rule.Evaluate(evidence, context);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                context.Rollback(findings, missing, warnings);
                EngineLog.RuleFailed(_logger, rule.Id, ex.GetType().Name);
                state.Warnings.Add(new InputWarning(InputWarningCodes.RuleFailed, string.Empty, $"Rule {rule.Id} failed ({ex.GetType().Name}); its indicators were not evaluated."));
                foreach (var d in rule.Indicators)
                {
                    context.ReportMissing(d.Code, "rule:" + rule.Id, "The rule failed while evaluating this case.");
                }
            }
        }

        return context;
    }

    private RiskAssessment Finish(EvaluationState state)
    {
        var evidence = BuildEvidence(state);
        var context = RunRules(evidence, state);
        state.Warnings.AddRange(context.Warnings);
        var prediction = Predict(evidence, context.Findings, state);
        var (baseLogOdds, reasons) = Combiner.Combine(
            context.Findings,
            prediction,
            _options.Scoring.ModelWeight,
            _priorLogOdds,
            code => _descriptors.TryGetValue(code, out var d) ? d : null);

        var logOdds = baseLogOdds;
        foreach (var r in reasons)
        {
            logOdds += r.LogOdds;
        }

        var score = 100.0 * Sigmoid(logOdds);
        var definitive = context.Findings.FirstOrDefault(f => f.Definitive);
        var band = definitive is not null ? RiskBand.Critical : BandOf(score);
        var recommendation = band switch
        {
            RiskBand.Low => Recommendation.Proceed,
            RiskBand.Critical => Recommendation.Escalate,
            _ => Recommendation.Verify,
        };

        var inputSha = Convert.ToHexStringLower(SHA256.HashData(HiringCaseJson.WriteCanonicalUtf8(state.Input)));
        var assessment = new RiskAssessment
        {
            AssessmentId = _ids(inputSha, state.EvaluatedAt),
            CaseId = state.Input.CaseId,
            EvaluatedAt = state.EvaluatedAt,
            Score = score,
            Band = band,
            Recommendation = recommendation,
            HumanReviewRequired = band >= RiskBand.Medium,
            BaseLogOdds = baseLogOdds,
            LogOdds = logOdds,
            Override = definitive is null ? null : new BandOverride(definitive.Code, "A definitive sanctions match forces the Critical band and escalation to compliance, whatever the score."),
            Reasons = reasons,
            Model = prediction is null ? null : Explain(prediction),
            Findings = context.Findings,
            Links = state.Linkage?.Matches ?? [],
            Sanctions = [.. (state.Sanctions ?? []).SelectMany(p => p.Result.Hits)],
            Warnings = state.Warnings,
            MissingSignals = MissingSignals(state, context),
            RecommendedActions = Actions(reasons, band),
            Provenance = Provenance(inputSha),
        };

        Record(state, assessment);
        return assessment;
    }

    private ModelPrediction? Predict(CaseEvidence evidence, IReadOnlyList<Finding> findings, EvaluationState state)
    {
        if (_sources.Model is not { } model)
        {
            return null;
        }

        try
        {
            var prediction = model.Predict(evidence, findings);
            var sum = prediction.BaseValue;
            foreach (var c in prediction.Contributions)
            {
                sum += c.Contribution;
            }

            if (!double.IsFinite(prediction.LogOdds) || Math.Abs(sum - prediction.LogOdds) > 1e-6)
            {
                throw new InvalidOperationException("The model's contributions do not add up to its log-odds.");
            }

            return prediction;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            EngineLog.ModelFailed(_logger, model.Info.Id, ex.GetType().Name);
            state.Warnings.Add(new InputWarning(InputWarningCodes.ModelFailed, string.Empty, $"The model failed ({ex.GetType().Name}); the score uses expert weights only."));
            return null;
        }
    }

    private ModelExplanation Explain(ModelPrediction prediction)
    {
        var sum = prediction.BaseValue;
        foreach (var c in prediction.Contributions)
        {
            sum += c.Contribution;
        }

        return new ModelExplanation
        {
            ModelId = _sources.Model!.Info.Id,
            Method = _sources.Model.Info.Method,
            BaseValue = prediction.BaseValue,
            LogOdds = prediction.LogOdds,
            RawScore = prediction.RawScore,
            BlendWeight = _options.Scoring.ModelWeight,
            AdditivityError = Math.Abs(sum - prediction.LogOdds),
            Contributions = [.. prediction.Contributions
                .Where(c => c.Contribution != 0.0)
                .OrderByDescending(c => Math.Abs(c.Contribution))
                .ThenBy(c => c.Feature, StringComparer.Ordinal)
                .Select(c => new FeatureContribution(c.Feature, c.Code, double.IsNaN(c.Value) ? null : c.Value, c.Contribution))],
        };
    }

    private List<MissingSignal> MissingSignals(EvaluationState state, RuleContext context)
    {
        var missing = new List<MissingSignal>();
        void Source(string name, EvidenceSources flag, bool configured)
        {
            var failed = state.FailedSources.Contains(name);
            if (configured && !failed)
            {
                return;
            }

            var codes = _sourceIndicators[flag];
            if (codes.Length > 0)
            {
                missing.Add(new MissingSignal(name, codes, failed ? "The source failed for this case." : "No such source is configured."));
            }
        }

        Source(IpSource, EvidenceSources.IpIntelligence, _sources.IpIntelligence is not null);
        Source(SanctionsSource, EvidenceSources.Sanctions, _sources.Sanctions is not null);
        Source(LinkageSource, EvidenceSources.Linkage, _sources.LinkageStore is not null && _linkageKeys is not null);

        var grouped = new Dictionary<(string Signal, string Reason), List<string>>();
        var order = new List<(string, string)>();
        foreach (var (code, signal, reason) in context.Missing)
        {
            if (!grouped.TryGetValue((signal, reason), out var codes))
            {
                grouped[(signal, reason)] = codes = [];
                order.Add((signal, reason));
            }

            if (!codes.Contains(code, StringComparer.Ordinal))
            {
                codes.Add(code);
            }
        }

        foreach (var key in order)
        {
            missing.Add(new MissingSignal(key.Item1, grouped[key], key.Item2));
        }

        return missing;
    }

    private List<RecommendedAction> Actions(IReadOnlyList<Reason> reasons, RiskBand band)
    {
        var triggers = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string action, string trigger)
        {
            if (!triggers.TryGetValue(action, out var list))
            {
                triggers[action] = list = [];
            }

            if (!list.Contains(trigger, StringComparer.Ordinal))
            {
                list.Add(trigger);
            }
        }

        foreach (var reason in reasons)
        {
            if (reason.LogOdds > 0 && _descriptors.TryGetValue(reason.Code, out var d))
            {
                foreach (var action in d.Actions)
                {
                    Add(action, reason.Code);
                }
            }
        }

        if (band >= RiskBand.Medium)
        {
            Add(VerificationActions.LiveIdCheck, "band:" + band.ToString().ToLowerInvariant());
        }

        if (band >= RiskBand.High)
        {
            Add(VerificationActions.InPersonOrNotary, "band:" + band.ToString().ToLowerInvariant());
        }

        return [.. VerificationActions.All
            .Where(a => triggers.ContainsKey(a.Code))
            .Select(a => a with { TriggeredBy = triggers[a.Code] })];
    }

    private Provenance Provenance(string inputSha)
    {
        var sources = new List<DataSourceInfo>();
        if (_sources.IpIntelligence is { } ip)
        {
            sources.AddRange(ip.Sources);
        }

        DateTimeOffset? listDate = null;
        if (_sources.Sanctions is { } screener)
        {
            foreach (var list in screener.Lists)
            {
                sources.Add(list);
                if (list.BuildDate is { } d && (listDate is null || d < listDate))
                {
                    listDate = d;
                }
            }
        }

        var model = _sources.Model?.Info;
        return new Provenance
        {
            LibraryVersion = LibraryVersionText,
            RuleSetVersion = RuleSetVersion,
            Rules = _ruleNames,
            ModelId = model?.Id,
            ModelSha256 = model?.Sha256,
            FeatureSchemaVersion = model?.FeatureSchemaVersion,
            SanctionsListDate = listDate,
            DataSources = sources,
            InputSha256 = inputSha,
        };
    }

    private void Record(EvaluationState state, RiskAssessment assessment)
    {
        var elapsed = _time.GetElapsedTime(state.Started).TotalMilliseconds;
        var tags = new TagList
        {
            { "hireguard.band", assessment.Band.ToString() },
            { "hireguard.recommendation", assessment.Recommendation.ToString() },
        };
        HireGuardTelemetry.Evaluations.Add(1, tags);
        HireGuardTelemetry.Duration.Record(elapsed, tags);
        HireGuardTelemetry.Score.Record(assessment.Score, tags);
        if (assessment.Warnings.Count > 0)
        {
            HireGuardTelemetry.InputWarnings.Add(assessment.Warnings.Count);
        }

        foreach (var f in assessment.Findings)
        {
            HireGuardTelemetry.Findings.Add(1, new KeyValuePair<string, object?>("hireguard.category", f.Category.ToString()));
        }

        if (state.Activity is { } activity)
        {
            activity.SetTag("hireguard.assessment_id", assessment.AssessmentId);
            activity.SetTag("hireguard.band", assessment.Band.ToString());
            activity.SetTag("hireguard.findings", assessment.Findings.Count);
            activity.Dispose();
        }

        EngineLog.Evaluated(_logger, assessment.AssessmentId, assessment.Band, assessment.Score, assessment.Findings.Count, assessment.Warnings.Count, elapsed);
    }

    private RiskBand BandOf(double score)
    {
        var s = _options.Scoring;
        return score >= s.CriticalThreshold ? RiskBand.Critical
            : score >= s.HighThreshold ? RiskBand.High
            : score >= s.MediumThreshold ? RiskBand.Medium
            : RiskBand.Low;
    }

    private static double Sigmoid(double x) => x >= 0 ? 1.0 / (1.0 + Math.Exp(-x)) : Math.Exp(x) / (1.0 + Math.Exp(x));

    private string DefaultId(string inputSha256, DateTimeOffset evaluatedAt)
    {
        var text = inputSha256 + "|" + evaluatedAt.UtcTicks.ToString(CultureInfo.InvariantCulture) + "|" + RuleSetVersion;
        return "hg_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }

    private string ComputeRuleSetVersion()
    {
        var text = new StringBuilder();
        foreach (var rule in _rules)
        {
            text.Append("rule ").Append(rule.Id).Append('@').Append(rule.Version).Append('\n');
            foreach (var d in rule.Indicators)
            {
                var weight = _weights.TryGetValue(d.Code, out var w) ? w : d.DefaultWeight;
                text.Append("  ").Append(d.Code).Append('=').Append(weight.ToString("R", CultureInfo.InvariantCulture))
                    .Append(_disabled.Contains(d.Code) ? " off" : string.Empty).Append('\n');
            }
        }

        var r = _options.Rules;
        text.Append(CultureInfo.InvariantCulture, $"thresholds {r.CameraOnRatioThreshold:R} {r.SyntheticMediaThreshold:R} {r.PersonMatchThreshold:R} {r.DocumentTamperThreshold:R} {r.SelfieMatchThreshold:R} {r.PayoutChurnWindowDays} {r.PayoutChurnChanges} {r.InPersonDeclineThreshold} {r.TimeZoneMismatchShare:R} {r.DayOneWindowDays} {r.NameMatchThreshold:R}\n");
        text.Append("approved ").AppendJoin(',', r.ApprovedRemoteAccessTools.Select(TextFolding.Fold).Order(StringComparer.Ordinal)).Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"network {r.GeoMismatchShare:R} {r.GeoMismatchDistanceKm:R} {r.ImpossibleTravelSpeedKmh:R} {r.ImpossibleTravelMinDistanceKm:R} {r.InputLatencyThresholdMs:R} {r.InputLatencyMinExcessMs:R} {r.InputLatencyMinSamples} {r.AlwaysOnActiveHours:R} {r.AlwaysOnMinDays} {r.SanctionsReviewStrength:R}\n");
        text.Append("vpn-providers ").AppendJoin(',', r.NamedVpnProviders.Select(TextFolding.Fold).Order(StringComparer.Ordinal)).Append('\n');
        text.Append("anonymous-labels ").AppendJoin(',', r.AnonymousInfrastructureLabels.Select(TextFolding.Fold).Order(StringComparer.Ordinal)).Append('\n');
        var s = _options.Scoring;
        text.Append(CultureInfo.InvariantCulture, $"scoring {s.PriorProbability:R} {s.MediumThreshold:R} {s.HighThreshold:R} {s.CriticalThreshold:R} {s.ModelWeight:R}\n");
        return "rs-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }

    /// <summary>Mutable state of one evaluation, private to it.</summary>
    private sealed class EvaluationState
    {
        public long Started { get; init; }

        public Activity? Activity { get; init; }

        public DateTimeOffset EvaluatedAt { get; init; }

        public required HiringCase Input { get; init; }

        public HiringCase Case { get; set; } = null!;

        public List<InputWarning> Warnings { get; } = [];

        public List<SessionEvidence> Sessions { get; set; } = [];

        public TimeZoneInfo? ResidenceTimeZone { get; set; }

        public List<ScreenedParty>? Sanctions { get; set; }

        public LinkageResult? Linkage { get; set; }

        public HashSet<string> FailedSources { get; } = new(StringComparer.Ordinal);
    }
}
