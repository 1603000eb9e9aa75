namespace HireGuard.IpIntelligence;

/// <summary>A labelled address list that contains an address.</summary>
/// <param name="Label">The list's label, e.g. <c>astrill</c>, <c>tor-exit</c>, <c>datacenter</c>, <c>corporate-egress</c>, <c>dprk-allocation</c>.</param>
/// <param name="ListName">The list's name (usually its file name).</param>
/// <param name="Network">The entry of the list that matched, in CIDR notation.</param>
/// <param name="IsAllowList">Whether the list is an allow-list whose matches suppress findings.</param>
public sealed record IpListMatch(string Label, string ListName, string Network, bool IsAllowList);
