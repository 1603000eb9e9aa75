using System.Globalization;
using HireGuard.Model;

namespace HireGuard.Benchmarks.Model;

/// <summary>
/// A deterministic synthetic tabular problem for the learner benchmarks (not the hiring-case
/// generator): 60 features of mixed kinds (continuous, heavy-tailed, binary flags, counts, bounded
/// vendor-style scores, noise), correlated through a latent propensity and a per-cell effect,
/// with missing values (some missing-not-at-random), threshold effects, interactions, a U-shape,
/// label noise through unobserved terms, and a positive rate near <see cref="PositiveRate"/>.
/// Rows come in cells (groups) of heavy-tailed size, so a split by cell is meaningful.
/// </summary>
internal static class SyntheticTabularProblem
{
    /// <summary>The number of features.</summary>
    public const int FeatureCount = 60;

    /// <summary>The target share of positive rows.</summary>
    public const double PositiveRate = 0.03;

    /// <summary>Generates <paramref name="rows"/> rows; the same arguments always give the same table.</summary>
    public static FeatureTable Generate(int rows, long seed)
    {
        var random = new SplitMix(seed);
        var names = new string[FeatureCount];
        for (var j = 0; j < FeatureCount; j++)
        {
            names[j] = "f" + j.ToString("D2", CultureInfo.InvariantCulture);
        }

        // Per-feature constants, drawn once from the seed.
        var flagPrevalence = new double[20];
        var flagLoading = new double[20];
        for (var k = 0; k < 20; k++)
        {
            flagPrevalence[k] = 0.01 + (0.29 * random.NextDouble() * random.NextDouble());
            flagLoading[k] = 1.2 * random.NextDouble();
        }

        var values = new double[(long)rows * FeatureCount];
        var eta = new double[rows];
        var groups = new string[rows];
        var cell = 0;
        var cellLeft = 0;
        var cellEffect = 0.0;
        var cellShared = 0.0;
        for (var i = 0; i < rows; i++)
        {
            if (cellLeft == 0)
            {
                cell++;
                cellLeft = 1 + (int)Math.Min(200, Math.Floor(-6.0 * Math.Log(1 - random.NextDouble()) * (random.NextDouble() < 0.1 ? 5 : 1)));
                cellEffect = 0.6 * random.NextGaussian();
                cellShared = Math.Max(0, random.NextGaussian());
            }

            cellLeft--;
            groups[i] = "c" + cell.ToString(CultureInfo.InvariantCulture);
            var a = random.NextGaussian() + (0.3 * cellEffect);
            var x = values.AsSpan(i * FeatureCount, FeatureCount);

            x[0] = Math.Exp(3.5 + (0.3 * a) + (0.6 * random.NextGaussian()));
            x[1] = Math.Abs(1.5 * random.NextGaussian()) + (a > 1.5 ? 4 : 0);
            x[2] = Math.Exp(6 - (0.4 * a) + random.NextGaussian());
            x[3] = Poisson(random, 5 + (2 * Math.Abs(a)));
            x[4] = Math.Exp(4 + (1.5 * random.NextGaussian()));
            double[] rho = [0.5, 0.3, 0.2, 0.1, 0.0];
            for (var k = 0; k < 5; k++)
            {
                x[5 + k] = (rho[k] * a) + (Math.Sqrt(1 - (rho[k] * rho[k])) * random.NextGaussian());
            }

            for (var k = 0; k < 20; k++)
            {
                var logit = Math.Log(flagPrevalence[k] / (1 - flagPrevalence[k])) + (flagLoading[k] * a);
                x[10 + k] = random.NextDouble() < Sigmoid(logit) ? 1 : 0;
            }

            for (var k = 0; k < 5; k++)
            {
                x[30 + k] = Poisson(random, (0.3 + (0.4 * k)) * Math.Exp((0.3 * a) + (k == 0 ? cellShared : 0)));
            }

            for (var k = 0; k < 5; k++)
            {
                x[35 + k] = Sigmoid((0.5 * a * (k % 2 == 0 ? 1 : -1)) + random.NextGaussian());
            }

            for (var k = 0; k < 10; k++)
            {
                x[40 + k] = Sigmoid(-1 + (0.8 * a * (k < 5 ? 1 : 0.2)) + random.NextGaussian());
            }

            x[50] = random.NextGaussian();
            x[51] = random.NextDouble() < 0.2 ? 1 : 0;
            x[52] = Poisson(random, 2);
            x[53] = Math.Exp(random.NextGaussian());
            x[54] = Math.Round(random.NextDouble() * 10);
            for (var k = 55; k < 60; k++)
            {
                x[k] = random.NextGaussian();
            }

            // The hidden mechanism (before the missing values are punched in).
            var score40 = x[40];
            var e = (0.9 * x[10]) + (0.7 * x[11]) + (1.6 * x[12] * x[13]) + (0.6 * Math.Log(1 + x[30]))
                + (x[0] > 80 ? 1.2 : 0) + (0.35 * x[5] * x[5]) - (0.4 * x[6]) + (1.5 * score40)
                + (0.8 * x[14] * x[7]) - (0.3 * Math.Log(x[2])) + (0.5 * x[1] / (1 + x[1]))
                + (0.5 * cellEffect) + (0.4 * a) + (0.5 * random.NextGaussian());

            // Missing values: mostly at random, but feature 41 goes missing more often for high-propensity rows.
            Punch(random, x, 0, 0.08);
            Punch(random, x, 2, 0.05);
            Punch(random, x, 4, 0.10);
            for (var k = 40; k < 50; k++)
            {
                Punch(random, x, k, k == 41 ? Sigmoid(-1.5 + (0.9 * a)) : 0.25);
            }

            Punch(random, x, 53, 0.05);
            eta[i] = e + (double.IsNaN(x[41]) ? 0.6 : 0);
        }

        // Intercept by bisection so that the expected positive rate is PositiveRate.
        double lo = -30, hi = 10;
        for (var iteration = 0; iteration < 100; iteration++)
        {
            var mid = (lo + hi) / 2;
            var mean = 0.0;
            foreach (var e in eta)
            {
                mean += Sigmoid(e + mid);
            }

            if (mean / rows > PositiveRate)
            {
                hi = mid;
            }
            else
            {
                lo = mid;
            }
        }

        var labels = new bool[rows];
        for (var i = 0; i < rows; i++)
        {
            labels[i] = random.NextDouble() < Sigmoid(eta[i] + lo);
        }

        return new FeatureTable(new FeatureManifest(names), values, labels, default, groups);
    }

    private static void Punch(SplitMix random, Span<double> x, int j, double rate)
    {
        if (random.NextDouble() < rate)
        {
            x[j] = double.NaN;
        }
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    private static double Poisson(SplitMix random, double mean)
    {
        // Knuth's method; the means used here are small.
        var limit = Math.Exp(-Math.Min(mean, 50));
        var k = 0;
        var product = random.NextDouble();
        while (product > limit && k < 1000)
        {
            k++;
            product *= random.NextDouble();
        }

        return k;
    }

    /// <summary>SplitMix64: a fixed, runtime-independent sequence for a seed.</summary>
    private sealed class SplitMix(long seed)
    {
        private ulong _state = unchecked((ulong)seed);

        public double NextDouble()
        {
            _state += 0x9E3779B97F4A7C15UL;
            var z = _state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (z >> 11) * (1.0 / (1UL << 53));
        }

        public double NextGaussian()
        {
            var u1 = 1.0 - NextDouble();
            var u2 = NextDouble();
            return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        }
    }
}
