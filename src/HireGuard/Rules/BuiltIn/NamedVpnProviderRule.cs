using HireGuard.Evidence;

namespace HireGuard.Rules.BuiltIn;

/// <summary>
/// NET.ASTRILL_VPN: a session came through Astrill (or another provider named in
/// <see cref="RuleOptions.NamedVpnProviders"/>): the address is on a list with that label, an
/// anonymity database names the provider, or the endpoint named it as its VPN client. Moderate
/// before hire; full strength on the corporate device after onboarding, where a personal VPN breaks
/// policy. Location, never nationality: the same rule applies whatever the exit country.
/// </summary>
internal sealed class NamedVpnProviderRule() : CatalogRule("network.named-vpn-provider", "1.0", Code)
{
    private const string Code = "NET.ASTRILL_VPN";

    /// <summary>Strength before hire (INDICATORS.md: moderate, some travellers use it legitimately).</summary>
    private const double PreHireStrength = 0.6;

    public override void Evaluate(CaseEvidence evidence, RuleContext context)
    {
        var corporate = CorporateSessions.Of(evidence).Select(s => s.Index).ToHashSet();
        (double Strength, string Text, EvidenceItem[] Evidence)? best = null;
        void Consider(SessionEvidence s, string provider, EvidenceItem[] items)
        {
            var onCorporate = corporate.Contains(s.Index);
            var strength = onCorporate ? 1.0 : PreHireStrength;
            if (best is null || strength > best.Value.Strength)
            {
                var where = onCorporate ? "on the corporate device" : "before hire";
                best = (strength, string.Create(Inv, $"Session {s.Index} ({where}) came through the VPN provider {provider}."), items);
            }
        }

        foreach (var s in evidence.Sessions)
        {
            if (s.Ip is { IsAllowListed: true })
            {
                continue;
            }

            if (NetworkSessions.IsNamedProvider(s.Session.AnonymizerClient, context.Options))
            {
                Consider(s, s.Session.AnonymizerClient!, [new EvidenceItem(string.Create(Inv, $"/sessions/{s.Index}/anonymizerClient"), s.Session.AnonymizerClient!)]);
            }

            if (s.Ip is not { } ip)
            {
                continue;
            }

            if (ip.Anonymity?.ProviderName is { } name && NetworkSessions.IsNamedProvider(name, context.Options))
            {
                Consider(s, name, [NetworkSessions.Address(s), NetworkSessions.Source(ip.Anonymity.Source, ip.Anonymity.Network ?? ip.Network, "anonymity.providerName=" + name)]);
            }

            foreach (var m in ip.ListMatches)
            {
                if (!m.IsAllowList && NetworkSessions.IsNamedProvider(m.Label, context.Options))
                {
                    Consider(s, m.Label, [NetworkSessions.Address(s), NetworkSessions.List(m)]);
                }
            }
        }

        if (best is { } b)
        {
            context.Report(Code, b.Strength, b.Text, b.Evidence);
            return;
        }

        // Not found: missing addresses are reported (IP intelligence unconfigured is reported by the engine).
        if (NetworkSessions.Judgeable(evidence, context, Code) is { Count: > 0 } judged && !judged.Any(s => NetworkSessions.AnonymityKnown(s.Ip!, context.Options)))
        {
            context.ReportMissing(Code, "ipIntelligence:anonymity", "No anonymity database or list classified any session address.");
        }
    }
}
