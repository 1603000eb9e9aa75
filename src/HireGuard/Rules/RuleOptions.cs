using System.ComponentModel.DataAnnotations;

namespace HireGuard.Rules;

/// <summary>Weights, switches and thresholds of the rule scorers.</summary>
public class RuleOptions
{
    /// <summary>Gets or sets weight overrides in log-odds at full strength, keyed by indicator code.</summary>
    /// <value>The default value is empty: every indicator uses its catalogue weight.</value>
    /// <remarks>Codes must be declared by a registered rule; weights must lie in [-20, 20].</remarks>
    public Dictionary<string, double> Weights { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Gets or sets the indicator codes that are switched off. A rule whose indicators are all switched off does not run.</summary>
    /// <value>The default value is empty.</value>
    public List<string> Disabled { get; set; } = [];

    /// <summary>Gets or sets the remote-access tools the employer approves (case-insensitive names, e.g. <c>TeamViewer</c>); they never fire <c>DEV.UNSANCTIONED_RMM</c>.</summary>
    /// <value>The default value is empty.</value>
    public List<string> ApprovedRemoteAccessTools { get; set; } = [];

    /// <summary>Gets or sets the average camera-on ratio below which <c>BEH.CAMERA_AVOIDANCE</c> fires.</summary>
    /// <value>The default value is 0.5.</value>
    [Range(0.0, 1.0)]
    public double CameraOnRatioThreshold { get; set; } = 0.5;

    /// <summary>Gets or sets the deepfake or voice-clone detector score at or above which <c>BEH.SYNTHETIC_MEDIA</c> fires.</summary>
    /// <value>The default value is 0.8.</value>
    [Range(0.0, 1.0)]
    public double SyntheticMediaThreshold { get; set; } = 0.8;

    /// <summary>Gets or sets the person-match score below which <c>BEH.PERSON_SWITCH</c> fires.</summary>
    /// <value>The default value is 0.5.</value>
    [Range(0.0, 1.0)]
    public double PersonMatchThreshold { get; set; } = 0.5;

    /// <summary>Gets or sets the document tamper score at or above which <c>IDD.PHOTO_SUBSTITUTION</c> fires.</summary>
    /// <value>The default value is 0.7.</value>
    [Range(0.0, 1.0)]
    public double DocumentTamperThreshold { get; set; } = 0.7;

    /// <summary>Gets or sets the selfie-match score below which <c>IDD.SELFIE_LIVENESS_FAIL</c> fires.</summary>
    /// <value>The default value is 0.6.</value>
    [Range(0.0, 1.0)]
    public double SelfieMatchThreshold { get; set; } = 0.6;

    /// <summary>Gets or sets the window over which payout changes are counted, in days.</summary>
    /// <value>The default value is 90.</value>
    [Range(1, 3650)]
    public int PayoutChurnWindowDays { get; set; } = 90;

    /// <summary>Gets or sets how many payout changes within the window fire <c>PAY.PAYOUT_CHURN</c>.</summary>
    /// <value>The default value is 2.</value>
    [Range(1, 100)]
    public int PayoutChurnChanges { get; set; } = 2;

    /// <summary>Gets or sets how many declined in-person steps fire <c>BEH.IN_PERSON_AVOIDANCE</c>.</summary>
    /// <value>The default value is 2.</value>
    [Range(1, 100)]
    public int InPersonDeclineThreshold { get; set; } = 2;

    /// <summary>Gets or sets the share of sessions whose browser time zone must differ from the claimed residence's before <c>NET.GEO_CLAIM_MISMATCH</c> fires on time zones.</summary>
    /// <value>The default value is 0.2 (the persistence threshold of INDICATORS.md).</value>
    [Range(0.0, 1.0)]
    public double TimeZoneMismatchShare { get; set; } = 0.2;

    /// <summary>Gets or sets the days after the start (or delivery) date in which high-severity EDR findings fire <c>DEV.DAY1_TAMPERING</c>.</summary>
    /// <value>The default value is 7.</value>
    [Range(1, 365)]
    public int DayOneWindowDays { get; set; } = 7;

    /// <summary>Gets or sets the name similarity in [0, 1] at or above which two person names are taken to be the same person.</summary>
    /// <value>The default value is 0.88.</value>
    [Range(0.5, 1.0)]
    public double NameMatchThreshold { get; set; } = 0.88;

    /// <summary>
    /// Gets or sets the strength in (0, 1] of a review-level sanctions name hit (<c>SAN.SDN_COUNTERPARTY</c>):
    /// the reason adds weight × strength log-odds and asks for a compliance review. Definitive hits
    /// always count in full and force <c>Critical</c>.
    /// </summary>
    /// <value>The default value is 0.35 (about 2.1 log-odds at the default weight, an odds multiplier near 8).</value>
    [Range(0.01, 1.0)]
    public double SanctionsReviewStrength { get; set; } = 0.35;

    /// <summary>
    /// Gets or sets further anonymiser providers treated like Astrill by <c>NET.ASTRILL_VPN</c>
    /// (case-insensitive): an address on an IP list with one of these labels, a database that names
    /// one of them as the provider, or an endpoint that names one as its VPN client fires the
    /// indicator. Astrill (label <c>astrill</c>) always counts.
    /// </summary>
    /// <value>The default value is empty.</value>
    public List<string> NamedVpnProviders { get; set; } = [];

    /// <summary>
    /// Gets or sets the IP-list labels (case-insensitive) whose addresses count as anonymising
    /// infrastructure for <c>NET.ANON_INFRA</c>, in addition to what anonymity databases say. Named
    /// providers (Astrill and <see cref="NamedVpnProviders"/>) always count.
    /// </summary>
    /// <value>The default value is <c>vpn</c>, <c>tor-exit</c>, <c>proxy</c>, <c>datacenter</c> and <c>hosting</c>.</value>
    public List<string> AnonymousInfrastructureLabels { get; set; } = ["vpn", "tor-exit", "proxy", "datacenter", "hosting"];

    /// <summary>
    /// Gets or sets the share of located, non-anonymised sessions whose IP geolocation must differ
    /// from the claimed residence before <c>NET.GEO_CLAIM_MISMATCH</c> fires on IP geolocation.
    /// </summary>
    /// <value>The default value is 0.2 (the persistence threshold of INDICATORS.md).</value>
    [Range(0.0, 1.0)]
    public double GeoMismatchShare { get; set; } = 0.2;

    /// <summary>
    /// Gets or sets how far, in kilometres, an IP location may lie from the claimed residence's
    /// coordinates (beyond the database's accuracy radius) before the session counts as a location
    /// mismatch. Used only when the residence carries coordinates.
    /// </summary>
    /// <value>The default value is 200 km: wider than a long commute and than typical city-level accuracy.</value>
    [Range(1.0, 20_000.0)]
    public double GeoMismatchDistanceKm { get; set; } = 200;

    /// <summary>
    /// Gets or sets the travel speed, in km/h, above which two located sessions are physically
    /// impossible for one person (<c>NET.IMPOSSIBLE_TRAVEL</c>).
    /// </summary>
    /// <value>The default value is 1000 km/h, faster than an airliner's cruising speed (about 900 km/h).</value>
    [Range(100.0, 10_000.0)]
    public double ImpossibleTravelSpeedKmh { get; set; } = 1000;

    /// <summary>
    /// Gets or sets the least distance, in kilometres after subtracting both accuracy radii, between
    /// two sessions before <c>NET.IMPOSSIBLE_TRAVEL</c> considers them; shorter hops are within
    /// geolocation error.
    /// </summary>
    /// <value>The default value is 500 km.</value>
    [Range(0.0, 20_000.0)]
    public double ImpossibleTravelMinDistanceKm { get; set; } = 500;

    /// <summary>Gets or sets the median input latency, in milliseconds, at or above which <c>NET.INPUT_LATENCY</c> fires.</summary>
    /// <value>The default value is 110 ms (above it in the documented remote-control case; tens of ms are normal locally).</value>
    [Range(10.0, 10_000.0)]
    public double InputLatencyThresholdMs { get; set; } = 110;

    /// <summary>
    /// Gets or sets how much, in milliseconds, the median input latency must exceed the device's
    /// own network round-trip time for <c>NET.INPUT_LATENCY</c> to fire (separates a slow line from
    /// a second, remote-control hop).
    /// </summary>
    /// <value>The default value is 80 ms (roughly one trans-oceanic round trip).</value>
    [Range(0.0, 10_000.0)]
    public double InputLatencyMinExcessMs { get; set; } = 80;

    /// <summary>Gets or sets how many latency samples a session needs before its figures count (a distribution, not one sample).</summary>
    /// <value>The default value is 100.</value>
    [Range(1, 100_000_000)]
    public int InputLatencyMinSamples { get; set; } = 100;

    /// <summary>
    /// Gets or sets the daily active span, in hours, at or above which activity counts as around
    /// the clock for <c>NET.ALWAYS_ON_SESSION</c> (interactive hours per day, or the span of a
    /// day's sign-ins without a longer rest gap).
    /// </summary>
    /// <value>The default value is 18 hours.</value>
    [Range(12.0, 24.0)]
    public double AlwaysOnActiveHours { get; set; } = 18;

    /// <summary>Gets or sets on how many distinct days sign-ins must span <see cref="AlwaysOnActiveHours"/> before <c>NET.ALWAYS_ON_SESSION</c> fires from sessions.</summary>
    /// <value>The default value is 3.</value>
    [Range(1, 365)]
    public int AlwaysOnMinDays { get; set; } = 3;
}
