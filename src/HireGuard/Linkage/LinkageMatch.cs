namespace HireGuard.Linkage;

/// <summary>An identifier of the case that other cases share.</summary>
/// <param name="Kind">What kind of identifier it is.</param>
/// <param name="SourcePointer">The JSON Pointer of the input in this case.</param>
/// <param name="ClusterSize">How many cases share it, this one included.</param>
/// <param name="PeerCaseIds">Pseudonymous ids of the other cases (as the store reports them).</param>
public sealed record LinkageMatch(LinkageAttributeKind Kind, string SourcePointer, int ClusterSize, IReadOnlyList<string> PeerCaseIds);
