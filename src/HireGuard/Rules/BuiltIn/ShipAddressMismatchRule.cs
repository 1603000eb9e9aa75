using HireGuard.Evidence;
using HireGuard.Internal;
using HireGuard.Signals;

namespace HireGuard.Rules.BuiltIn;

/// <summary>DEV.SHIP_ADDRESS_MISMATCH: equipment goes somewhere other than the claimed residence, or through a mail drop or forwarder.</summary>
internal sealed class ShipAddressMismatchRule() : CatalogRule("device.ship-address-mismatch", "1.0", Code)
{
    private const string Code = "DEV.SHIP_ADDRESS_MISMATCH";

    public override void Evaluate(CaseEvidence evidence, RuleContext context)
    {
        var shipments = evidence.Case.Shipments;
        if (shipments.Count == 0)
        {
            context.ReportMissing(Code, "/shipments", "No equipment shipment was supplied.");
            return;
        }

        var residence = evidence.Case.Candidate?.Residence;
        if (residence is null)
        {
            context.ReportMissing(Code, "/candidate/residence", "The claimed residence is needed to compare delivery addresses.");
            return;
        }

        var best = 0.0;
        string? text = null;
        EvidenceItem[] items = [];
        for (var i = 0; i < shipments.Count; i++)
        {
            var s = shipments[i];
            var pointer = string.Create(Inv, $"/shipments/{i}");
            var risky = s.MailDrop == true || s.FreightForwarder == true || s.HoldForPickup == true || s.RerouteRequests > 0;
            var difference = s.DeliveryAddress is null ? null : Difference(s.DeliveryAddress, residence);
            var strength = difference is not null ? (risky ? 1.0 : 0.6) : (risky ? 0.5 : 0.0);
            if (strength <= best)
            {
                continue;
            }

            best = strength;
            var flags = Flags(s);
            text = difference is not null
                ? $"Equipment delivery address differs from the claimed residence ({difference}){(flags.Length > 0 ? "; " + flags : string.Empty)}."
                : $"Equipment delivery was arranged through {flags}.";
            items = difference is not null
                ? [new EvidenceItem(pointer + "/deliveryAddress", Describe(s.DeliveryAddress!), Describe(residence)), .. FlagEvidence(pointer, s)]
                : FlagEvidence(pointer, s);
        }

        if (best > 0)
        {
            context.Report(Code, best, text!, items);
        }
    }

    private static string? Difference(PostalAddress delivery, ClaimedResidence residence)
    {
        if (Countries.Differ(delivery.Country, residence.Country))
        {
            return "different country";
        }

        var postalA = Addresses.PostalCode(delivery.PostalCode);
        var postalB = Addresses.PostalCode(residence.PostalCode);
        if (postalA.Length > 0 && postalB.Length > 0 && !string.Equals(postalA, postalB, StringComparison.Ordinal))
        {
            return "different postal code";
        }

        var streetA = Addresses.Street(delivery.Street);
        var streetB = Addresses.Street(residence.Street);
        if (streetA.Length > 0 && streetB.Length > 0 && !string.Equals(streetA, streetB, StringComparison.Ordinal))
        {
            return "different street address";
        }

        return null;
    }

    private static string Flags(Shipment s)
    {
        var flags = new List<string>();
        if (s.MailDrop == true)
        {
            flags.Add("a mail drop");
        }

        if (s.FreightForwarder == true)
        {
            flags.Add("a freight forwarder");
        }

        if (s.HoldForPickup == true)
        {
            flags.Add("hold-for-pickup");
        }

        if (s.RerouteRequests > 0)
        {
            flags.Add(string.Create(Inv, $"{s.RerouteRequests} re-routing request(s)"));
        }

        return string.Join(", ", flags);
    }

    private static EvidenceItem[] FlagEvidence(string pointer, Shipment s)
    {
        var items = new List<EvidenceItem>();
        if (s.MailDrop == true)
        {
            items.Add(new EvidenceItem(pointer + "/mailDrop", "true"));
        }

        if (s.FreightForwarder == true)
        {
            items.Add(new EvidenceItem(pointer + "/freightForwarder", "true"));
        }

        if (s.HoldForPickup == true)
        {
            items.Add(new EvidenceItem(pointer + "/holdForPickup", "true"));
        }

        if (s.RerouteRequests > 0)
        {
            items.Add(new EvidenceItem(pointer + "/rerouteRequests", s.RerouteRequests.Value.ToString(Inv)));
        }

        return [.. items];
    }

    private static string Describe(PostalAddress a) => Join(a.Street, a.City, a.Region, a.PostalCode, a.Country);

    private static string Describe(ClaimedResidence a) => Join(a.Street, a.City, a.Region, a.PostalCode, a.Country);

    private static string Join(params string?[] parts) => string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
