using HireGuard.IpIntelligence;
using HireGuard.Linkage;
using HireGuard.Model;
using HireGuard.Sanctions;

namespace HireGuard.Scoring;

/// <summary>The optional enrichment sources and model of an engine.</summary>
internal sealed record EngineSources(
    IIpIntelligence? IpIntelligence,
    ISanctionsScreener? Sanctions,
    ILinkageStore? LinkageStore,
    IRiskModel? Model);
