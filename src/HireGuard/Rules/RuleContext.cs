using System.Collections.Frozen;
using HireGuard.Signals;

namespace HireGuard.Rules;

/// <summary>
/// Collects what rules report during one evaluation: findings, missing signals and warnings.
/// Created by the engine per evaluation; not thread-safe and not to be kept after
/// <see cref="IRiskRule.Evaluate"/> returns.
/// </summary>
public sealed class RuleContext
{
    private readonly FrozenDictionary<string, double> _weights;
    private readonly FrozenSet<string> _disabled;
    private readonly List<Finding> _findings = [];
    private readonly List<(string Code, string Signal, string Reason)> _missing = [];
    private readonly List<InputWarning> _warnings = [];
    private IRiskRule? _rule;

    internal RuleContext(RuleOptions options, FrozenDictionary<string, double> weights, FrozenSet<string> disabled)
    {
        Options = options;
        _weights = weights;
        _disabled = disabled;
    }

    /// <summary>Gets the thresholds and switches in force.</summary>
    public RuleOptions Options { get; }

    internal IReadOnlyList<Finding> Findings => _findings;

    internal IReadOnlyList<(string Code, string Signal, string Reason)> Missing => _missing;

    internal IReadOnlyList<InputWarning> Warnings => _warnings;

    /// <summary>Reports that an indicator fired.</summary>
    /// <param name="code">An indicator code the current rule declares.</param>
    /// <param name="strength">How strongly it fired, in (0, 1]; the contribution is weight × strength.</param>
    /// <param name="text">A specific, reviewer-facing sentence (secrets masked).</param>
    /// <param name="evidence">The inputs the finding rests on.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="strength"/> is not in (0, 1].</exception>
    /// <exception cref="InvalidOperationException">The current rule does not declare <paramref name="code"/>.</exception>
    public void Report(string code, double strength, string text, params ReadOnlySpan<EvidenceItem> evidence) =>
        Add(code, strength, text, definitive: false, evidence);

    /// <summary>
    /// Reports a definitive compliance hit (an indicator of <see cref="IndicatorStrength.Definitive"/>
    /// strength), which forces the <c>Critical</c> band and <c>Escalate</c>.
    /// </summary>
    /// <param name="code">A definitive indicator code the current rule declares.</param>
    /// <param name="text">A specific, reviewer-facing sentence.</param>
    /// <param name="evidence">The inputs the finding rests on.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="text"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The current rule does not declare <paramref name="code"/>, or it is not definitive.</exception>
    public void ReportDefinitive(string code, string text, params ReadOnlySpan<EvidenceItem> evidence) =>
        Add(code, 1.0, text, definitive: true, evidence);

    /// <summary>Reports that an indicator could not be evaluated because an input was missing.</summary>
    /// <param name="code">An indicator code the current rule declares.</param>
    /// <param name="signal">The missing input, as a JSON Pointer (e.g. <c>/payroll</c>).</param>
    /// <param name="reason">Why it counts as missing.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void ReportMissing(string code, string signal, string reason)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(signal);
        ArgumentNullException.ThrowIfNull(reason);
        if (!_disabled.Contains(code))
        {
            _missing.Add((code, signal, reason));
        }
    }

    /// <summary>Raises an input warning (the value is treated as missing).</summary>
    /// <param name="code">A code from <see cref="InputWarningCodes"/>.</param>
    /// <param name="pointer">The JSON Pointer of the input.</param>
    /// <param name="message">What is wrong.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Warn(string code, string pointer, string message)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(pointer);
        ArgumentNullException.ThrowIfNull(message);
        _warnings.Add(new InputWarning(code, pointer, message));
    }

    internal void Begin(IRiskRule rule) => _rule = rule;

    internal void Rollback(int findings, int missing, int warnings)
    {
        _findings.RemoveRange(findings, _findings.Count - findings);
        _missing.RemoveRange(missing, _missing.Count - missing);
        _warnings.RemoveRange(warnings, _warnings.Count - warnings);
    }

    private void Add(string code, double strength, string text, bool definitive, ReadOnlySpan<EvidenceItem> evidence)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfEqual(double.IsNaN(strength), true, nameof(strength));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(strength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(strength, 1.0);

        var descriptor = Declared(code);
        if (definitive && descriptor.Strength != IndicatorStrength.Definitive)
        {
            throw new InvalidOperationException($"Indicator {code} is not definitive.");
        }

        if (_disabled.Contains(code))
        {
            return;
        }

        _findings.Add(new Finding
        {
            Code = code,
            Category = descriptor.Category,
            RuleId = _rule!.Id,
            RuleVersion = _rule.Version,
            Strength = strength,
            Weight = _weights.TryGetValue(code, out var w) ? w : descriptor.DefaultWeight,
            Definitive = definitive,
            Text = text,
            Evidence = evidence.ToArray(),
        });
    }

    private IndicatorDescriptor Declared(string code)
    {
        var rule = _rule ?? throw new InvalidOperationException("No rule is being evaluated.");
        foreach (var d in rule.Indicators)
        {
            if (string.Equals(d.Code, code, StringComparison.Ordinal))
            {
                return d;
            }
        }

        throw new InvalidOperationException($"Rule {rule.Id} reported {code}, which it does not declare.");
    }
}
