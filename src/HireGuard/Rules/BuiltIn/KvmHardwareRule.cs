using HireGuard.Evidence;
using HireGuard.Internal;

namespace HireGuard.Rules.BuiltIn;

/// <summary>
/// DEV.IP_KVM_HARDWARE: a KVM-over-IP device on the corporate laptop, recognised by product name,
/// by the Linux USB-gadget vendor id most IP-KVMs enumerate with, or by a composite keyboard/mouse
/// plus mass-storage signature (vendor ids are easily spoofed, class combinations less so).
/// </summary>
internal sealed class KvmHardwareRule() : CatalogRule("device.ip-kvm", "1.0", Code)
{
    private const string Code = "DEV.IP_KVM_HARDWARE";
    private const string LinuxGadgetVendorId = "1d6b";

    private static readonly string[] KvmNames =
    [
        "pikvm", "tinypilot", "jetkvm", "blikvm", "nanokvm", "glkvm", "gl inet", "kvm over ip", "ip kvm", "ipkvm",
        "lantronix spider", "raritan", "dominion kx",
    ];

    public override void Evaluate(CaseEvidence evidence, RuleContext context)
    {
        var sessions = CorporateSessions.Of(evidence).ToList();
        if (sessions.Count == 0)
        {
            context.ReportMissing(Code, "/sessions", "No session on the corporate device was supplied.");
            return;
        }

        var strength = 0.0;
        var items = new List<EvidenceItem>();
        foreach (var s in sessions)
        {
            var devices = s.Session.UsbDevices;
            for (var d = 0; d < devices.Count; d++)
            {
                var device = devices[d];
                var pointer = string.Create(Inv, $"/sessions/{s.Index}/usbDevices/{d}");
                var name = TextFolding.Fold(device.Name);
                var classes = device.Classes.Select(TextFolding.Fold).ToHashSet(StringComparer.Ordinal);
                double score = 0;
                string? why = null;
                if (name.Length > 0 && KvmNames.Any(k => name.Contains(k, StringComparison.Ordinal)))
                {
                    score = 1.0;
                    why = "product name of a KVM-over-IP device";
                }
                else if (string.Equals(device.VendorId?.Trim(), LinuxGadgetVendorId, StringComparison.OrdinalIgnoreCase))
                {
                    score = 0.9;
                    why = "Linux USB-gadget vendor id 1d6b, as IP-KVMs enumerate";
                }
                else if (classes.Contains("hid") && (classes.Contains("massstorage") || classes.Contains("mass storage")) && (classes.Contains("video") || classes.Contains("audio") || classes.Count >= 3))
                {
                    score = 0.6;
                    why = "composite keyboard/mouse and mass-storage device";
                }

                if (score > 0)
                {
                    strength = Math.Max(strength, score);
                    items.Add(new EvidenceItem(pointer, device.Name ?? $"{device.VendorId}:{device.ProductId}", null, why));
                }
            }
        }

        if (items.Count > 0)
        {
            context.Report(Code, strength, "A USB device attached to the corporate laptop looks like a KVM-over-IP remote-control device.", [.. items]);
        }
    }
}
