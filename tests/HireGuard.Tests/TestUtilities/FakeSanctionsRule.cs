using HireGuard.Evidence;
using HireGuard.Rules;
using HireGuard.Sanctions;

namespace HireGuard.Tests.TestUtilities;

/// <summary>A rule that reports a SAN finding from the sanctions evidence (stands in for the sanctions rules).</summary>
public sealed class FakeSanctionsRule : IRiskRule
{
    public string Id => "test.sanctions";

    public string Version => "1";

    public IReadOnlyList<IndicatorDescriptor> Indicators { get; } = [IndicatorCatalog.Get("SAN.SDN_COUNTERPARTY")];

    public void Evaluate(CaseEvidence evidence, RuleContext context)
    {
        foreach (var party in evidence.Sanctions ?? [])
        {
            foreach (var hit in party.Result.Hits)
            {
                if (hit.Confidence == SanctionsMatchConfidence.Definitive)
                {
                    context.ReportDefinitive("SAN.SDN_COUNTERPARTY", "Definitive match: " + hit.EntryName, new EvidenceItem(hit.SourcePointer ?? string.Empty, hit.MatchedName));
                }
                else
                {
                    context.Report("SAN.SDN_COUNTERPARTY", 0.5, "Possible match: " + hit.EntryName, new EvidenceItem(hit.SourcePointer ?? string.Empty, hit.MatchedName));
                }
            }
        }
    }
}
