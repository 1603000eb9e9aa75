using HireGuard.Evidence;
using HireGuard.Rules;

namespace HireGuard.Tests.TestUtilities;

/// <summary>A rule that always throws.</summary>
public sealed class ThrowingRule : IRiskRule
{
    public string Id => "test.throwing";

    public string Version => "1";

    public IReadOnlyList<IndicatorDescriptor> Indicators { get; } = [IndicatorCatalog.Get("BEH.MULTI_OPERATOR_PATTERN")];

    public void Evaluate(CaseEvidence evidence, RuleContext context)
    {
        context.Report("BEH.MULTI_OPERATOR_PATTERN", 1.0, "about to fail");
        throw new InvalidOperationException("boom with candidate data that must not be logged");
    }
}
