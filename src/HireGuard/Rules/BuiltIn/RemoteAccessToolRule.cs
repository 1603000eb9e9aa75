using System.Collections.Frozen;
using HireGuard.Evidence;
using HireGuard.Internal;

namespace HireGuard.Rules.BuiltIn;

/// <summary>DEV.UNSANCTIONED_RMM: remote-access software not on the employer's allow-list, on the corporate device.</summary>
internal sealed class RemoteAccessToolRule() : CatalogRule("device.unsanctioned-rmm", "1.0", Code)
{
    private const string Code = "DEV.UNSANCTIONED_RMM";

    /// <summary>Folded names of well-known remote-monitoring and remote-desktop tools, mapped to their display names.</summary>
    private static readonly FrozenDictionary<string, string> KnownTools = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["anydesk"] = "AnyDesk",
        ["teamviewer"] = "TeamViewer",
        ["chrome remote desktop"] = "Chrome Remote Desktop",
        ["rustdesk"] = "RustDesk",
        ["logmein"] = "LogMeIn",
        ["goto resolve"] = "GoTo Resolve",
        ["gotomypc"] = "GoToMyPC",
        ["splashtop"] = "Splashtop",
        ["screenconnect"] = "ScreenConnect",
        ["connectwise control"] = "ConnectWise Control",
        ["vnc"] = "VNC",
        ["realvnc"] = "RealVNC",
        ["tightvnc"] = "TightVNC",
        ["ultravnc"] = "UltraVNC",
        ["tigervnc"] = "TigerVNC",
        ["parsec"] = "Parsec",
        ["zoho assist"] = "Zoho Assist",
        ["atera"] = "Atera",
        ["ninjaone"] = "NinjaOne",
        ["remote utilities"] = "Remote Utilities",
        ["ammyy admin"] = "Ammyy Admin",
        ["supremo"] = "Supremo",
        ["dwservice"] = "DWService",
        ["meshcentral"] = "MeshCentral",
        ["radmin"] = "Radmin",
        ["netsupport"] = "NetSupport",
        ["getscreen"] = "Getscreen",
        ["remotepc"] = "RemotePC",
        ["beyondtrust"] = "BeyondTrust",
        ["bomgar"] = "Bomgar",
        ["nomachine"] = "NoMachine",
        ["action1"] = "Action1",
        ["level"] = "Level",
        ["tactical rmm"] = "Tactical RMM",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public override void Evaluate(CaseEvidence evidence, RuleContext context)
    {
        var sessions = CorporateSessions.Of(evidence).ToList();
        if (sessions.Count == 0)
        {
            context.ReportMissing(Code, "/sessions", "No session on the corporate device was supplied.");
            return;
        }

        var approved = context.Options.ApprovedRemoteAccessTools.Select(TextFolding.Fold).ToHashSet(StringComparer.Ordinal);
        var found = new List<EvidenceItem>();
        var names = new SortedSet<string>(StringComparer.Ordinal);
        var strength = 0.0;
        foreach (var s in sessions)
        {
            var tools = s.Session.RemoteAccessTools;
            for (var t = 0; t < tools.Count; t++)
            {
                var folded = TextFolding.Fold(tools[t]);
                if (folded.Length == 0 || approved.Contains(folded))
                {
                    continue;
                }

                var known = KnownTools.TryGetValue(folded, out var display);
                strength = Math.Max(strength, known ? 1.0 : 0.8);
                names.Add(display ?? tools[t]);
                found.Add(new EvidenceItem(string.Create(Inv, $"/sessions/{s.Index}/remoteAccessTools/{t}"), display ?? tools[t], null, "not on the approved list"));
            }
        }

        if (found.Count > 0)
        {
            context.Report(Code, strength, $"Remote-access software not approved by the employer ran on the corporate device: {string.Join(", ", names)}.", [.. found]);
        }
    }
}
