using HireGuard.Rules.BuiltIn;
using HireGuard.Signals;
using HireGuard.Tests.TestUtilities;

namespace HireGuard.Tests.Rules;

public sealed class IdentityAndBehaviourRuleTests
{
    private static HiringCase WithVerification(DocumentVerification v) => TestCases.WithCandidate("A B") with { Documents = [new IdentityDocument { Verification = v }] };

    [Theory]
    [InlineData(0.69, false)]
    [InlineData(0.7, true)]
    [InlineData(0.99, true)]
    public void Tamper_FiresAtTheThreshold(double score, bool fires)
    {
        var a = RuleHarness.Run(new DocumentTamperRule(), WithVerification(new DocumentVerification { TamperScore = score }));

        Assert.Equal(fires, a.Finding("IDD.PHOTO_SUBSTITUTION") is not null);
    }

    [Fact]
    public void SelfieLiveness_InjectionOrLowMatch_Fires_AllPassedReduces()
    {
        var injected = RuleHarness.Run(new SelfieLivenessRule(), WithVerification(new DocumentVerification { SelfieMatchScore = 0.99, LivenessPassed = true, InjectionDetected = true }));
        var lowMatch = RuleHarness.Run(new SelfieLivenessRule(), WithVerification(new DocumentVerification { SelfieMatchScore = 0.4 }));
        var passed = RuleHarness.Run(new SelfieLivenessRule(), WithVerification(new DocumentVerification { SelfieMatchScore = 0.95, LivenessPassed = true, InjectionDetected = false, DocumentLive = true, TamperScore = 0.1 }));

        Assert.Contains("injection", injected.Finding("IDD.SELFIE_LIVENESS_FAIL")!.Text, StringComparison.Ordinal);
        Assert.NotNull(lowMatch.Finding("IDD.SELFIE_LIVENESS_FAIL"));
        Assert.True(passed.Finding("IDD.LIVE_CHECK_PASSED")!.LogOdds < 0);
    }

