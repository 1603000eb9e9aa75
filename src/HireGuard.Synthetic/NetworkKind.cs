namespace HireGuard.Synthetic;

/// <summary>The kinds of network in the synthetic address plan.</summary>
internal enum NetworkKind
{
    /// <summary>A residential ISP.</summary>
    Residential,

    /// <summary>A satellite ISP (rural users; high round-trip time).</summary>
    Satellite,

    /// <summary>A hosting provider or VPS (NET.ANON_INFRA).</summary>
    Hosting,

    /// <summary>A consumer VPN's exits.</summary>
    ConsumerVpn,

    /// <summary>Astrill VPN's exits (NET.ASTRILL_VPN).</summary>
    Astrill,

    /// <summary>Tor exit relays.</summary>
    TorExit,

    /// <summary>A residential proxy network.</summary>
    ResidentialProxy,

    /// <summary>North Korea's own allocation (NET.DPRK_ADDRESS_SPACE): the one real range in the plan.</summary>
    DprkAllocation,
}
