namespace HireGuard.Synthetic;

/// <summary>
/// A small, seeded pseudo-random generator (SplitMix64 stream): the only source of randomness in the
/// generator. Each case draws from its own stream derived from the population seed and the case
/// index, so one case's draws never shift another's and the output is the same on every platform
/// (unlike <see cref="Random"/>, whose algorithm is not guaranteed across .NET versions).
/// </summary>
internal sealed class SyntheticRandom
{
    private ulong _state;

    /// <summary>Initializes a new instance of the <see cref="SyntheticRandom"/> class from a seed and stream keys.</summary>
    /// <param name="seed">The population seed.</param>
    /// <param name="stream">The stream (e.g. a purpose tag).</param>
    /// <param name="index">The index within the stream (e.g. the case number).</param>
    public SyntheticRandom(int seed, ulong stream, long index)
    {
        _state = Mix(Mix((ulong)(uint)seed ^ 0x5DEECE66DUL) ^ Mix(stream + 0x9E3779B97F4A7C15UL) ^ Mix((ulong)index * 0xD1B54A32D192ED03UL));
    }

    /// <summary>Returns the next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>Returns a double in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Returns an integer in [0, <paramref name="maxExclusive"/>).</summary>
    public int Next(int maxExclusive) => maxExclusive <= 1 ? 0 : (int)(NextDouble() * maxExclusive);

    /// <summary>Returns an integer in [<paramref name="min"/>, <paramref name="maxInclusive"/>].</summary>
    public int Between(int min, int maxInclusive) => min + Next(maxInclusive - min + 1);

    /// <summary>Returns a double in [<paramref name="min"/>, <paramref name="max"/>).</summary>
    public double Uniform(double min, double max) => min + (NextDouble() * (max - min));

    /// <summary>Returns true with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => p > 0 && NextDouble() < p;

    /// <summary>Returns a standard normal draw (Box–Muller).</summary>
    public double Normal()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Returns a lognormal draw with the given median and log-scale spread.</summary>
    public double LogNormal(double median, double sigma) => median * Math.Exp(sigma * Normal());

    /// <summary>Returns a beta-like score in [0, 1] centred on <paramref name="mean"/> (clamped normal).</summary>
    public double Score(double mean, double spread) => Math.Clamp(mean + (spread * Normal()), 0.0, 1.0);

    /// <summary>Picks an index with probability proportional to <paramref name="weights"/>.</summary>
    public int Pick(ReadOnlySpan<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights)
        {
            total += w;
        }

        var u = NextDouble() * total;
        for (var i = 0; i < weights.Length; i++)
        {
            u -= weights[i];
            if (u < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    /// <summary>Picks one item uniformly.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Returns <paramref name="count"/> lower-case hexadecimal digits.</summary>
    public string Hex(int count)
    {
        return string.Create(count, this, static (span, random) =>
        {
            const string Digits = "0123456789abcdef";
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = Digits[random.Next(16)];
            }
        });
    }

    /// <summary>Returns <paramref name="count"/> decimal digits.</summary>
    public string Digits(int count)
    {
        return string.Create(count, this, static (span, random) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)('0' + random.Next(10));
            }
        });
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
