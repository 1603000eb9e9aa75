using System.Collections.Frozen;
using HireGuard.Evidence;
using A = HireGuard.Scoring.VerificationActions;

namespace HireGuard.Rules;

/// <summary>
/// The catalogue of indicators HireGuard knows: the 67 of the DPRK IT-worker indicator catalogue
/// (INDICATORS.md §2) plus the risk-reducing outcomes of verification steps. Built-in rules report
/// these codes; custom rules may declare their own descriptors.
/// </summary>
/// <remarks>
/// Default weights are expert log-odds at full strength: about 0.4 for weak, 1.1 for moderate and
/// 2.3 for strong indicators, lowered for contextual (<see cref="IndicatorUse.Contextual"/>) ones,
/// and 6 for definitive sanctions hits (which also force the <c>Critical</c> band). They are
/// starting points; deployments re-weight them through <see cref="RuleOptions.Weights"/>.
/// </remarks>
public static class IndicatorCatalog
{
    private const EvidenceSources Ip = EvidenceSources.IpIntelligence;
    private const EvidenceSources San = EvidenceSources.Sanctions;
    private const EvidenceSources Link = EvidenceSources.Linkage;

    private static readonly FrozenDictionary<string, IndicatorDescriptor> ByCode;

    static IndicatorCatalog()
    {
        All =
        [
            // Network
            D("NET.ASTRILL_VPN", IndicatorCategory.Network, "Traffic from Astrill VPN exit nodes (or another named provider list)", IndicatorStrength.Moderate, IndicatorUse.Contextual, 1.0, Ip,
                "Your connection came through a VPN service, so we could not confirm the location you gave us.", A.LocationConfirmation),
            D("NET.ANON_INFRA", IndicatorCategory.Network, "Consumer VPN, hosting, residential proxy or Tor", IndicatorStrength.Weak, IndicatorUse.Ok, 0.4, Ip,
                "Your connection came through an anonymising service (VPN, proxy or hosting network), so we could not confirm your location.", A.LocationConfirmation),
            D("NET.GEO_CLAIM_MISMATCH", IndicatorCategory.Network, "Observed location or time zone differs from the claimed residence", IndicatorStrength.Moderate, IndicatorUse.Contextual, 1.1, Ip,
                "The location or time zone of your connections differed from the residence you gave us.", A.LocationConfirmation),
            D("NET.IMPOSSIBLE_TRAVEL", IndicatorCategory.Network, "Several countries within an impossibly short time for one account", IndicatorStrength.Moderate, IndicatorUse.Ok, 1.1, Ip,
                "Sessions on your account came from different countries within a time no one could travel.", A.LocationConfirmation),
            D("NET.HUB_EGRESS", IndicatorCategory.Network, "Non-anonymised traffic from a documented operating hub while claiming elsewhere", IndicatorStrength.Moderate, IndicatorUse.Contextual, 0.5, Ip, null),
            D("NET.DPRK_ADDRESS_SPACE", IndicatorCategory.Network, "Traffic from North Korea's own IP allocation", IndicatorStrength.Strong, IndicatorUse.Ok, 3.0, Ip,
                "A connection came from a network our compliance rules require us to review.", A.SanctionsReview, A.LocationConfirmation),
            D("NET.SHARED_EGRESS", IndicatorCategory.Network, "One IP serving several distinct identities", IndicatorStrength.Moderate, IndicatorUse.Ok, 1.1, Ip | Link, null),
            D("NET.REMOTE_DESKTOP_EXPOSURE", IndicatorCategory.Network, "Remote-desktop ports and protocols in use", IndicatorStrength.Moderate, IndicatorUse.Ok, 1.1, EvidenceSources.None, null),
            D("NET.INPUT_LATENCY", IndicatorCategory.Network, "Input latency too high for the claimed location", IndicatorStrength.Moderate, IndicatorUse.Ok, 1.1, EvidenceSources.None,
                "Input on the company device showed delays suggesting it was being controlled from far away.", A.EndpointReview, A.DeviceSerialCheck),
            D("NET.ALWAYS_ON_SESSION", IndicatorCategory.Network, "Accounts signed in continuously or active around the clock", IndicatorStrength.Weak, IndicatorUse.Ok, 0.5, EvidenceSources.None,
                "Your account was active around the clock for long periods.", A.EndpointReview),

            // Device and laptop farm
            D("DEV.UNSANCTIONED_RMM", IndicatorCategory.Device, "Unapproved remote-access software on the corporate device", IndicatorStrength.Strong, IndicatorUse.Ok, 2.0, EvidenceSources.None,
                "Remote-access software that the company has not approved was found on the company device.", A.EndpointReview, A.DeviceSerialCheck),
            D("DEV.IP_KVM_HARDWARE", IndicatorCategory.Device, "KVM-over-IP device attached to the corporate laptop", IndicatorStrength.Strong, IndicatorUse.Ok, 2.5, EvidenceSources.None,
                "A remote-control (KVM-over-IP) device was attached to the company laptop.", A.EndpointReview, A.DeviceSerialCheck),
            D("DEV.SHIP_ADDRESS_MISMATCH", IndicatorCategory.Device, "Equipment delivery address differs from the claimed residence", IndicatorStrength.Moderate, IndicatorUse.Ok, 1.2, EvidenceSources.None,
                "Equipment was to be delivered to an address other than the residence you gave us.", A.ShipToVerifiedAddress),
            D("DEV.SHIP_ADDRESS_CLUSTER", IndicatorCategory.Device, "One address receiving equipment for several different people", IndicatorStrength.Strong, IndicatorUse.Ok, 2.3, Link,
                "The delivery address you gave also receives equipment for other people.", A.ShipToVerifiedAddress),
            D("DEV.DEVICE_RELOCATED", IndicatorCategory.Device, "Corporate device geolocated abroad or re-shipped", IndicatorStrength.Strong, IndicatorUse.Ok, 2.3, Ip,
                "The company device was used outside the country where it was issued.", A.DeviceSerialCheck, A.LocationConfirmation),
            D("DEV.BYOD_VDI_INSISTENCE", IndicatorCategory.Device, "Pushes to avoid company hardware", IndicatorStrength.Weak, IndicatorUse.Ok, 0.4, EvidenceSources.None, null),
            D("DEV.DAY1_TAMPERING", IndicatorCategory.Device, "Malicious or evasive activity right after delivery", IndicatorStrength.Strong, IndicatorUse.Ok, 2.0, EvidenceSources.None,
                "Security software raised serious alerts on the company device shortly after it was delivered.", A.EndpointReview),
            D("DEV.SHARED_MFA_AUTHENTICATOR", IndicatorCategory.Device, "One authenticator completing MFA for several accounts", IndicatorStrength.Strong, IndicatorUse.Ok, 2.3, Link,
                "The sign-in authenticator on your account is also used for other people's accounts.", A.LiveIdCheck),
            D("DEV.POSSESSION_CHECK_FAIL", IndicatorCategory.Device, "The hire cannot show physical control of the issued device", IndicatorStrength.Strong, IndicatorUse.Ok, 2.3, EvidenceSources.None,
                "The check that the issued device is in your possession did not succeed.", A.DeviceSerialCheck, A.LiveIdCheck),
            D("DEV.POSSESSION_VERIFIED", IndicatorCategory.Device, "Possession of the issued device verified on a live call", IndicatorStrength.Moderate, IndicatorUse.Ok, -0.6, EvidenceSources.None, null),

            // Payroll and finance
            D("PAY.CRYPTO_PAYOUT", IndicatorCategory.Payroll, "Asks to be paid in cryptocurrency", IndicatorStrength.Moderate, IndicatorUse.Ok, 0.9, EvidenceSources.None,
                "You asked to be paid in cryptocurrency.", A.AccountOwnership),
            D("PAY.PAYOUT_GEO_INCONSISTENT", IndicatorCategory.Payroll, "Payout account in a different country from the claimed residence", IndicatorStrength.Moderate, IndicatorUse.Contextual, 0.8, EvidenceSources.None,
                "The payout account is held in a different country from the residence you gave us.", A.AccountOwnership),
            D("PAY.PAYOUT_NAME_MISMATCH", IndicatorCategory.Payroll, "Payout account holder is not the employee", IndicatorStrength.Strong, IndicatorUse.Ok, 2.0, EvidenceSources.None,
                "The payout account is held in a name other than yours.", A.AccountOwnership),
            D("PAY.PAYOUT_CHURN", IndicatorCategory.Payroll, "Frequent changes to payout details", IndicatorStrength.Moderate, IndicatorUse.Ok, 1.0, EvidenceSources.None,
                "The payout account details were changed several times in a short period.", A.AccountOwnership),
            D("PAY.SHARED_PAYOUT_INSTRUMENT", IndicatorCategory.Payroll, "One payout account used by several identities", IndicatorStrength.Strong, IndicatorUse.Ok, 2.3, Link,
                "The payout account you gave is also used by other people.", A.AccountOwnership),
            D("PAY.PREPAYMENT_PRESSURE", IndicatorCategory.Payroll, "Pushes for payment before work is delivered", IndicatorStrength.Weak, IndicatorUse.Ok, 0.4, EvidenceSources.None, null),
            D("PAY.MICRO_THEFT", IndicatorCategory.Payroll, "Small unauthorised charges to company payment instruments", IndicatorStrength.Strong, IndicatorUse.Ok, 2.3, EvidenceSources.None, null),
            D("PAY.TAX_RECORD_CONFLICT", IndicatorCategory.Payroll, "The identity's real owner disputes the employment", IndicatorStrength.Strong, IndicatorUse.Ok, 2.3, EvidenceSources.None, null),
            D("PAY.FACILITATOR_FORWARDING", IndicatorCategory.Payroll, "Wages passed on immediately after deposit", IndicatorStrength.Strong, IndicatorUse.Ok, 2.3, EvidenceSources.None, null),
            D("PAY.ACCOUNT_OWNERSHIP_VERIFIED", IndicatorCategory.Payroll, "Payout account verified as held by the employee", IndicatorStrength.Moderate, IndicatorUse.Ok, -0.6, EvidenceSources.None, null),

            // Identity documents
            D("IDD.PHOTO_SUBSTITUTION", IndicatorCategory.IdentityDocument, "ID image shows photo replacement or AI editing", IndicatorStrength.Strong, IndicatorUse.Ok, 2.3, EvidenceSources.None,
                "The identity-document check reported signs that the document image was altered.", A.LiveIdCheck, A.InPersonOrNotary),
            D("IDD.NON_LIVE_OR_LOW_QUALITY_DOC", IndicatorCategory.IdentityDocument, "Only screenshots, scans or low-quality document images", IndicatorStrength.Moderate, IndicatorUse.Ok, 0.8, EvidenceSources.None,
                "The identity document could not be captured live.", A.LiveIdCheck, A.InPersonOrNotary),
            D("IDD.SELFIE_LIVENESS_FAIL", IndicatorCategory.IdentityDocument, "Face does not match the ID, or liveness detects injection", IndicatorStrength.Strong, IndicatorUse.Contextual, 1.6, EvidenceSources.None,
                "The live face check did not confirm that you are the person on the identity document.", A.LiveIdCheck, A.InPersonOrNotary),
            D("IDD.SSN_RECORD_MISMATCH", IndicatorCategory.IdentityDocument, "Name, date of birth and identifier do not agree in the record check", IndicatorStrength.Strong, IndicatorUse.Contextual, 1.5, EvidenceSources.None,
                "The official record check did not confirm your identity details.", A.RecordCheckContest),
            D("IDD.IDENTITY_OWNER_CONFLICT", IndicatorCategory.IdentityDocument, "The identity belongs to someone visibly different", IndicatorStrength.Strong, IndicatorUse.Ok, 2.3, EvidenceSources.None, null),
            D("IDD.CLAIM_DOCUMENT_INCONSISTENCY", IndicatorCategory.IdentityDocument, "Documents conflict with the person's own claimed history", IndicatorStrength.Moderate, IndicatorUse.Contextual, 0.8, EvidenceSources.None, null),
            D("IDD.UNVERIFIABLE_HISTORY", IndicatorCategory.IdentityDocument, "Employers, offices or degrees cannot be verified", IndicatorStrength.Moderate, IndicatorUse.Ok, 0.9, EvidenceSources.None,
                "Some of the employment or education you listed could not be verified.", A.ReferenceCallback),
            D("IDD.WEAK_REFERENCES", IndicatorCategory.IdentityDocument, "References that cannot be tied to the claimed employers", IndicatorStrength.Moderate, IndicatorUse.Ok, 0.7, EvidenceSources.None,
                "The references you gave could not be tied to the employers you listed.", A.ReferenceCallback),
            D("IDD.LIVE_CHECK_PASSED", IndicatorCategory.IdentityDocument, "Live document, selfie and liveness checks passed", IndicatorStrength.Moderate, IndicatorUse.Ok, -0.7, EvidenceSources.None, null),

            // Identity consistency
            D("IDC.CROSS_PROFILE_MISMATCH", IndicatorCategory.IdentityConsistency, "Details disagree across résumé and profiles", IndicatorStrength.Moderate, IndicatorUse.Ok, 1.1, EvidenceSources.None, null),
            D("IDC.IDENTITY_CONFUSION", IndicatorCategory.IdentityConsistency, "The persona slips (wrong account, other names)", IndicatorStrength.Strong, IndicatorUse.Ok, 2.3, EvidenceSources.None, null),
            D("IDC.HANDLE_CHURN", IndicatorCategory.IdentityConsistency, "Sudden renames, deletions or bans of public accounts", IndicatorStrength.Moderate, IndicatorUse.Ok, 1.1, EvidenceSources.None, null),
            D("IDC.FABRICATED_CODE_HISTORY", IndicatorCategory.IdentityConsistency, "Artificial Git history", IndicatorStrength.Moderate, IndicatorUse.Ok, 1.1, EvidenceSources.None, null),
            D("IDC.PROFILE_PHOTO_REUSE", IndicatorCategory.IdentityConsistency, "The same or a stock image across personas", IndicatorStrength.Strong, IndicatorUse.Ok, 2.3, EvidenceSources.None, null),
            D("IDC.RESUME_ANACHRONISM", IndicatorCategory.IdentityConsistency, "Impossible timelines", IndicatorStrength.Moderate, IndicatorUse.Ok, 1.1, EvidenceSources.None, null),
            D("IDC.THIN_FOOTPRINT", IndicatorCategory.IdentityConsistency, "Young, sparse or template-like online presence", IndicatorStrength.Weak, IndicatorUse.Contextual, 0.3, EvidenceSources.None, null),
            D("IDC.CONTACT_INSTABILITY", IndicatorCategory.IdentityConsistency, "Changing or disposable contact channels", IndicatorStrength.Weak, IndicatorUse.Ok, 0.4, EvidenceSources.None, null),

            // Communication and behaviour
            D("BEH.CAMERA_AVOIDANCE", IndicatorCategory.Behaviour, "Will not or cannot appear on video", IndicatorStrength.Moderate, IndicatorUse.Contextual, 0.7, EvidenceSources.None,
                "Your camera was off for most of the video interviews.", A.InterviewRecheck),
            D("BEH.SYNTHETIC_MEDIA", IndicatorCategory.Behaviour, "Face-swap or voice-changer artifacts in interviews", IndicatorStrength.Strong, IndicatorUse.Contextual, 1.8, EvidenceSources.None,
                "The interview video or audio showed signs of being synthetically altered.", A.InterviewRecheck, A.LiveIdCheck),
            D("BEH.PERSON_SWITCH", IndicatorCategory.Behaviour, "A different person at different stages", IndicatorStrength.Strong, IndicatorUse.Ok, 2.3, EvidenceSources.None,
                "The person in one interview round did not appear to be the same person as in another.", A.LiveIdCheck, A.InterviewRecheck),
            D("BEH.ASSISTED_ANSWERS", IndicatorCategory.Behaviour, "Scripted or AI-assisted interview answers", IndicatorStrength.Moderate, IndicatorUse.Contextual, 0.6, EvidenceSources.None, null),
            D("BEH.OWN_HISTORY_GAP", IndicatorCategory.Behaviour, "Cannot discuss verifiable details of their own claims", IndicatorStrength.Moderate, IndicatorUse.Contextual, 0.8, EvidenceSources.None, null),
            D("BEH.IN_PERSON_AVOIDANCE", IndicatorCategory.Behaviour, "Always avoids in-person steps", IndicatorStrength.Moderate, IndicatorUse.Contextual, 0.8, EvidenceSources.None,
                "In-person steps were declined several times.", A.InPersonOrNotary),
            D("BEH.HOURS_INCONSISTENT", IndicatorCategory.Behaviour, "Activity rhythm does not fit the claimed time zone", IndicatorStrength.Weak, IndicatorUse.Contextual, 0.3, EvidenceSources.None, null),
            D("BEH.MULTI_OPERATOR_PATTERN", IndicatorCategory.Behaviour, "Signs that several people share one seat", IndicatorStrength.Moderate, IndicatorUse.Ok, 1.1, EvidenceSources.None, null),
            D("BEH.OFF_PLATFORM_PUSH", IndicatorCategory.Behaviour, "Moves the conversation to other channels", IndicatorStrength.Weak, IndicatorUse.Ok, 0.4, EvidenceSources.None, null),
            D("BEH.BACKGROUND_CROWD", IndicatorCategory.Behaviour, "Call-centre-like background during interviews", IndicatorStrength.Weak, IndicatorUse.Contextual, 0.3, EvidenceSources.None, null),
            D("BEH.DATA_STAGING", IndicatorCategory.Behaviour, "Copies company code or data to personal storage", IndicatorStrength.Strong, IndicatorUse.Ok, 2.3, EvidenceSources.None, null),
            D("BEH.POST_EXIT_EXTORTION", IndicatorCategory.Behaviour, "Ransom demand after dismissal (a training label, not a score input)", IndicatorStrength.Definitive, IndicatorUse.Ok, 0.0, EvidenceSources.None, null),

            // Cross-candidate linkage
            D("XLINK.SHARED_PII_ARTIFACTS", IndicatorCategory.Linkage, "Separate people sharing contact, device or financial artifacts", IndicatorStrength.Strong, IndicatorUse.Ok, 2.3, Link,
                "Contact, device or payment details you gave are also used by other applicants.", A.LiveIdCheck),
            D("XLINK.TEMPLATE_REUSE", IndicatorCategory.Linkage, "Near-identical résumés or submissions under different names", IndicatorStrength.Strong, IndicatorUse.Ok, 2.3, Link, null),
            D("XLINK.REFERRAL_CHAIN", IndicatorCategory.Linkage, "The referrer or co-worker network is already flagged", IndicatorStrength.Moderate, IndicatorUse.Ok, 1.1, Link, null),
            D("XLINK.REAPPLY_NEW_IDENTITY", IndicatorCategory.Linkage, "The same person reappears under a new name", IndicatorStrength.Strong, IndicatorUse.Contextual, 1.7, Link, null),
            D("XLINK.APPLICATION_AUTOMATION", IndicatorCategory.Linkage, "Machine-like application behaviour", IndicatorStrength.Moderate, IndicatorUse.Ok, 1.1, Link, null),
            D("XLINK.CODE_NETWORK_PROXIMITY", IndicatorCategory.Linkage, "Code network close to known operator clusters", IndicatorStrength.Moderate, IndicatorUse.Ok, 1.1, Link, null),
            D("XLINK.KNOWN_PERSONA_HIT", IndicatorCategory.Linkage, "Match against published persona indicators", IndicatorStrength.Strong, IndicatorUse.Contextual, 1.7, Link, null),

            // Sanctions
            D("SAN.SDN_COUNTERPARTY", IndicatorCategory.Sanctions, "A counterparty is on a sanctions list", IndicatorStrength.Definitive, IndicatorUse.Ok, 6.0, San,
                "A compliance screening requires a manual review before we can proceed.", A.SanctionsReview),
            D("SAN.WALLET_EXPOSURE", IndicatorCategory.Sanctions, "Payout wallet exposed to sanctioned infrastructure", IndicatorStrength.Strong, IndicatorUse.Ok, 3.0, San,
                "A compliance screening of the payout wallet requires a manual review.", A.SanctionsReview, A.AccountOwnership),
            D("SAN.FRONT_OR_SEIZED_DOMAIN", IndicatorCategory.Sanctions, "Front-company or seized domains in the history", IndicatorStrength.Strong, IndicatorUse.Ok, 2.3, San, null),
            D("SAN.DPRK_DIRECT_NEXUS", IndicatorCategory.Sanctions, "A direct link to the DPRK", IndicatorStrength.Definitive, IndicatorUse.Ok, 6.0, San,
                "A compliance screening requires a manual review before we can proceed.", A.SanctionsReview),
        ];
        ByCode = All.ToFrozenDictionary(d => d.Code, StringComparer.Ordinal);
    }

