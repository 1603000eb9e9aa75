namespace HireGuard.Scoring;

/// <summary>
/// The verification steps HireGuard recommends. Each is a step an employer can apply equally to
/// every candidate at the same stage; none is a rejection.
/// </summary>
public static class VerificationActions
{
    /// <summary>Live video identity check with the document held next to the face.</summary>
    public const string LiveIdCheck = "VERIFY.LIVE_ID_CHECK";

    /// <summary>In-person or notarised identity check at a partner site.</summary>
    public const string InPersonOrNotary = "VERIFY.IN_PERSON_OR_NOTARY";

    /// <summary>Serial-number and possession check of the issued device on a live call.</summary>
    public const string DeviceSerialCheck = "VERIFY.DEVICE_SERIAL";

    /// <summary>Ship equipment only to the address verified on the identity document.</summary>
    public const string ShipToVerifiedAddress = "VERIFY.SHIP_TO_VERIFIED_ADDRESS";

    /// <summary>Account-ownership check of the payout account.</summary>
    public const string AccountOwnership = "VERIFY.ACCOUNT_OWNERSHIP";

    /// <summary>Reference and employment checks through independently found contacts.</summary>
    public const string ReferenceCallback = "VERIFY.REFERENCE_CALLBACK";

    /// <summary>Security review of the corporate device.</summary>
    public const string EndpointReview = "VERIFY.ENDPOINT_REVIEW";

    /// <summary>Confirm current location and any travel with the person.</summary>
    public const string LocationConfirmation = "VERIFY.LOCATION_CONFIRMATION";

    /// <summary>A further live interview round with camera on and challenge actions, with accommodations offered.</summary>
    public const string InterviewRecheck = "VERIFY.INTERVIEW_RECHECK";

    /// <summary>Give the person the official process to contest a record-check result before any action.</summary>
    public const string RecordCheckContest = "VERIFY.RECORD_CHECK_CONTEST";

    /// <summary>Compliance review of a sanctions match before any offer or payment.</summary>
    public const string SanctionsReview = "COMPLIANCE.SANCTIONS_REVIEW";

    /// <summary>Gets every action with its reviewer-facing text, in the order assessments list them.</summary>
    public static IReadOnlyList<RecommendedAction> All { get; } =
    [
        new(SanctionsReview, "Hold offers and payments until compliance has dispositioned the sanctions match.", []),
        new(LiveIdCheck, "Run a live video identity check: the person shows the identity document next to their face.", []),
        new(InPersonOrNotary, "Offer an in-person or notarised identity check at a partner site.", []),
        new(AccountOwnership, "Verify that the payout account is held in the employee's own name (account-ownership check).", []),
        new(ShipToVerifiedAddress, "Ship equipment only to the address verified on the identity document.", []),
        new(DeviceSerialCheck, "On a live call, have the person read the serial number or asset tag of the issued device.", []),
        new(EndpointReview, "Have security review the corporate device for remote-access software and attached hardware.", []),
        new(LocationConfirmation, "Confirm the person's current location and any travel with them.", []),
        new(InterviewRecheck, "Hold a further live interview round with camera on and challenge actions, offering accommodations.", []),
        new(ReferenceCallback, "Check references and employment through contact details found independently.", []),
        new(RecordCheckContest, "Give the person the official process to contest the record-check result before any action.", []),
    ];
}
