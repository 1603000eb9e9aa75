using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using HireGuard.Scoring;
using HireGuard.Signals;
using HireGuard.Tests.TestUtilities;

namespace HireGuard.Tests.Scoring;

/// <summary>
/// Invariant 4: nationality, place of birth, name ethnicity, language, keyboard layout and
/// "foreign bank account as such" never change the score. Each test varies only the banned
/// attribute and requires the scoring outcome to be identical.
/// </summary>
public sealed class ProtectedAttributeTests
{
    private static readonly RiskEngine Engine = RiskEngine.CreateBuilder().UseTimeProvider(new FixedTimeProvider()).Build();
    private static readonly string[] Countries = ["US", "KP", "KR", "CN", "RU", "NG", "MX", "IN", "DE", "VN", "LA", "AE"];

    private static string Outcome(RiskAssessment a) =>
        string.Join("|", a.LogOdds.ToString("R", System.Globalization.CultureInfo.InvariantCulture), a.Band, a.Recommendation, string.Join(",", a.Reasons.Select(r => r.Code + ":" + r.LogOdds.ToString("R", System.Globalization.CultureInfo.InvariantCulture))));

    [Fact]
    public void DocumentNationality_NeverChangesTheScore()
    {
        Prop.ForAll(Arb.From(RandomCases.Gen()), Arb.From(FsCheck.Fluent.Gen.Elements(Countries)), (c, nationality) =>
        {
            var changed = c with { Documents = [.. c.Documents.Select(d => d with { Nationality = nationality })] };
            return Outcome(Engine.Evaluate(c)) == Outcome(Engine.Evaluate(changed));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ForeignBankRail_AsSuch_NeverChangesTheScore()
    {
        Prop.ForAll(Arb.From(RandomCases.Gen()), c =>
        {
            var domestic = c with { Payroll = [.. c.Payroll.Select(p => p.Rail == PayoutRail.ForeignBank ? p with { Rail = PayoutRail.DomesticBank } : p)] };
            var foreign = c with { Payroll = [.. c.Payroll.Select(p => p.Rail == PayoutRail.DomesticBank ? p with { Rail = PayoutRail.ForeignBank } : p)] };
            return Outcome(Engine.Evaluate(domestic)) == Outcome(Engine.Evaluate(foreign));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void NameEthnicity_ConsistentRenamingEverywhere_NeverChangesTheScore()
    {
        // Replace the candidate's name by names of different origins, consistently wherever the
        // candidate's own name appears (documents, payout holder, delivery name).
        string[] names = ["Kim Ung Sun", "Maria Alvarez", "Olusegun Adeyemi", "Nguyen Van An", "Анна Петрова", "John Smith", "Zhang Wei"];
        var original = TestCases.Demo("03-laptop-farm").Case;
        var baseline = Outcome(Engine.Evaluate(original));
        foreach (var name in names)
        {
            var renamed = original with
            {
                Candidate = original.Candidate! with { FullName = name },
                Payroll = [.. original.Payroll.Select(p => p.HolderName == "Jordan Hayes" ? p with { HolderName = name } : p)],
            };

            Assert.Equal(baseline, Outcome(Engine.Evaluate(renamed)));
        }
    }

    [Fact]
    public void LanguageKeyboardAndBirthplaceFields_AreIgnoredWithWarningsAndNeverScored()
    {
        var original = TestCases.Demo("03-laptop-farm");
        var node = JsonNode.Parse(HiringCaseJson.Write(original.Case))!;
        node["candidate"]!["placeOfBirth"] = "Pyongyang";
        node["candidate"]!["nativeLanguage"] = "ko";
        node["candidate"]!["accent"] = "strong";
        node["sessions"]![0]!["keyboardLayout"] = "ko-KR";
        node["sessions"]![0]!["inputMethod"] = "Microsoft IME";
        node["sessions"]![0]!["osLanguage"] = "zh-CN";

        var withProxies = HiringCaseJson.Read(node.ToJsonString());

        Assert.Equal(6, withProxies.Warnings.Count(w => w.Code == InputWarningCodes.UnknownProperty));
        Assert.Equal(Outcome(Engine.Evaluate(original)), Outcome(Engine.Evaluate(withProxies)));
    }

    [Fact]
    public void ClaimedCountry_OnlyMattersAsDifferenceFromObservations()
    {
        // Moving the whole case to another country (claim and observations alike) changes nothing.
        var original = TestCases.Demo("03-laptop-farm").Case;
        var baseline = Outcome(Engine.Evaluate(original));
        foreach (var country in Countries)
        {
            var moved = original with
            {
                Candidate = original.Candidate! with { Residence = original.Candidate.Residence! with { Country = country } },
                Shipments = [.. original.Shipments.Select(s => s with { DeliveryAddress = s.DeliveryAddress! with { Country = country } })],
                Payroll = [.. original.Payroll.Select(p => p with { BankCountry = country })],
            };

            Assert.Equal(baseline, Outcome(Engine.Evaluate(moved)));
        }
    }
}
