namespace HireGuard.Signals;

/// <summary>A postal address (delivery addresses).</summary>
public sealed record PostalAddress
{
    /// <summary>Gets the street address.</summary>
    public string? Street { get; init; }

    /// <summary>Gets the city.</summary>
    public string? City { get; init; }

    /// <summary>Gets the region or state.</summary>
    public string? Region { get; init; }

    /// <summary>Gets the postal code.</summary>
    public string? PostalCode { get; init; }

    /// <summary>Gets the ISO 3166-1 alpha-2 country code.</summary>
    public string? Country { get; init; }
}
