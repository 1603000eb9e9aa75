using HireGuard.DependencyInjection;
using HireGuard.Sanctions;
using HireGuard.Scoring;
using HireGuard.Signals;
using HireGuard.Tests.TestUtilities;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HireGuard.Tests.DependencyInjection;

public sealed class SanctionsBuilderExtensionsTests
{
    private static readonly HiringCase PaysAndreyev = TestCases.WithCandidate("Jordan Miller") with
    {
        Payroll = [new PayrollInstruction { Rail = PayoutRail.Crypto, WalletAddress = "1HmqvgSXUVES1jn4TQPzk9dxo1NE8wim2T" }],
    };

    [Fact]
    public void AddSanctionsScreening_EmbeddedExcerpt_ScreensEveryCaseWithOneSharedScreener()
    {
        var services = new ServiceCollection().AddHireGuard(b => b.AddSanctionsScreening(o => o.UseEmbeddedExcerpt = true));
        using var provider = services.BuildServiceProvider();

        var a = provider.GetRequiredService<RiskEngine>().Evaluate(PaysAndreyev);

        Assert.Same(provider.GetRequiredService<SanctionsScreener>(), provider.GetRequiredService<ISanctionsScreener>());
        Assert.Equal(RiskBand.Critical, a.Band);
        Assert.DoesNotContain(a.MissingSignals, m => m.Indicators.Contains("SAN.SDN_COUNTERPARTY"));
        Assert.NotNull(a.Provenance.SanctionsListDate);
    }

    [Fact]
    public void AddSanctionsScreening_FromConfiguration_BindsTheSection()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Sanctions:UseEmbeddedExcerpt"] = "true", ["Sanctions:ReviewThreshold"] = "0.8" })
            .Build();
        var services = new ServiceCollection().AddHireGuard(b => b.AddSanctionsScreening(configuration.GetSection("Sanctions")));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<SanctionsOptions>>().Value;

        Assert.True(options.UseEmbeddedExcerpt);
        Assert.Equal(0.8, options.ReviewThreshold);
    }

    [Fact]
    public void AddSanctionsScreening_NoListConfigured_FailsOnResolveNamingTheProblem()
    {
        var services = new ServiceCollection().AddHireGuard(b => b.AddSanctionsScreening(_ => { }));
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<RiskEngine>());

        Assert.Contains(ex.Failures, f => f.Contains("No sanctions list configured", StringComparison.Ordinal));
    }
}
