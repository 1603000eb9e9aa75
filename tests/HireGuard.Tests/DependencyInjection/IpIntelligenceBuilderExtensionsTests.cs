using HireGuard.DependencyInjection;
using HireGuard.IpIntelligence;
using HireGuard.Scoring;
using HireGuard.Signals;
using HireGuard.Tests.IpIntelligence;
using HireGuard.Tests.TestUtilities;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HireGuard.Tests.DependencyInjection;

public sealed class IpIntelligenceBuilderExtensionsTests : IDisposable
{
    private readonly TemporaryDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void AddIpIntelligence_ListsAndBuiltInSpace_ShareOneServiceAndReachTheEngine()
    {
        var list = Path.Combine(_temp.Path, "astrill.txt");
        File.WriteAllText(list, "# exits\n198.51.100.0/24\n");
        var services = new ServiceCollection().AddHireGuard(b => b.AddIpIntelligence(o => o.Lists.Add(new IpListOptions { Path = list, Label = "astrill" })));
        using var provider = services.BuildServiceProvider();

        var engine = provider.GetRequiredService<RiskEngine>();
        var service = provider.GetRequiredService<IpIntelligenceService>();
        var assessment = engine.Evaluate(TestCases.WithCandidate("Jordan Miller") with { Sessions = [new Session { IpAddress = "198.51.100.7" }] });

        Assert.Same(service, provider.GetRequiredService<IIpIntelligence>());
        Assert.Equal("astrill", Assert.Single(service.Lookup(System.Net.IPAddress.Parse("198.51.100.7")).ListMatches).Label);
        Assert.Contains(assessment.Provenance.DataSources, s => s.Name == "astrill.txt");
    }

    [Fact]
    public void AddIpIntelligence_FromConfiguration_BindsNestedListsAndDatabases()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Ip:Lists:0:Path"] = "/data/tor.txt",
                ["Ip:Lists:0:Label"] = "tor-exit",
                ["Ip:Databases:0:Path"] = "/data/city.mmdb",
                ["Ip:Databases:0:FieldPaths:CountryIsoCode"] = "country_code",
                ["Ip:IncludeDprkAddressSpace"] = "false",
            })
            .Build();
        var services = new ServiceCollection().AddHireGuard(b => b.AddIpIntelligence(configuration.GetSection("Ip")));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<IpIntelligenceOptions>>().Value;

        Assert.Equal(("/data/tor.txt", "tor-exit"), (options.Lists[0].Path, options.Lists[0].Label));
        Assert.Equal("/data/city.mmdb", options.Databases[0].Path);
        Assert.Equal("country_code", options.Databases[0].FieldPaths["CountryIsoCode"]);
        Assert.False(options.IncludeDprkAddressSpace);
    }

    [Fact]
    public void AddIpIntelligence_InvalidOptions_FailOnResolveNamingTheField()
    {
        var services = new ServiceCollection().AddHireGuard(b => b.AddIpIntelligence(o => o.Lists.Add(new IpListOptions { Path = "x.txt", Label = "Not A Label" })));
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<RiskEngine>());

        Assert.Contains(ex.Failures, f => f.Contains("Lists[0].Label", StringComparison.Ordinal));
    }

    [Fact]
    public void AddIpIntelligence_MissingFile_FailsResolutionInsteadOfScoringWithoutData()
    {
        var services = new ServiceCollection().AddHireGuard(b => b.AddIpIntelligence(o => o.Databases.Add(new MmdbDatabaseOptions { Path = Path.Combine(_temp.Path, "absent.mmdb") })));
        using var provider = services.BuildServiceProvider();

        Assert.ThrowsAny<IOException>(() => provider.GetRequiredService<RiskEngine>());
    }
}
