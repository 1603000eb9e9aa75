namespace HireGuard.Signals;

/// <summary>A USB device seen by endpoint telemetry.</summary>
public sealed record UsbDevice
{
    /// <summary>Gets the product name reported by the device.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the USB vendor id (hex, e.g. <c>1d6b</c>).</summary>
    public string? VendorId { get; init; }

    /// <summary>Gets the USB product id (hex).</summary>
    public string? ProductId { get; init; }

    /// <summary>Gets the interface classes the device exposes (e.g. <c>hid</c>, <c>massStorage</c>, <c>audio</c>, <c>video</c>).</summary>
    public IReadOnlyList<string> Classes { get; init => field = value ?? []; } = [];
}
