namespace HireGuard.Linkage;

/// <summary>One identifier of a case, as a keyed hash.</summary>
/// <param name="Kind">What kind of identifier it is.</param>
/// <param name="KeyedHash">HMAC-SHA256 of the normalised value under the deployment's secret, lower-case hex.</param>
/// <param name="SourcePointer">The JSON Pointer of the input it came from.</param>
public sealed record LinkageKey(LinkageAttributeKind Kind, string KeyedHash, string SourcePointer);
