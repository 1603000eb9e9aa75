namespace HireGuard.Sanctions;

/// <summary>A digital-currency address listed for an entry.</summary>
/// <param name="Currency">The currency label as listed (e.g. <c>XBT</c>, <c>ETH</c>, <c>USDT</c>).</param>
/// <param name="Address">The address as listed.</param>
/// <param name="Key">The compare form from <see cref="WalletAddress.Key"/>.</param>
internal sealed record ListedWallet(string Currency, string Address, string Key);
