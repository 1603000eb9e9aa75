using System.Text;
using FsCheck;
using FsCheck.Fluent;
using HireGuard.Signals;

namespace HireGuard.Tests.Signals;

public sealed class HiringCaseJsonTests
{
    [Fact]
    public void Read_MinimalDocument_ReturnsCaseWithoutWarnings()
    {
        var result = HiringCaseJson.Read("""{"caseId":"c1"}""");

        Assert.Equal("c1", result.Case.CaseId);
        Assert.Empty(result.Warnings);
        Assert.Empty(result.Case.Sessions);
        Assert.Null(result.Case.Candidate);
    }

    [Fact]
    public void Read_AbsentCollections_AreEmptyNotNull()
    {
        var result = HiringCaseJson.Read("""{"caseId":"c1","candidate":{"fullName":"A B"},"documents":[{"kind":"passport"}]}""");

        Assert.NotNull(result.Case.Candidate!.OtherNames);
        Assert.NotNull(result.Case.Documents[0].MrzLines);
        Assert.Empty(result.Case.Payroll);
    }

    [Fact]
    public void Read_UnknownProperty_WarnsWithPointerAndIgnoresIt()
    {
        var result = HiringCaseJson.Read("""{"caseId":"c1","sessions":[{"ipAddress":"1.2.3.4","keyboardLayout":"ko-KR"}]}""");

        var warning = Assert.Single(result.Warnings);
        Assert.Equal(InputWarningCodes.UnknownProperty, warning.Code);
        Assert.Equal("/sessions/0/keyboardLayout", warning.Pointer);
        Assert.Equal("1.2.3.4", result.Case.Sessions[0].IpAddress);
    }

    [Fact]
    public void Read_WrongTypes_BecomeWarningsAndMissingValues()
    {
        var json = """
            {"caseId":"c1",
             "interviews":[{"cameraOnRatio":"high","round":1.5,"inPersonDeclined":"yes"}],
             "candidate":{"otherNames":"not-an-array","residence":"Austin"},
             "sessions":{"0":{}}}
            """;

        var result = HiringCaseJson.Read(json);

        Assert.Equal(
            ["/interviews/0/cameraOnRatio", "/interviews/0/round", "/interviews/0/inPersonDeclined", "/candidate/otherNames", "/candidate/residence", "/sessions"],
            result.Warnings.Select(w => w.Pointer));
        Assert.All(result.Warnings.Where(w => w.Pointer != "/interviews/0/round"), w => Assert.Equal(InputWarningCodes.WrongType, w.Code));
        Assert.Equal(InputWarningCodes.InvalidValue, result.Warnings.Single(w => w.Pointer == "/interviews/0/round").Code);
        var interview = Assert.Single(result.Case.Interviews);
        Assert.Null(interview.CameraOnRatio);
        Assert.Null(interview.Round);
        Assert.Null(result.Case.Candidate!.Residence);
        Assert.Empty(result.Case.Sessions);
    }

    [Theory]
    [InlineData("""{"caseId":"c","candidate":{"dateOfBirth":"1990-02-30"}}""", "/candidate/dateOfBirth")]
    [InlineData("""{"caseId":"c","candidate":{"dateOfBirth":"17/04/1991"}}""", "/candidate/dateOfBirth")]
    [InlineData("""{"caseId":"c","sessions":[{"timestamp":"yesterday"}]}""", "/sessions/0/timestamp")]
    [InlineData("""{"caseId":"c","payroll":[{"rail":"carrier-pigeon"}]}""", "/payroll/0/rail")]
    [InlineData("""{"caseId":"c","interviews":[{"round":99999999999}]}""", "/interviews/0/round")]
    public void Read_InvalidValues_WarnInvalidValue(string json, string pointer)
    {
        var result = HiringCaseJson.Read(json);

        var warning = Assert.Single(result.Warnings);
        Assert.Equal(InputWarningCodes.InvalidValue, warning.Code);
        Assert.Equal(pointer, warning.Pointer);
    }

