namespace HireGuard.Signals;

/// <summary>One interview round, as meeting metadata and detectors reported it.</summary>
public sealed record Interview
{
    /// <summary>Gets the round number (1 = first).</summary>
    public int? Round { get; init; }

    /// <summary>Gets when the interview took place.</summary>
    public DateTimeOffset? At { get; init; }

    /// <summary>Gets the share of the meeting with the candidate's camera on, in [0, 1].</summary>
    public double? CameraOnRatio { get; init; }

    /// <summary>Gets the deepfake detector score in [0, 1].</summary>
    public double? DeepfakeScore { get; init; }

    /// <summary>Gets the voice-clone / voice-changer detector score in [0, 1].</summary>
    public double? VoiceCloneScore { get; init; }

    /// <summary>Gets the consented face/voice similarity to the earlier rounds, in [0, 1].</summary>
    public double? PersonMatchScore { get; init; }

    /// <summary>Gets how many challenge actions (hand across the face, profile turn) failed.</summary>
    public int? ChallengeFailures { get; init; }

    /// <summary>Gets whether the candidate declined an in-person step offered for this round.</summary>
    public bool? InPersonDeclined { get; init; }
}
