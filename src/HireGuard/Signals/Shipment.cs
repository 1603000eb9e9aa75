namespace HireGuard.Signals;

/// <summary>Equipment shipped to the hire.</summary>
public sealed record Shipment
{
    /// <summary>Gets what was shipped (e.g. <c>laptop</c>).</summary>
    public string? Equipment { get; init; }

    /// <summary>Gets when the shipment was requested.</summary>
    public DateTimeOffset? RequestedAt { get; init; }

    /// <summary>Gets when the shipment was delivered.</summary>
    public DateTimeOffset? DeliveredAt { get; init; }

    /// <summary>Gets the delivery address.</summary>
    public PostalAddress? DeliveryAddress { get; init; }

    /// <summary>Gets whether address validation flagged a mail drop (commercial mail-receiving agency, PO box).</summary>
    public bool? MailDrop { get; init; }

    /// <summary>Gets whether address validation flagged a freight forwarder.</summary>
    public bool? FreightForwarder { get; init; }

    /// <summary>Gets whether hold-for-pickup was requested.</summary>
    public bool? HoldForPickup { get; init; }

    /// <summary>Gets how many times re-routing was requested after dispatch.</summary>
    public int? RerouteRequests { get; init; }

    /// <summary>Gets the name of the person who took delivery, as the carrier recorded it.</summary>
    public string? DeliveredToName { get; init; }

    /// <summary>Gets the result of the serial-number (possession) check on a live call.</summary>
    public CheckResult? SerialCheck { get; init; }
}