    [Fact]
    public void Read_EnumValues_AreCaseInsensitiveOnInputAndCamelCaseOnOutput()
    {
        var result = HiringCaseJson.Read("""{"caseId":"c","payroll":[{"rail":"DomesticBank"},{"rail":"crypto"}]}""");

        Assert.Equal(PayoutRail.DomesticBank, result.Case.Payroll[0].Rail);
        Assert.Contains("\"rail\":\"domesticBank\"", HiringCaseJson.Write(result.Case), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HugeString_WarnsTooLongAndDropsValue()
    {
        var json = "{\"caseId\":\"c\",\"candidate\":{\"fullName\":\"" + new string('x', 100_000) + "\",\"email\":\"a@b.example\"}}";

        var result = HiringCaseJson.Read(json);

        var warning = Assert.Single(result.Warnings);
        Assert.Equal(InputWarningCodes.TooLong, warning.Code);
        Assert.Equal("/candidate/fullName", warning.Pointer);
        Assert.Null(result.Case.Candidate!.FullName);
        Assert.Equal("a@b.example", result.Case.Candidate.Email);
    }

    [Fact]
    public void Read_TooManyItems_KeepsTheFirstAndWarnsOnce()
    {
        var sessions = string.Join(',', Enumerable.Repeat("{\"deviceId\":\"d\"}", 1500));
        var result = HiringCaseJson.Read("{\"caseId\":\"c\",\"sessions\":[" + sessions + "]}");

        Assert.Equal(1000, result.Case.Sessions.Count);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(InputWarningCodes.TooManyItems, warning.Code);
        Assert.Equal("/sessions/1000", warning.Pointer);
    }

    [Fact]
    public void Read_DuplicateProperty_KeepsFirstAndWarns()
    {
        var result = HiringCaseJson.Read("""{"caseId":"c","candidate":{"fullName":"First","fullName":"Second"}}""");

        Assert.Equal("First", result.Case.Candidate!.FullName);
        Assert.Equal(InputWarningCodes.DuplicateProperty, Assert.Single(result.Warnings).Code);
    }

    [Fact]
    public void Read_NullArrayItem_WarnsAndSkipsIt()
    {
        var result = HiringCaseJson.Read("""{"caseId":"c","candidate":{"otherNames":["A",null,"B"]}}""");

        Assert.Equal(["A", "B"], result.Case.Candidate!.OtherNames);
        Assert.Equal("/candidate/otherNames/1", Assert.Single(result.Warnings).Pointer);
    }

    [Fact]
    public void Read_PointerSegments_AreEscapedPerRfc6901()
    {
        var result = HiringCaseJson.Read("""{"caseId":"c","a/b~c":1}""");

        Assert.Equal("/a~1b~0c", Assert.Single(result.Warnings).Pointer);
    }

    [Fact]
    public void Read_ManyUnknownProperties_CapsWarningsAndSaysHowManyWereLeftOut()
    {
        var props = string.Join(',', Enumerable.Range(0, 2000).Select(i => $"\"x{i}\":1"));
        var result = HiringCaseJson.Read("{\"caseId\":\"c\"," + props + "}");

        Assert.Equal(501, result.Warnings.Count);
        Assert.Equal(InputWarningCodes.TooManyWarnings, result.Warnings[^1].Code);
        Assert.Contains("1500", result.Warnings[^1].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   \n ", "empty")]
    [InlineData("[]", "object")]
    [InlineData("\"case\"", "object")]
    [InlineData("null", "object")]
    [InlineData("{", "JSON")]
    [InlineData("{\"caseId\":\"c\",}", "JSON")]
    [InlineData("{\"caseId\":\"c\" /* comment */}", "JSON")]
    [InlineData("{}", "caseId")]
    [InlineData("{\"caseId\":42}", "caseId")]
    [InlineData("{\"caseId\":\"  \"}", "caseId")]
    public void Read_StructurallyUnusable_ThrowsInputException(string json, string mentions)
    {
        var ex = Assert.Throws<HireGuardInputException>(() => HiringCaseJson.Read(json));

        Assert.Contains(mentions, ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Read_DeepNesting_ThrowsInputExceptionNotStackOverflow()
    {
        var json = "{\"caseId\":\"c\",\"x\":" + new string('[', 10_000) + new string(']', 10_000) + "}";

        var ex = Assert.Throws<HireGuardInputException>(() => HiringCaseJson.Read(json));

        Assert.Contains("deep", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Read_DocumentLargerThanLimit_Throws()
    {
        var json = "{\"caseId\":\"c\",\"x\":\"" + new string('a', 5 * 1024 * 1024) + "\"}";

        Assert.Throws<HireGuardInputException>(() => HiringCaseJson.Read(json));
    }

    [Fact]
    public void Read_Utf8WithBom_IsAccepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("{\"caseId\":\"c\"}")).ToArray();

        Assert.Equal("c", HiringCaseJson.Read(bytes).Case.CaseId);
    }

    [Fact]
    public void Read_InvalidUtf8_ThrowsInputException()
    {
        byte[] bytes = [.. "{\"caseId\":\""u8, 0xC3, 0x28, .. "\"}"u8];

        Assert.Throws<HireGuardInputException>(() => HiringCaseJson.Read(bytes));
    }

    [Fact]
    public void WriteThenRead_DemoCases_RoundTripWithoutWarnings()
    {
        foreach (var name in TestUtilities.TestCases.DemoNames)
        {
            var original = TestUtilities.TestCases.Demo(name);
            Assert.Empty(original.Warnings);

            var again = HiringCaseJson.Read(HiringCaseJson.Write(original.Case));

            Assert.Empty(again.Warnings);
            Assert.Equal(HiringCaseJson.Write(original.Case), HiringCaseJson.Write(again.Case));
        }
    }

    [Fact]
    public void ReadLines_BadLine_YieldsErrorAndContinues()
    {
        var text = "{\"caseId\":\"a\"}\n\nnot json\n{\"caseId\":\"b\"}\n";

        var lines = HiringCaseJson.ReadLines(new StringReader(text)).ToList();

        Assert.Equal([1, 3, 4], lines.Select(l => l.LineNumber));
        Assert.Equal("a", lines[0].Result!.Case.CaseId);
        Assert.NotNull(lines[1].Error);
        Assert.Equal("b", lines[2].Result!.Case.CaseId);
    }

    [Fact]
    public void Read_ArbitraryMutationsOfAValidCase_OnlyEverThrowInputException()
    {
        var seed = Encoding.UTF8.GetBytes(HiringCaseJson.Write(TestUtilities.TestCases.Demo("03-laptop-farm").Case));
        var property = Prop.ForAll(
            Arb.From(Gen.Choose(0, int.MaxValue).Two()),
            pair =>
            {
                var random = new Random(pair.Item1);
                var bytes = (byte[])seed.Clone();
                var edits = 1 + (pair.Item2 % 8);
                for (var i = 0; i < edits; i++)
                {
                    var at = random.Next(bytes.Length);
                    switch (random.Next(4))
                    {
                        case 0:
                            bytes[at] = (byte)random.Next(256);
                            break;
                        case 1:
                            bytes[at] = (byte)"{}[]\":,0a-"[random.Next(10)];
                            break;
                        case 2:
                            bytes = bytes[..at];
                            break;
                        default:
                            bytes = [.. bytes[..at], .. bytes[(at + (bytes.Length - at) / 2)..]];
                            break;
                    }

                    if (bytes.Length == 0)
                    {
                        break;
                    }
                }

                try
                {
                    var result = HiringCaseJson.Read(bytes);
                    return result.Case.CaseId.Length > 0;
                }
                catch (HireGuardInputException)
                {
                    return true;
                }
            });

        property.QuickCheckThrowOnFailure();
    }
}
