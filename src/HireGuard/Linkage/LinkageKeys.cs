using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using HireGuard.Internal;
using HireGuard.Signals;

namespace HireGuard.Linkage;

/// <summary>
/// Turns a case's identifiers into keyed hashes for the linkage store: each value is normalised
/// (so trivial variations still link) and hashed with HMAC-SHA256 under the deployment's secret,
/// so the store never sees a raw identifier.
/// </summary>
internal sealed class LinkageKeys
{
    private readonly byte[] _key;

    public LinkageKeys(byte[] key)
    {
        _key = key;
    }

    public LinkageRecord For(HiringCase c)
    {
        var keys = new List<LinkageKey>();
        var seen = new HashSet<(LinkageAttributeKind, string)>();
        void Add(LinkageAttributeKind kind, string? normalized, string pointer)
        {
            if (!string.IsNullOrEmpty(normalized) && seen.Add((kind, normalized)))
            {
                keys.Add(new LinkageKey(kind, Hash(kind, normalized), pointer));
            }
        }

        var candidate = c.Candidate;
        Add(LinkageAttributeKind.Email, Email(candidate?.Email), "/candidate/email");
        Add(LinkageAttributeKind.Phone, Phone(candidate?.Phone), "/candidate/phone");
        if (candidate?.Residence is { } r)
        {
            Add(LinkageAttributeKind.Address, Address(r.Street, r.PostalCode, r.Country), "/candidate/residence");
        }

        for (var i = 0; i < c.Shipments.Count; i++)
        {
            if (c.Shipments[i].DeliveryAddress is { } a)
            {
                Add(LinkageAttributeKind.Address, Address(a.Street, a.PostalCode, a.Country), P($"/shipments/{i}/deliveryAddress"));
            }
        }

        for (var i = 0; i < c.Payroll.Count; i++)
        {
            var p = c.Payroll[i];
            Add(LinkageAttributeKind.PayoutAccount, Compact(p.Iban), P($"/payroll/{i}/iban"));
            if (!string.IsNullOrWhiteSpace(p.AccountNumber))
            {
                Add(LinkageAttributeKind.PayoutAccount, Compact(p.RoutingNumber) + ":" + Compact(p.AccountNumber), P($"/payroll/{i}/accountNumber"));
            }

            Add(LinkageAttributeKind.Wallet, Wallet(p.WalletAddress), P($"/payroll/{i}/walletAddress"));
        }

        for (var i = 0; i < c.Sessions.Count; i++)
        {
            var s = c.Sessions[i];
            Add(LinkageAttributeKind.Device, s.DeviceId?.Trim().ToLowerInvariant(), P($"/sessions/{i}/deviceId"));
            if (s.IpAddress is { } ip && System.Net.IPAddress.TryParse(ip, out var address))
            {
                Add(LinkageAttributeKind.IpAddress, (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString(), P($"/sessions/{i}/ipAddress"));
            }
        }

        for (var i = 0; i < (c.Employment?.MfaAuthenticatorIds.Count ?? 0); i++)
        {
            Add(LinkageAttributeKind.MfaAuthenticator, c.Employment!.MfaAuthenticatorIds[i].Trim(), P($"/employment/mfaAuthenticatorIds/{i}"));
        }

        for (var i = 0; i < c.Documents.Count; i++)
        {
            var d = c.Documents[i];
            if (!string.IsNullOrWhiteSpace(d.Number))
            {
                Add(LinkageAttributeKind.Document, (d.IssuingCountry ?? "??") + ":" + Compact(d.Number), P($"/documents/{i}/number"));
            }

            Add(LinkageAttributeKind.Document, d.ImageSha256?.Trim().ToLowerInvariant(), P($"/documents/{i}/imageSha256"));
        }

        return new LinkageRecord(c.CaseId, keys);
    }

    internal static string? Email(string? email)
    {
        if (string.IsNullOrWhiteSpace(email) || email.LastIndexOf('@') is var at && at <= 0)
        {
            return null;
        }

        var trimmed = email.Trim().ToLowerInvariant();
        at = trimmed.LastIndexOf('@');
        var local = trimmed[..at];
        var domain = trimmed[(at + 1)..];
        if (domain is "gmail.com" or "googlemail.com")
        {
            var plus = local.IndexOf('+', StringComparison.Ordinal);
            local = (plus >= 0 ? local[..plus] : local).Replace(".", string.Empty, StringComparison.Ordinal);
            domain = "gmail.com";
        }

        return local + "@" + domain;
    }

    internal static string? Phone(string? phone)
    {
        var digits = new string((phone ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        return digits.Length >= 7 ? digits : null;
    }

    internal static string? Wallet(string? wallet)
    {
        if (string.IsNullOrWhiteSpace(wallet))
        {
            return null;
        }

        var w = wallet.Trim();

        // EVM (0x…) and bech32 (bc1…, ltc1…) addresses are case-insensitive; base58 ones are not.
        var caseInsensitive = w.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            || w.StartsWith("bc1", StringComparison.OrdinalIgnoreCase)
            || w.StartsWith("tb1", StringComparison.OrdinalIgnoreCase)
            || w.StartsWith("ltc1", StringComparison.OrdinalIgnoreCase);
        return caseInsensitive ? w.ToLowerInvariant() : w;
    }

    private static string? Address(string? street, string? postalCode, string? country)
    {
        var s = Addresses.Street(street);
        return s.Length == 0 ? null : s + "|" + Addresses.PostalCode(postalCode) + "|" + Countries.Normalize(country);
    }

    private static string Compact(string? value) => new((value ?? string.Empty).Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    private string Hash(LinkageAttributeKind kind, string normalized)
    {
        var bytes = Encoding.UTF8.GetBytes(kind.ToString() + "\n" + normalized);
        return Convert.ToHexStringLower(HMACSHA256.HashData(_key, bytes));
    }

    private static string P(FormattableString pointer) => pointer.ToString(CultureInfo.InvariantCulture);
}
