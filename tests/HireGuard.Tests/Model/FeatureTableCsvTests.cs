using HireGuard.Model;

namespace HireGuard.Tests.Model;

public class FeatureTableCsvTests
{
    [Fact]
    public void WriteRead_RoundTrip_KeepsValuesNaNsGroupsAndWeights()
    {
        var table = new FeatureTable(
            new FeatureManifest(["a", "b"]),
            [1.5, double.NaN, -0.1, 1e-300, double.PositiveInfinity, 3],
            [true, false, true],
            [1, 2.5, 0.25],
            ["c1", "c1", "c2"]);
        var text = new StringWriter();

        FeatureTableCsv.Write(table, text);
        var read = FeatureTableCsv.Read(new StringReader(text.ToString()), groupColumn: "group", weightColumn: "weight");

        Assert.Equal(table.ComputeSha256(), read.ComputeSha256());
    }

    [Theory]
    [InlineData("a,b\n1,2\n", "no 'label' column")]
    [InlineData("label,a\n2,1\n", "label '2'")]
    [InlineData("label,a\n1,x\n", "'x' is not a number")]
    [InlineData("label,a\n1,2,3\n", "3 fields")]
    [InlineData("label,a,a\n1,2,3\n", "more than once")]
    [InlineData("", "empty")]
    public void Read_BadText_ThrowsFeatureTableFormatException(string csv, string expected)
    {
        var error = Assert.Throws<FeatureTableFormatException>(() => FeatureTableCsv.Read(new StringReader(csv)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyAndNaFields_AreMissing()
    {
        var table = FeatureTableCsv.Read(new StringReader("label,a,b,c\n1,,NA,nan\n"));

        Assert.True(table.GetRow(0).ToArray().All(double.IsNaN));
    }
}
