using HireGuard.Linkage;
using HireGuard.Rules;
using HireGuard.Scoring;
using HireGuard.Signals;
using Microsoft.Extensions.Options;

namespace HireGuard;

/// <summary>Everything that configures a <see cref="RiskEngine"/>. Validated at start-up (DI) or at <c>Build()</c>.</summary>
public class HireGuardOptions
{
    /// <summary>Gets or sets how the score is combined and banded.</summary>
    /// <value>The default value is a new <see cref="ScoringOptions"/>.</value>
    [ValidateObjectMembers]
    public ScoringOptions Scoring { get; set; } = new();

    /// <summary>Gets or sets rule weights, switches and thresholds.</summary>
    /// <value>The default value is a new <see cref="RuleOptions"/>.</value>
    [ValidateObjectMembers]
    public RuleOptions Rules { get; set; } = new();

    /// <summary>Gets or sets input limits.</summary>
    /// <value>The default value is a new <see cref="InputOptions"/>.</value>
    [ValidateObjectMembers]
    public InputOptions Input { get; set; } = new();

    /// <summary>Gets or sets cross-candidate linkage settings.</summary>
    /// <value>The default value is a new <see cref="LinkageOptions"/>.</value>
    public LinkageOptions Linkage { get; set; } = new();
}