    /// <summary>Gets every catalogued indicator, grouped by family in catalogue order.</summary>
    public static IReadOnlyList<IndicatorDescriptor> All { get; }

    /// <summary>Looks an indicator up by code.</summary>
    /// <param name="code">The code, e.g. <c>PAY.PAYOUT_NAME_MISMATCH</c>.</param>
    /// <param name="descriptor">The descriptor, when found.</param>
    /// <returns>Whether the code is catalogued.</returns>
    public static bool TryGet(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IndicatorDescriptor? descriptor) =>
        ByCode.TryGetValue(code, out descriptor);

    /// <summary>Gets a catalogued indicator by code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The descriptor.</returns>
    /// <exception cref="KeyNotFoundException">The code is not catalogued.</exception>
    public static IndicatorDescriptor Get(string code) =>
        ByCode.TryGetValue(code, out var d) ? d : throw new KeyNotFoundException("Unknown indicator code " + code);

    private static IndicatorDescriptor D(
        string code,
        IndicatorCategory category,
        string title,
        IndicatorStrength strength,
        IndicatorUse use,
        double weight,
        EvidenceSources sources,
        string? candidateText,
        params string[] actions) => new()
        {
            Code = code,
            Category = category,
            Title = title,
            Strength = strength,
            Use = use,
            DefaultWeight = weight,
            RequiredSources = sources,
            CandidateText = candidateText,
            Actions = actions,
        };
}
