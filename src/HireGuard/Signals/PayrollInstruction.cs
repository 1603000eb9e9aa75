namespace HireGuard.Signals;

/// <summary>A payout instruction (direct deposit, platform, wallet), current or previous.</summary>
public sealed record PayrollInstruction
{
    /// <summary>Gets the payout rail.</summary>
    public PayoutRail? Rail { get; init; }

    /// <summary>Gets the IBAN; it is masked in every output.</summary>
    public string? Iban { get; init; }

    /// <summary>Gets the bank routing number (e.g. ABA).</summary>
    public string? RoutingNumber { get; init; }

    /// <summary>Gets the account number; it is masked in every output.</summary>
    public string? AccountNumber { get; init; }

    /// <summary>Gets the ISO country code of the bank or platform account.</summary>
    public string? BankCountry { get; init; }

    /// <summary>Gets the bank's name.</summary>
    public string? BankName { get; init; }

    /// <summary>Gets the account holder's name as the account-verification service returned it.</summary>
    public string? HolderName { get; init; }

    /// <summary>Gets the payment platform's name (e.g. <c>Payoneer</c>).</summary>
    public string? PlatformName { get; init; }

    /// <summary>Gets the wallet address for crypto payouts.</summary>
    public string? WalletAddress { get; init; }

    /// <summary>Gets the chain or coin of the wallet (e.g. <c>ETH</c>, <c>TRX</c>, <c>XBT</c>).</summary>
    public string? Chain { get; init; }

    /// <summary>Gets when the instruction was set or last changed.</summary>
    public DateTimeOffset? ChangedAt { get; init; }

    /// <summary>Gets the result of the account-ownership check.</summary>
    public CheckResult? OwnershipCheck { get; init; }
}
