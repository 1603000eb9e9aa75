namespace HireGuard.IpIntelligence;

/// <summary>A typed field fed by a plan node: which slot, how preferred (lower wins) and which kinds of value it takes.</summary>
internal readonly record struct MmdbPlanTarget(int Slot, int Priority, MmdbSlotKind Kind);
