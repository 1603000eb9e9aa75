namespace HireGuard.Sanctions;

/// <summary>A wallet in the JSON watchlist format.</summary>
internal sealed class WatchlistJsonWallet
{
    /// <summary>Gets or sets the currency label (e.g. <c>XBT</c>, <c>ETH</c>); optional.</summary>
    public string? Currency { get; set; }

    /// <summary>Gets or sets the address.</summary>
    public string? Address { get; set; }
}
