namespace HireGuard.Model;

/// <summary>Where a case feature's value comes from (see <see cref="CaseFeatureExtractor"/>).</summary>
internal enum CaseFeatureSource
{
    /// <summary>The strongest rule finding for the feature's indicator code (0 when none fired; NaN when a source it needs is absent).</summary>
    Finding,

    /// <summary>The number of sessions.</summary>
    SessionCount,

    /// <summary>The number of sessions through an anonymiser (named by the endpoint or classified by IP intelligence).</summary>
    AnonymizedSessions,

    /// <summary>The share of sessions through an anonymiser (NaN without sessions).</summary>
    AnonymizedSessionShare,

    /// <summary>The number of sessions that used a virtual camera.</summary>
    VirtualCameraSessions,

    /// <summary>The largest input-latency p95 in excess of the network round trip, in milliseconds (NaN when never measured).</summary>
    InputLatencyExcess,

    /// <summary>The number of payout instructions.</summary>
    PayoutInstructions,

    /// <summary>The number of changes of payout details (instructions after the first).</summary>
    PayoutChanges,

    /// <summary>1 when a payout instruction uses a crypto rail, 0 when none does, NaN without instructions.</summary>
    CryptoPayout,

    /// <summary>The lowest interview camera-on ratio (NaN when never measured).</summary>
    MinimumCameraOnRatio,

    /// <summary>The highest deepfake or voice-clone detector score (NaN when never measured).</summary>
    MaximumSyntheticMediaScore,

    /// <summary>The lowest cross-round person-match score (NaN when never measured).</summary>
    MinimumPersonMatchScore,

    /// <summary>The number of failed interview liveness challenges (NaN when never reported).</summary>
    ChallengeFailures,

    /// <summary>The number of declined in-person steps (NaN when never reported).</summary>
    InPersonDeclines,

    /// <summary>The highest document tamper score (NaN when never measured).</summary>
    MaximumDocumentTamperScore,

    /// <summary>The lowest selfie-to-document match score (NaN when never measured).</summary>
    MinimumSelfieMatchScore,

    /// <summary>1 when an identity-verification vendor detected injection, 0 when checked and clean, NaN when never checked.</summary>
    InjectionDetected,

    /// <summary>The number of shipment re-routing requests (NaN without shipments).</summary>
    ShipmentReroutes,

    /// <summary>1 when equipment goes to a mail drop or freight forwarder, 0 when not, NaN when unknown.</summary>
    MailDropOrForwarder,

    /// <summary>The number of endpoint-detection findings (NaN without employment data).</summary>
    EndpointFindings,

    /// <summary>The number of attributes shared with other cases (NaN without a linkage store).</summary>
    LinkageMatches,
}
