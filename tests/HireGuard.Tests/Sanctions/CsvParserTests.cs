using System.Text;
using HireGuard.Sanctions;

namespace HireGuard.Tests.Sanctions;

public sealed class CsvParserTests
{
    [Fact]
    public void Parse_OfacLayout_HandlesCrLfQuotesNullsAndCtrlZ()
    {
        var text = "1,\"DOE, John\",-0- ,\"A] [B\"\r\n2,\"SAY \"\"HI\"\"\",\"individual\",-0- \r\n\u001A";

        var records = CsvParser.Parse(text, "f.csv", 4);

        Assert.Equal(2, records.Count);
        Assert.Equal(["1", "DOE, John", "-0- ", "A] [B"], records[0].Fields);
        Assert.Equal("SAY \"HI\"", records[1].Fields[1]);
        Assert.Null(CsvParser.Value(records[0].Fields[2]));
        Assert.Equal(2, records[1].Line);
    }

    [Fact]
    public void Parse_LfOnlyAndBlankLines_AreAccepted()
    {
        var records = CsvParser.Parse("a,b\n\n\nc,d\n", "f.csv", 2);

        Assert.Equal([1L, 4L], records.Select(r => r.Line));
    }

    [Fact]
    public void Parse_QuotedFieldAcrossLines_CountsLines()
    {
        var records = CsvParser.Parse("\"x\ny\",1\r\nz,2\r\n", "f.csv", 2);

        Assert.Equal("x\ny", records[0].Fields[0]);
        Assert.Equal(3, records[1].Line);
    }

    [Theory]
    [InlineData("a,b\r\nc\r\n", 2, "expected 2 fields, found 1")]
    [InlineData("a,b\r\nc,d,e\r\n", 2, "more than 2 fields")]
    [InlineData("a,b\r\n\"c,d\r\n", 2, "not closed before the end of the file")]
    [InlineData("a,b\r\nc\"x,d\r\n", 2, "double quote inside an unquoted field")]
    [InlineData("a,b\r\n\"c\"x,d\r\n", 2, "after a closing quote")]
    [InlineData("a,b\r\nc,\u0001\r\n", 2, "control character U+0001")]
    [InlineData("a,b\r\n\u001Ac,d\r\n", 2, "control character U+001A")]
    public void Parse_Malformed_ThrowsWithLine(string text, long line, string problem)
    {
        var ex = Assert.Throws<SanctionsListException>(() => CsvParser.Parse(text, "list.csv", 2));

        Assert.Equal("list.csv", ex.FilePath);
        Assert.Equal(line, ex.LineNumber);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("list.csv, line " + line + ": ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OfacRowCutAfterAComma_IsRejectedThoughTheFieldCountFits()
    {
        var ex = Assert.Throws<SanctionsListException>(() => CsvParser.Parse("1,\"A\",-0- ,\"X\"\r\n2,\"B\",-0- ,", "sdn.csv", 4, ofacStyle: true));

        Assert.Equal(2, ex.LineNumber);
        Assert.Contains("field 4 is empty", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FirstRecordSetsFieldCount_WhenNotGiven()
    {
        var ex = Assert.Throws<SanctionsListException>(() => CsvParser.Parse("id,name\r\n1,a,b\r\n", "w.csv", -1));

        Assert.Equal(2, ex.LineNumber);
    }

    [Fact]
    public void Decode_Utf8Latin1AndUtf16Bom_AllReadAsText()
    {
        var latin1 = Encoding.Latin1.GetBytes("1,\"M\u00dcLLER\"");
        var utf8 = Encoding.UTF8.GetBytes("1,\"M\u00dcLLER\"");
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("1,\"M\u00dcLLER\"")).ToArray();

        Assert.All(new[] { latin1, utf8, utf16 }, b => Assert.Equal("1,\"M\u00dcLLER\"", ListFileReader.Decode(b, "f")));
    }

    [Fact]
    public void Decode_Utf16WithoutBom_IsRejectedAsNotText()
    {
        var ex = Assert.Throws<SanctionsListException>(() => ListFileReader.Decode(Encoding.Unicode.GetBytes("1,\"A\"\r\n"), "f.csv"));

        Assert.Contains("NUL characters", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Utf8BomWithInvalidBytes_IsRejected()
    {
        var ex = Assert.Throws<SanctionsListException>(() => ListFileReader.Decode([0xEF, 0xBB, 0xBF, 0x41, 0xC3, 0x28], "f.csv"));

        Assert.Contains("not valid UTF-8", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFile_Throws()
    {
        var ex = Assert.Throws<SanctionsListException>(() => ListFileReader.Read(Path.Combine(Path.GetTempPath(), "hg-missing-4711.csv")));

        Assert.Contains("does not exist", ex.Message, StringComparison.Ordinal);
    }
}
