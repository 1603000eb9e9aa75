using HireGuard.Evidence;
using HireGuard.IpIntelligence;

namespace HireGuard.Rules.BuiltIn;

/// <summary>
/// NET.DPRK_ADDRESS_SPACE: a session address lies in the address space allocated to North Korea
/// (<see cref="DprkAddressSpace"/>, label <c>dprk-allocation</c>). Strong but rare. Researchers found
/// DPRK-registered space announced by VPN providers to fool geolocation, so a match on an address
/// that is itself anonymising infrastructure counts at half strength. A network fact, never a
/// statement about nationality.
/// </summary>
internal sealed class DprkAddressSpaceRule() : CatalogRule("network.dprk-address-space", "1.0", Code)
{
    private const string Code = "NET.DPRK_ADDRESS_SPACE";

    /// <summary>Strength when the matching address is also VPN or hosting space (the registry may not reflect who routes it).</summary>
    private const double AnonymisedStrength = 0.5;

    public override void Evaluate(CaseEvidence evidence, RuleContext context)
    {
        if (NetworkSessions.Judgeable(evidence, context, Code) is not { } sessions)
        {
            return;
        }

        (double Strength, SessionEvidence Session, IpListMatch Match, string Fields)? best = null;
        foreach (var s in sessions)
        {
            var match = s.Ip!.ListMatches.FirstOrDefault(m => !m.IsAllowList && string.Equals(m.Label, DprkAddressSpace.Label, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                continue;
            }

            var anonymised = NetworkSessions.IsAnonymised(s.Ip, context.Options, out var fields);
            var strength = anonymised ? AnonymisedStrength : 1.0;
            if (best is null || strength > best.Value.Strength)
            {
                best = (strength, s, match, anonymised ? fields : string.Empty);
            }
        }

        if (best is not { } b)
        {
            return;
        }

        var text = string.Create(Inv, $"Session {b.Session.Index} came from {b.Match.Network}, address space allocated to North Korea.")
            + (b.Fields.Length > 0 ? " The address is also classified as anonymising infrastructure, so the registry may not show who routes it." : string.Empty);
        EvidenceItem[] items = b.Fields.Length > 0
            ? [NetworkSessions.Address(b.Session), NetworkSessions.List(b.Match), NetworkSessions.AnonymitySource(b.Session.Ip!, b.Fields)]
            : [NetworkSessions.Address(b.Session), NetworkSessions.List(b.Match)];
        context.Report(Code, b.Strength, text, items);
    }
}
