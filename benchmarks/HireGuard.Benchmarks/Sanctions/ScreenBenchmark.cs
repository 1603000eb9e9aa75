using BenchmarkDotNet.Attributes;
using HireGuard.Internal;
using HireGuard.Sanctions;

namespace HireGuard.Benchmarks.Sanctions;

/// <summary>
/// One screening call per operation, single-threaded, against the full 2024 SDN list with aliases
/// plus the DPRK excerpts (about 15,000 entries and 36,000 names). Ordinary candidate names are
/// the common case in hiring; listed names and their variants are the hits; a wallet is an exact
/// lookup. Each operation screens the next name of a fixed, seeded set.
/// </summary>
public class ScreenBenchmark
{
    private static readonly string[] ListedVariants =
    [
        "Kim Ung Sun", "Kim Ung-sun", "Ung Sun Kim", "Vitaly Andreev", "Vitaliy Sergeyevich Andreyev", "Korea Sinjin Trading Corporation",
        "Shenyang Geumpungri Network Technology Co., Ltd", "Chinyong IT Cooperation Company", "Jo Kyong Hun", "Kim Se Un",
    ];

    private SanctionsScreener _screener = null!;
    private SanctionsQuery[] _innocent = null!;
    private SanctionsQuery[] _listed = null!;
    private SanctionsQuery _wallet = null!;
    private NormalizedName _query = null!;
    private NormalizedName _listedName = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _screener = SanctionsScreener.Create(new SanctionsOptions { UseEmbeddedExcerpt = true }, SanctionsBenchmarkData.LoadLists());
        _innocent = PersonNameGenerator.Generate(1024, seed: 7).Select(p => new SanctionsQuery { Name = p.Name }).ToArray();
        _listed = ListedVariants.Select(n => new SanctionsQuery { Name = n }).ToArray();
        _wallet = new SanctionsQuery { WalletAddress = "1HmqvgSXUVES1jn4TQPzk9dxo1NE8wim2T" };
        _query = NameNormalizer.Normalize("Vitaly Andreev", SanctionsPartyKind.Unknown, familyFirst: false);
        _listedName = NameNormalizer.Normalize("ANDREYEV, Vitaliy Sergeyevich", SanctionsPartyKind.Individual, familyFirst: true);
    }

    [Benchmark(Baseline = true, Description = "Screen an ordinary candidate name")]
    public SanctionsScreeningResult ScreenInnocentName() => _screener.Screen(_innocent[_next++ & 1023]);

    [Benchmark(Description = "Screen a listed name or variant")]
    public SanctionsScreeningResult ScreenListedName() => _screener.Screen(_listed[_next++ % _listed.Length]);

    [Benchmark(Description = "Screen a wallet address")]
    public SanctionsScreeningResult ScreenWallet() => _screener.Screen(_wallet);

    [Benchmark(Description = "Normalise one name")]
    public int NormalizeName() => NameNormalizer.Normalize("Vitaliy Sergeyevich Andreyev", SanctionsPartyKind.Unknown, familyFirst: false).Tokens.Length;

    [Benchmark(Description = "Score one name pair")]
    public double ScorePair() => NameMatcher.Score(_query, _listedName);
}
