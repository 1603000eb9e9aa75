namespace HireGuard.IpIntelligence;

/// <summary>One step of a field path: a map key (UTF-8) or an array index (negative counts from the end).</summary>
internal readonly record struct MmdbPathSegment(byte[]? Key, int Index)
{
    public bool IsKey => Key is not null;
}
