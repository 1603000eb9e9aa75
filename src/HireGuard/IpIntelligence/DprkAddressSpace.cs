using System.Net;
using System.Security.Cryptography;
using System.Text;
using HireGuard.Evidence;

namespace HireGuard.IpIntelligence;

/// <summary>
/// The address blocks publicly documented as allocated to, or operated for, North Korea (DPRK),
/// labelled <see cref="Label"/>. A connection from these blocks is a network fact (the traffic
/// egresses from DPRK-operated space), never a statement about a person's nationality.
/// </summary>
/// <remarks>
/// <para>Sources (public reporting; re-check before relying on the list):</para>
/// <list type="bullet">
/// <item><description>
/// <c>175.45.176.0/22</c>: allocated by APNIC to Star Joint Venture Co. (AS131279), the country's only
/// ISP; announced as four /24s. RIPE Labs / APNIC blog, E. Aben with C. Anderson, "The Internet in North
/// Korea – Hanging by a Single Thread?" (31 Aug 2015, blog.apnic.net); Dyn Research, D. Madory, "North
/// Korea Gets New Internet Link via Russia" (2 Oct 2017); Team Cymru, "Insight into North Korean
/// Internet Outages" (2022), which calls it "the IPv4 netblock publicly assigned to the DPRK".
/// </description></item>
/// <item><description>
/// <c>210.52.109.0/24</c>: China Netcom (now China Unicom) space assigned for use by the Korea Posts and
/// Telecommunications Corporation. Recorded Future Insikt Group with Team Cymru (2017), as reported by
/// Infosecurity Magazine ("most North Korean state-sponsored cyber activity is likely launched from
/// outside the country").
/// </description></item>
/// <item><description>
/// <c>77.94.35.0/24</c>: provided by a Russian satellite operator (resolving to SatGate) and named in
/// the same Recorded Future / Team Cymru analysis as one of the three ranges carrying DPRK traffic.
/// Historical and the weakest of the three: a third party's network used for DPRK connectivity.
/// </description></item>
/// </list>
/// <para>
/// North Korean IT workers rarely connect from these blocks directly (they use VPNs such as Astrill,
/// and laptop farms abroad), so a match is strong evidence while no match means nothing.
/// </para>
/// </remarks>
public static class DprkAddressSpace
{
    /// <summary>The label of matches: <c>dprk-allocation</c>.</summary>
    public const string Label = "dprk-allocation";

    /// <summary>The list name of matches: <c>builtin:dprk-allocations</c>.</summary>
    public const string ListName = "builtin:dprk-allocations";

    /// <summary>Gets the date the list was last checked against its sources.</summary>
    public static DateOnly AsOf { get; } = new(2026, 11, 22);

    /// <summary>Gets the networks.</summary>
    public static IReadOnlyList<IPNetwork> Networks { get; } =
    [
        IPNetwork.Parse("175.45.176.0/22"),
        IPNetwork.Parse("210.52.109.0/24"),
        IPNetwork.Parse("77.94.35.0/24"),
    ];

    /// <summary>Creates the list, ready for <see cref="IpIntelligenceService"/> or <see cref="MmdbWriter"/>.</summary>
    /// <returns>A list labelled <see cref="Label"/>.</returns>
    public static IpList CreateList() => IpList.Create(ListName, Label, Networks);

    /// <summary>Gets the provenance of the built-in list.</summary>
    internal static DataSourceInfo Source { get; } = new(
        ListName,
        "ip-list",
        new DateTimeOffset(AsOf.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', Networks)))),
        Networks.Count);
}
