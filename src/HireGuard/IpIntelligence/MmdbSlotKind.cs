namespace HireGuard.IpIntelligence;

/// <summary>What a typed field accepts, so a path alternative of the wrong type is passed over.</summary>
internal enum MmdbSlotKind : byte
{
    Text,
    Number,
    Integer,
    Boolean,
    Date,
}
