using HireGuard.Evidence;

namespace HireGuard.Rules.BuiltIn;

/// <summary>
/// NET.ANON_INFRA: sessions came through a VPN, hosting network, public or residential proxy, or
/// Tor exit, as anonymity databases or anonymiser lists say. Weak on its own (millions of
/// legitimate users); its strength is the share of classified sessions that were anonymised.
/// </summary>
internal sealed class AnonymousInfrastructureRule() : CatalogRule("network.anonymous-infrastructure", "1.0", Code)
{
    private const string Code = "NET.ANON_INFRA";

    public override void Evaluate(CaseEvidence evidence, RuleContext context)
    {
        if (NetworkSessions.Judgeable(evidence, context, Code) is not { } sessions)
        {
            return;
        }

        var classified = 0;
        var anonymised = 0;
        EvidenceItem[]? example = null;
        foreach (var s in sessions)
        {
            if (!NetworkSessions.AnonymityKnown(s.Ip!, context.Options))
            {
                continue;
            }

            classified++;
            if (NetworkSessions.IsAnonymised(s.Ip!, context.Options, out var fields))
            {
                anonymised++;
                example ??= [NetworkSessions.Address(s), NetworkSessions.AnonymitySource(s.Ip!, fields)];
            }
        }

        if (classified == 0)
        {
            if (sessions.Count > 0)
            {
                context.ReportMissing(Code, "ipIntelligence:anonymity", "No anonymity database or list classified any session address.");
            }

            return;
        }

        if (anonymised == 0)
        {
            return;
        }

        context.Report(
            Code,
            (double)anonymised / classified,
            string.Create(Inv, $"{anonymised} of {classified} classified sessions came through anonymising infrastructure (VPN, hosting, proxy or Tor), so their location cannot be trusted."),
            [.. example!, new EvidenceItem("/sessions", string.Create(Inv, $"{anonymised}/{classified} sessions"))]);
    }
}
