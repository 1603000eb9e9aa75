using BenchmarkDotNet.Attributes;
using HireGuard.Sanctions;
using HireGuard.Scoring;
using HireGuard.Signals;

namespace HireGuard.Benchmarks.Scoring;

/// <summary>
/// The inline call of an HR/ATS vendor: evaluate one realistic case on a shared engine (rules only,
/// no reference data). The laptop-farm case fires 13 indicators; the ordinary hire fires the
/// risk-reducing ones; the screened variant adds sanctions screening of every party (candidate,
/// employers, references, payout holders, banks, wallets) against the embedded DPRK excerpt; reading
/// the JSON is measured separately.
/// </summary>
public class EvaluateBenchmark
{
    private RiskEngine _engine = null!;
    private RiskEngine _screeningEngine = null!;
    private HiringCase _laptopFarm = null!;
    private HiringCase _ordinary = null!;
    private string _laptopFarmJson = null!;
    private RiskAssessment _assessment = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = RiskEngine.CreateBuilder().Build();
        _screeningEngine = RiskEngine.CreateBuilder()
            .UseSanctionsScreener(SanctionsScreener.Create(new SanctionsOptions { UseEmbeddedExcerpt = true }))
            .Build();
        _laptopFarmJson = BenchmarkCases.Json("03-laptop-farm");
        _laptopFarm = HiringCaseJson.Read(_laptopFarmJson).Case;
        _ordinary = HiringCaseJson.Read(BenchmarkCases.Json("01-ordinary-hire")).Case;
        _assessment = _engine.Evaluate(_laptopFarm);
    }

    [Benchmark(Baseline = true, Description = "Evaluate laptop-farm case")]
    public RiskAssessment EvaluateLaptopFarm() => _engine.Evaluate(_laptopFarm);

    [Benchmark(Description = "Evaluate ordinary hire")]
    public RiskAssessment EvaluateOrdinary() => _engine.Evaluate(_ordinary);

    [Benchmark(Description = "Evaluate laptop-farm case, screened")]
    public RiskAssessment EvaluateLaptopFarmScreened() => _screeningEngine.Evaluate(_laptopFarm);

    [Benchmark(Description = "Read JSON (laptop-farm)")]
    public HiringCaseReadResult ReadJson() => HiringCaseJson.Read(_laptopFarmJson);

    [Benchmark(Description = "Assessment to JSON")]
    public string WriteJson() => _assessment.ToJson();
}