    [Fact]
    public void RecordCheck_DeceasedIsStrongerThanMismatch_NotRunIsMissing()
    {
        HiringCase With(RecordCheckResult r) => TestCases.WithCandidate("A B") with { Candidate = TestCases.WithCandidate("A B").Candidate! with { NationalId = new NationalIdentifier { Kind = "ssn", Number = "123-45-6789", RecordCheck = r } } };

        Assert.Equal(1.0, RuleHarness.Run(new RecordCheckRule(), With(RecordCheckResult.Deceased)).Finding("IDD.SSN_RECORD_MISMATCH")!.Strength);
        Assert.Equal(0.8, RuleHarness.Run(new RecordCheckRule(), With(RecordCheckResult.Mismatch)).Finding("IDD.SSN_RECORD_MISMATCH")!.Strength);
        Assert.True(RuleHarness.Run(new RecordCheckRule(), With(RecordCheckResult.NotRun)).IsMissing("IDD.SSN_RECORD_MISMATCH"));
        Assert.DoesNotContain("123-45", RuleHarness.Run(new RecordCheckRule(), With(RecordCheckResult.Mismatch)).ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void WeakReferences_FreeMailForAnOrganisation_Fires_VerifiedContactDoesNot()
    {
        HiringCase With(params Reference[] refs) => TestCases.WithCandidate("A B") with { Candidate = TestCases.WithCandidate("A B").Candidate! with { References = refs } };

        Assert.NotNull(RuleHarness.Run(new WeakReferencesRule(), With(new Reference { Email = "boss@gmail.com", Organization = "Acme" })).Finding("IDD.WEAK_REFERENCES"));
        Assert.Null(RuleHarness.Run(new WeakReferencesRule(), With(new Reference { Email = "boss@gmail.com", Organization = "Acme", ContactVerified = true })).Finding("IDD.WEAK_REFERENCES"));
        Assert.Null(RuleHarness.Run(new WeakReferencesRule(), With(new Reference { Email = "boss@acme.example", Organization = "Acme" })).Finding("IDD.WEAK_REFERENCES"));
        Assert.Null(RuleHarness.Run(new WeakReferencesRule(), With(new Reference { Email = "friend@gmail.com" })).Finding("IDD.WEAK_REFERENCES"));
    }

    [Fact]
    public void Camera_StrengthGrowsAsTheCameraIsOffLonger()
    {
        HiringCase With(params double[] ratios) => TestCases.Empty() with { Interviews = [.. ratios.Select(r => new Interview { CameraOnRatio = r })] };

        Assert.Null(RuleHarness.Run(new CameraAvoidanceRule(), With(0.9, 0.6)).Finding("BEH.CAMERA_AVOIDANCE"));
        var some = RuleHarness.Run(new CameraAvoidanceRule(), With(0.4, 0.3)).Finding("BEH.CAMERA_AVOIDANCE")!;
        var none = RuleHarness.Run(new CameraAvoidanceRule(), With(0, 0)).Finding("BEH.CAMERA_AVOIDANCE")!;
        Assert.True(none.Strength > some.Strength);
        Assert.Equal(1.0, none.Strength, 9);
    }

    [Fact]
    public void SyntheticMedia_DetectorChallengeAndVirtualCamera()
    {
        var detector = TestCases.Empty() with { Interviews = [new Interview { DeepfakeScore = 0.95 }] };
        var challenges = TestCases.Empty() with { Interviews = [new Interview { ChallengeFailures = 2 }] };
        var virtualCamera = TestCases.Empty() with { Sessions = [new Session { Stage = CaseStage.Interview, VirtualCamera = true }] };
        var clean = TestCases.Empty() with { Interviews = [new Interview { DeepfakeScore = 0.1, VoiceCloneScore = 0.2, ChallengeFailures = 0 }] };

        Assert.True(RuleHarness.Run(new SyntheticMediaRule(), detector).Finding("BEH.SYNTHETIC_MEDIA")!.Strength > 0.8);
        Assert.Equal(0.7, RuleHarness.Run(new SyntheticMediaRule(), challenges).Finding("BEH.SYNTHETIC_MEDIA")!.Strength, 9);
        Assert.Equal(0.5, RuleHarness.Run(new SyntheticMediaRule(), virtualCamera).Finding("BEH.SYNTHETIC_MEDIA")!.Strength, 9);
        Assert.Null(RuleHarness.Run(new SyntheticMediaRule(), clean).Finding("BEH.SYNTHETIC_MEDIA"));
    }

    [Fact]
    public void PersonSwitchAndInPerson_FireOnLowMatchAndRepeatedDeclines()
    {
        var c = TestCases.Empty() with
        {
            Interviews = [new Interview { Round = 1, InPersonDeclined = true }, new Interview { Round = 2, PersonMatchScore = 0.2, InPersonDeclined = true }],
        };

        Assert.Equal("/interviews/1/personMatchScore", RuleHarness.Run(new PersonSwitchRule(), c).Finding("BEH.PERSON_SWITCH")!.Evidence[0].Pointer);
        Assert.NotNull(RuleHarness.Run(new InPersonAvoidanceRule(), c).Finding("BEH.IN_PERSON_AVOIDANCE"));
        Assert.Null(RuleHarness.Run(new InPersonAvoidanceRule(), c, o => o.Rules.InPersonDeclineThreshold = 3).Finding("BEH.IN_PERSON_AVOIDANCE"));
    }

    [Fact]
    public void UnverifiableHistory_CountsUnverifiedEntries()
    {
        var c = TestCases.WithCandidate("A B") with
        {
            Candidate = TestCases.WithCandidate("A B").Candidate! with
            {
                EmploymentHistory = [new EmploymentHistoryEntry { Employer = "X", Verified = false }, new EmploymentHistoryEntry { Employer = "Y", Verified = true }],
            },
        };

        Assert.Equal(0.5, RuleHarness.Run(new UnverifiableHistoryRule(), c).Finding("IDD.UNVERIFIABLE_HISTORY")!.Strength, 9);
    }
}
