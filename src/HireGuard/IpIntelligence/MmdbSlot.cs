namespace HireGuard.IpIntelligence;

/// <summary>Where one typed field's value sits in the data section, found by a single pass over a record.</summary>
internal struct MmdbSlot
{
    public MmdbType Type;
    public int Priority;
    public long Size;
    public long Payload;

    public readonly bool IsSet => Priority != int.MaxValue;

    public static MmdbSlot Empty => new() { Priority = int.MaxValue };
}
