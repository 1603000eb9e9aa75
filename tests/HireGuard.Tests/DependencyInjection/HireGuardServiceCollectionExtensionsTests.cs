using HireGuard.DependencyInjection;
using HireGuard.Scoring;
using HireGuard.Tests.TestUtilities;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HireGuard.Tests.DependencyInjection;

public sealed class HireGuardServiceCollectionExtensionsTests
{
    [Fact]
    public void AddHireGuard_ResolvesASingletonEngineUsingTheContainersClock()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FixedTimeProvider());

        var returned = services.AddHireGuard();
        using var provider = services.BuildServiceProvider();

        Assert.Same(services, returned);
        var engine = provider.GetRequiredService<RiskEngine>();
        Assert.Same(engine, provider.GetRequiredService<RiskEngine>());
        Assert.Equal(FixedTimeProvider.Default, engine.Evaluate(TestCases.Empty()).EvaluatedAt);
    }

    [Fact]
    public void AddHireGuard_CalledTwice_RegistersOnce()
    {
        var services = new ServiceCollection();

        services.AddHireGuard().AddHireGuard(b => b.Configure(o => o.Scoring.PriorProbability = 0.01));

        Assert.Single(services, d => d.ServiceType == typeof(RiskEngine));
        Assert.Equal(2, services.Count(d => d.ServiceType == typeof(IValidateOptions<HireGuardOptions>)));
    }

    [Fact]
    public void AddHireGuard_WithRulesAndSources_WiresThemIntoTheEngine()
    {
        var screener = new FakeSanctionsScreener("X Y", HireGuard.Sanctions.SanctionsMatchConfidence.Review);
        var services = new ServiceCollection().AddHireGuard(b => b
            .AddRule<FakeSanctionsRule>()
            .UseSanctionsScreener(_ => screener)
            .UseIpIntelligence(_ => new FakeIpIntelligence([])));
        using var provider = services.BuildServiceProvider();

        var engine = provider.GetRequiredService<RiskEngine>();
        var a = engine.Evaluate(TestCases.WithCandidate("X Y"));

        Assert.Contains(engine.Rules, r => r.Id == "test.sanctions");
        Assert.Contains(a.Findings, f => f.Code == "SAN.SDN_COUNTERPARTY");
        Assert.Contains(a.Provenance.DataSources, s => s.Name == "fake-geo");
    }

    [Fact]
    public void AddHireGuard_InvalidOptions_FailOnResolveWithEveryFailure()
    {
        var services = new ServiceCollection().AddHireGuard(b => b.Configure(o =>
        {
            o.Scoring.ModelWeight = 3;
            o.Scoring.CriticalThreshold = 1;
        }));
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<RiskEngine>());

        Assert.Equal(2, ex.Failures.Count());
    }

    [Fact]
    public void Configure_FromConfigurationSection_BindsNestedOptions()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["HireGuard:Scoring:PriorProbability"] = "0.05",
            ["HireGuard:Rules:Weights:PAY.CRYPTO_PAYOUT"] = "1.5",
            ["HireGuard:Rules:ApprovedRemoteAccessTools:0"] = "TeamViewer",
        }).Build();
        var services = new ServiceCollection().AddHireGuard(b => b.Configure(configuration.GetSection("HireGuard")));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<HireGuardOptions>>().Value;

        Assert.Equal(0.05, options.Scoring.PriorProbability);
        Assert.Equal(1.5, options.Rules.Weights["PAY.CRYPTO_PAYOUT"]);
        Assert.Equal(["TeamViewer"], options.Rules.ApprovedRemoteAccessTools);
        Assert.NotNull(provider.GetRequiredService<RiskEngine>());
    }
}
