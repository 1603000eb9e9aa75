using System.Globalization;
using HireGuard.Evidence;
using HireGuard.Internal;
using HireGuard.IpIntelligence;

namespace HireGuard.Rules.BuiltIn;

/// <summary>
/// What the IP-based network rules share: which sessions can be judged, how missing addresses are
/// reported, how anonymising infrastructure and named providers are recognised, and the evidence
/// items every finding carries (the session's address, and the source, network and fields used).
/// </summary>
/// <remarks>
/// Addresses are shown as given: DESIGN.md §5 masks secrets (national ids, account numbers), and a
/// reviewer needs the address to check the finding. Allow-listed addresses (corporate egress,
/// known-good partners) are never judged.
/// </remarks>
internal static class NetworkSessions
{
    /// <summary>The IP-list label and provider name that always count as Astrill.</summary>
    public const string AstrillLabel = "astrill";

    /// <summary>
    /// Returns the sessions whose address IP intelligence answered for and that no allow-list
    /// covers, or null when IP intelligence is not configured (the engine then reports the
    /// indicator missing). Reports each session without a valid address as missing.
    /// </summary>
    public static List<SessionEvidence>? Judgeable(CaseEvidence evidence, RuleContext context, string code)
    {
        if (!evidence.IpIntelligenceConfigured)
        {
            return null;
        }

        if (evidence.Sessions.Count == 0)
        {
            context.ReportMissing(code, "/sessions", "No session was supplied, so no address could be checked.");
            return [];
        }

        var result = new List<SessionEvidence>(evidence.Sessions.Count);
        foreach (var s in evidence.Sessions)
        {
            if (s.Address is null)
            {
                context.ReportMissing(code, Pointer(s), "The session has no valid IP address.");
            }
            else if (s.Ip is { IsAllowListed: false })
            {
                result.Add(s);
            }
        }

        return result;
    }

    /// <summary>Returns whether the address is anonymising infrastructure, naming the fields that say so.</summary>
    public static bool IsAnonymised(IpIntelligenceResult ip, RuleOptions options, out string fields)
    {
        var names = new List<string>();
        if (ip.Anonymity is { } a)
        {
            Add(names, a.IsVpn, "anonymity.isVpn");
            Add(names, a.IsHosting, "anonymity.isHosting");
            Add(names, a.IsPublicProxy, "anonymity.isPublicProxy");
            Add(names, a.IsResidentialProxy, "anonymity.isResidentialProxy");
            Add(names, a.IsTorExit, "anonymity.isTorExit");
            Add(names, a.IsAnonymous && names.Count == 0, "anonymity.isAnonymous");
            Add(names, a.ProviderName is not null && IsNamedProvider(a.ProviderName, options), "anonymity.providerName=" + a.ProviderName);
        }

        foreach (var m in ip.ListMatches)
        {
            if (!m.IsAllowList && (HasLabel(options.AnonymousInfrastructureLabels, m.Label) || IsNamedProvider(m.Label, options)))
            {
                names.Add("list:" + m.Label);
            }
        }

        fields = string.Join(", ", names);
        return names.Count > 0;
    }

    /// <summary>Returns whether an anonymity source or a list could have classified the address (otherwise anonymity is unknown, not clean).</summary>
    public static bool AnonymityKnown(IpIntelligenceResult ip, RuleOptions options) =>
        ip.Anonymity is not null || ip.ListMatches.Any(m => !m.IsAllowList && (HasLabel(options.AnonymousInfrastructureLabels, m.Label) || IsNamedProvider(m.Label, options)));

    /// <summary>Returns whether <paramref name="name"/> is Astrill or one of <see cref="RuleOptions.NamedVpnProviders"/> (case- and punctuation-insensitive).</summary>
    /// <remarks>A product name that starts with the provider's name as a whole word (<c>Astrill VPN</c>) counts too.</remarks>
    public static bool IsNamedProvider(string? name, RuleOptions options)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        var folded = TextFolding.Fold(name);
        return Names(folded, AstrillLabel) || options.NamedVpnProviders.Any(p => Names(folded, TextFolding.Fold(p)));
    }

    /// <summary>The JSON Pointer of a session's address.</summary>
    public static string Pointer(SessionEvidence s) => string.Create(CultureInfo.InvariantCulture, $"/sessions/{s.Index}/ipAddress");

    /// <summary>The session's address as evidence (with the address looked up, when it differs).</summary>
    public static EvidenceItem Address(SessionEvidence s) =>
        new(Pointer(s), s.Address!.ToString() + (s.Ip?.LookupAddress is { } looked ? " (looked up as " + looked + ")" : string.Empty));

    /// <summary>What a source said, as evidence: the source's name, the network of the answer and the fields used.</summary>
    public static EvidenceItem Source(string? source, string? network, string fields) =>
        new("ipIntelligence:" + (source ?? "unknown"), (network is null ? string.Empty : network + ": ") + fields);

    /// <summary>The list matches that fired, as evidence.</summary>
    public static EvidenceItem List(IpListMatch match) =>
        new("ipList:" + match.ListName, match.Network + ": label " + match.Label);

    /// <summary>The source and network behind an anonymity classification.</summary>
    public static EvidenceItem AnonymitySource(IpIntelligenceResult ip, string fields)
    {
        var list = ip.ListMatches.FirstOrDefault(m => fields.Contains("list:" + m.Label, StringComparison.Ordinal));
        return ip.Anonymity is { } a && (list is null || fields.Contains("anonymity.", StringComparison.Ordinal))
            ? Source(a.Source, a.Network ?? ip.Network, fields)
            : new EvidenceItem("ipList:" + list!.ListName, list.Network + ": " + fields);
    }

    private static bool HasLabel(IEnumerable<string> labels, string label)
    {
        var folded = TextFolding.Fold(label);
        return labels.Any(l => string.Equals(TextFolding.Fold(l), folded, StringComparison.Ordinal));
    }

    private static bool Names(string folded, string provider) =>
        provider.Length > 0 && folded.StartsWith(provider, StringComparison.Ordinal) && (folded.Length == provider.Length || folded[provider.Length] == ' ');

    private static void Add(List<string> names, bool set, string name)
    {
        if (set)
        {
            names.Add(name);
        }
    }
}
