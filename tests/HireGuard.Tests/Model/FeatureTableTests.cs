using HireGuard.Model;

namespace HireGuard.Tests.Model;

public class FeatureTableTests
{
    [Fact]
    public void Constructor_BadShapes_ThrowArgumentException()
    {
        Assert.Throws<ArgumentException>(() => new FeatureTable(["a", "b"], [1.0, 2.0, 3.0], [true, false]));
        Assert.Throws<ArgumentException>(() => new FeatureTable(["a", "a"], [1.0, 2.0], [true]));
        Assert.Throws<ArgumentException>(() => new FeatureTable(new FeatureManifest(["a"]), [1.0], [true], [0.0]));
        Assert.Throws<ArgumentException>(() => new FeatureTable(new FeatureManifest(["a"]), [1.0], [true], default, [null!]));
        Assert.Throws<ArgumentException>(() => new FeatureManifest([]));
    }

    [Fact]
    public void ComputeSha256_ChangesWithAnyBit()
    {
        var a = new FeatureTable(["a"], [1.0, 2.0], [true, false]);
        var b = new FeatureTable(["a"], [1.0, BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(2.0) + 1)], [true, false]);
        var c = new FeatureTable(["a"], [1.0, 2.0], [true, true]);

        Assert.NotEqual(a.ComputeSha256(), b.ComputeSha256());
        Assert.NotEqual(a.ComputeSha256(), c.ComputeSha256());
        Assert.Equal(a.ComputeSha256(), new FeatureTable(["a"], [1.0, 2.0], [true, false]).ComputeSha256());
    }

    [Fact]
    public void SelectRows_CopiesLabelsWeightsAndGroups()
    {
        var table = new FeatureTable(new FeatureManifest(["a"]), [1.0, 2.0, 3.0], [true, false, true], [1, 2, 3], ["x", "y", "z"]);

        var picked = table.SelectRows([2, 0]);

        Assert.Equal([3.0, 1.0], picked.Values.ToArray());
        Assert.Equal([3.0, 1.0], picked.Weights.ToArray());
        Assert.Equal(["z", "x"], picked.GroupIds!);
        Assert.Equal(2, picked.PositiveCount);
    }

    [Fact]
    public void FeatureManifest_DescribeDifference_NamesFirstMismatch()
    {
        var expected = new FeatureManifest(["a", "b", "c"], "1");

        Assert.Null(new FeatureManifest(["a", "b", "c"], "1").DescribeDifference(expected));
        Assert.Contains("feature 1 is 'x'", new FeatureManifest(["a", "x", "c"], "1").DescribeDifference(expected), StringComparison.Ordinal);
        Assert.Contains("2 features where 3", new FeatureManifest(["a", "b"], "1").DescribeDifference(expected), StringComparison.Ordinal);
    }
}
