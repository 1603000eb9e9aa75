using HireGuard.Model;

namespace HireGuard.Tests.Model;

public sealed class LabelFileTests
{
    private const string Header = "case_id,outcome,decided_at,group,segment";

    private static CaseLabels Read(string text) => LabelFile.Read(new StringReader(text), "labels.csv");

    private static LabelFileException Fails(string text) => Assert.Throws<LabelFileException>(() => Read(text));

    [Fact]
    public void Read_ValidFile_ParsesEveryColumn()
    {
        var labels = Read(Header + ",eval_nationality,eval_age_band\n"
            + "c1,confirmed_dprk,2026-03-01,cell-7,laptop-farm,US,30-39\r\n"
            + "c2,cleared,2026-03-02T10:30:00+02:00,c2,,\"KR\",40-49\n"
            + "\n"
            + "\"c,3\",other_fraud,2026-03-03T00:00:00Z,g,\"proxy \"\"interview\"\"\",MX,20-29\n");

        Assert.Equal(3, labels.Count);
        Assert.Equal(["eval_nationality", "eval_age_band"], labels.EvaluationColumns);
        Assert.Equal(CaseOutcome.ConfirmedDprk, labels[0].Outcome);
        Assert.True(labels[0].IsPositive);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), labels[0].DecidedAt);
        Assert.Equal("cell-7", labels[0].Group);
        Assert.Equal("laptop-farm", labels[0].Segment);
        Assert.Null(labels[1].Segment);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 10, 30, 0, TimeSpan.FromHours(2)), labels[1].DecidedAt);
        Assert.Equal("KR", labels[1].EvaluationAttributes["eval_nationality"]);
        Assert.True(labels.TryGet("c,3", out var third));
        Assert.Equal(CaseOutcome.OtherFraud, third.Outcome);
        Assert.Equal("proxy \"interview\"", third.Segment);
        Assert.False(labels.TryGet("c4", out _));
    }

    [Fact]
    public void Read_UnknownOutcome_FailsWithTheLine()
    {
        var error = Fails(Header + "\nc1,cleared,2026-03-01,g,\nc2,dprk,2026-03-01,g,\n");

        Assert.Equal(3, error.LineNumber);
        Assert.Contains("labels.csv:3:", error.Message, StringComparison.Ordinal);
        Assert.Contains("'dprk'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateCaseId_FailsNamingBothLines()
    {
        var error = Fails(Header + "\nc1,cleared,2026-03-01,g,\nc2,cleared,2026-03-01,g,\nc1,confirmed_dprk,2026-03-01,g,\n");

        Assert.Equal(4, error.LineNumber);
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("case_id,outcome,decided_at,group\n", 1)]
    [InlineData("id,outcome,decided_at,group,segment\n", 1)]
    [InlineData("case_id,outcome,decided_at,group,segment,nationality\nc1,cleared,2026-03-01,g,,US\n", 1)]
    [InlineData("case_id,outcome,decided_at,group,segment,eval_x,eval_x\n", 1)]
    [InlineData("case_id,outcome,decided_at,group,segment\nc1,cleared,2026-03-01,g\n", 2)]
    [InlineData("case_id,outcome,decided_at,group,segment\n,cleared,2026-03-01,g,\n", 2)]
    [InlineData("case_id,outcome,decided_at,group,segment\nc1,cleared,2026-03-01,,\n", 2)]
    [InlineData("case_id,outcome,decided_at,group,segment\nc1,cleared,03/01/2026,g,\n", 2)]
    [InlineData("case_id,outcome,decided_at,group,segment\nc1,cleared,2026-03-01T10:00:00,g,\n", 2)]
    [InlineData("case_id,outcome,decided_at,group,segment\nc1,cleared,2026-03-01,\"g,\n", 2)]
    public void Read_MalformedFile_FailsWithTheLine(string text, int line)
    {
        var error = Fails(text);

        Assert.Equal(line, error.LineNumber);
        Assert.StartsWith($"labels.csv:{line}:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyFile_Fails()
    {
        var error = Fails(string.Empty);

        Assert.Null(error.LineNumber);
        Assert.Contains("case_id,outcome,decided_at,group,segment", error.Message, StringComparison.Ordinal);
    }
}
