namespace HireGuard.Synthetic;

/// <summary>The indicators the generator emits into case fields (INDICATORS.md §3 ids in the comments).</summary>
internal enum Signal
{
    /// <summary>NET.ANON_INFRA at application.</summary>
    AnonInfraApp,

    /// <summary>NET.ASTRILL_VPN at application.</summary>
    AstrillApp,

    /// <summary>NET.ASTRILL_VPN on the corporate device (POST).</summary>
    AstrillPost,

    /// <summary>NET.GEO_CLAIM_MISMATCH before the laptop ships.</summary>
    GeoMismatchPre,

    /// <summary>NET.GEO_CLAIM_MISMATCH after the laptop ships.</summary>
    GeoMismatchPost,

    /// <summary>NET.INPUT_LATENCY high.</summary>
    InputLatencyHigh,

    /// <summary>DEV.UNSANCTIONED_RMM within 30 days.</summary>
    UnsanctionedRmm,

    /// <summary>DEV.IP_KVM_HARDWARE.</summary>
    IpKvm,

    /// <summary>DEV.SHIP_ADDRESS_MISMATCH.</summary>
    ShipAddressMismatch,

    /// <summary>DEV.SHIP_ADDRESS_CLUSTER.</summary>
    ShipAddressCluster,

    /// <summary>DEV.SHARED_MFA_AUTHENTICATOR.</summary>
    SharedMfa,

    /// <summary>PAY.PAYOUT_NAME_MISMATCH.</summary>
    PayoutNameMismatch,

    /// <summary>PAY.CRYPTO_PAYOUT (non-web3 employer).</summary>
    CryptoPayout,

    /// <summary>IDD.PHOTO_SUBSTITUTION.</summary>
    PhotoSubstitution,

    /// <summary>IDD.SSN_RECORD_MISMATCH.</summary>
    SsnMismatch,

    /// <summary>IDC.CROSS_PROFILE_MISMATCH.</summary>
    CrossProfileMismatch,

    /// <summary>IDC.PROFILE_PHOTO_REUSE.</summary>
    ProfilePhotoReuse,

    /// <summary>IDC.FABRICATED_CODE_HISTORY.</summary>
    FabricatedCodeHistory,

    /// <summary>BEH.CAMERA_AVOIDANCE.</summary>
    CameraAvoidance,

    /// <summary>BEH.SYNTHETIC_MEDIA (detector positive).</summary>
    SyntheticMedia,

    /// <summary>BEH.PERSON_SWITCH.</summary>
    PersonSwitch,

    /// <summary>BEH.IN_PERSON_AVOIDANCE.</summary>
    InPersonAvoidance,

    /// <summary>XLINK.SHARED_PII_ARTIFACTS.</summary>
    SharedPii,

    /// <summary>XLINK.TEMPLATE_REUSE.</summary>
    TemplateReuse,

    /// <summary>XLINK.REFERRAL_CHAIN.</summary>
    ReferralChain,

    /// <summary>SAN.SDN_COUNTERPARTY.</summary>
    SdnCounterparty,

    /// <summary>NET.IMPOSSIBLE_TRAVEL.</summary>
    ImpossibleTravel,

    /// <summary>NET.HUB_EGRESS.</summary>
    HubEgress,

    /// <summary>NET.SHARED_EGRESS.</summary>
    SharedEgress,

    /// <summary>IDD.CLAIM_DOCUMENT_INCONSISTENCY.</summary>
    ClaimDocumentInconsistency,

    /// <summary>IDD.UNVERIFIABLE_HISTORY.</summary>
    UnverifiableHistory,

    /// <summary>IDD.WEAK_REFERENCES.</summary>
    WeakReferences,

    /// <summary>IDD.NON_LIVE_OR_LOW_QUALITY_DOC.</summary>
    NonLiveDocument,

    /// <summary>IDD.SELFIE_LIVENESS_FAIL.</summary>
    SelfieLivenessFail,

    /// <summary>PAY.PAYOUT_GEO_INCONSISTENT.</summary>
    PayoutGeoInconsistent,

    /// <summary>PAY.PAYOUT_CHURN.</summary>
    PayoutChurn,

    /// <summary>IDC.THIN_FOOTPRINT.</summary>
    ThinFootprint,

    /// <summary>SAN.WALLET_EXPOSURE (indirect).</summary>
    WalletExposure,

    /// <summary>BEH.HOURS_INCONSISTENT.</summary>
    HoursInconsistent,

    /// <summary>BEH.MULTI_OPERATOR_PATTERN (round-the-clock activity).</summary>
    MultiOperator,

    /// <summary>NET.REMOTE_DESKTOP_EXPOSURE (remote-desktop tools in use on a personal device).</summary>
    RemoteDesktopExposure,

    /// <summary>DEV.DAY1_TAMPERING.</summary>
    DayOneTampering,

    /// <summary>DEV.POSSESSION_CHECK_FAIL.</summary>
    PossessionCheckFail,

    /// <summary>XLINK.KNOWN_PERSONA_HIT (the identity was used by a DPRK persona before).</summary>
    KnownPersonaHit,
}
