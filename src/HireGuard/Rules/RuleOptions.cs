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
}
