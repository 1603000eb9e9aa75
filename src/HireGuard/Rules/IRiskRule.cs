using HireGuard.Evidence;

namespace HireGuard.Rules;

/// <summary>
/// A rule scorer: evaluates one indicator family against <see cref="CaseEvidence"/> and reports
/// findings (and the signals it lacked) through the <see cref="RuleContext"/>.
/// </summary>
/// <remarks>
/// Rules are stateless, thread-safe and free of I/O; they read only the evidence. A rule reports
/// only indicators it declares in <see cref="Indicators"/>. The weight of each finding comes from
/// options (<see cref="RuleOptions.Weights"/>, else the descriptor's default), never from the rule.
/// Fault policy: an exception thrown by a rule is caught by the engine, logged without case data,
/// reported as a <c>rule_failed</c> input warning, and the rule's indicators count as not
/// evaluated; the rest of the evaluation goes on.
/// </remarks>
public interface IRiskRule
{
    /// <summary>Gets the rule's stable identifier (e.g. <c>payroll.payout-name-mismatch</c>).</summary>
    string Id { get; }

    /// <summary>Gets the rule's version; change it whenever its logic changes.</summary>
    string Version { get; }

    /// <summary>Gets the indicators the rule can report.</summary>
    IReadOnlyList<IndicatorDescriptor> Indicators { get; }

    /// <summary>Evaluates the case.</summary>
    /// <param name="evidence">The enriched case.</param>
    /// <param name="context">Where findings, missing signals and warnings go.</param>
    void Evaluate(CaseEvidence evidence, RuleContext context);
}
