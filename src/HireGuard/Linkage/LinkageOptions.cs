namespace HireGuard.Linkage;

/// <summary>Cross-candidate linkage settings.</summary>
public class LinkageOptions
{
    /// <summary>
    /// Gets or sets the HMAC-SHA256 secret (base64, at least 32 bytes) under which identifiers are
    /// hashed before they reach the linkage store. Required when a store is configured; keep it in a
    /// secret store, and keep it stable (a new key unlinks every earlier case).
    /// </summary>
    /// <value>The default value is null (no linkage).</value>
    public string? HmacKey { get; set; }
}
