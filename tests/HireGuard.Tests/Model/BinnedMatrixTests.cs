using HireGuard.Model;

namespace HireGuard.Tests.Model;

public class BinnedMatrixTests
{
    [Fact]
    public void RadixSort_SortsLikeArraySort()
    {
        var random = new Random(4);
        double[] specials = [0.0, -0.0, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, -double.MaxValue, double.Epsilon, -double.Epsilon, 1e-300];
        var values = Enumerable.Range(0, 5000).Select(i => i % 10 == 0 ? specials[random.Next(specials.Length)] : (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-20, 20))).ToArray();
        var expected = values.ToArray();
        Array.Sort(expected);

        BinnedMatrix.RadixSort(values);

        Assert.Equal(expected, values);
    }

    [Fact]
    public void Map_AgreesWithThresholdComparison()
    {
        var random = new Random(5);
        var sample = Enumerable.Range(0, 3000).Select(_ => Math.Round(random.NextDouble() * 500) / 7).ToArray();
        Array.Sort(sample);
        var mapper = BinMapper.Fit(sample, 32);

        for (var i = 0; i < 2000; i++)
        {
            var v = (random.NextDouble() * 90) - 10;
            var bin = mapper.Map(v);
            for (var b = 0; b < mapper.Thresholds.Length; b++)
            {
                Assert.Equal(bin <= b, v <= mapper.Thresholds[b]);
            }
        }

        Assert.Equal(mapper.MissingBin, mapper.Map(double.NaN));
        Assert.True(mapper.BinCount <= 32);
    }
}
