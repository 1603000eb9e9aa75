using System.Globalization;
using System.Net;
using HireGuard.IpIntelligence;
using HireGuard.Sanctions;
using HireGuard.Scoring;
using HireGuard.Signals;
using HireGuard.Synthetic;
using HireGuard.Tests.TestUtilities;

namespace HireGuard.Tests.Synthetic;

/// <summary>What <see cref="SyntheticPopulation.Write"/> produces: determinism, the output contract, and cases that run through the real engine.</summary>
public sealed class SyntheticPopulationWriteTests
{
    private static readonly string[] Outcomes = ["cleared", "confirmed_dprk", "other_fraud"];

    private static readonly Lazy<string> Written = new(() =>
    {
        var directory = TempDirectory("written");
        SyntheticPopulation.Write(new SyntheticPopulationOptions { Count = Count, Seed = 11, Scenario = SyntheticScenario.HighBaseRate, DprkShareOverride = 0.25 }, directory);
        return directory;
    });

    private const int Count = 2000;

    private static string TempDirectory(string name)
    {
        var path = Path.Combine(Path.GetTempPath(), "hireguard-synthetic-tests", name + "-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        return path;
    }

    [Fact]
    public void Write_SameSeed_GivesByteIdenticalFiles_AndAnotherSeedDiffers()
    {
        var options = new SyntheticPopulationOptions { Count = 800, Seed = 5, Scenario = SyntheticScenario.Adversarial };
        var a = TempDirectory("same-a");
        var b = TempDirectory("same-b");
        var c = TempDirectory("other-seed");

        SyntheticPopulation.Write(options, a);
        SyntheticPopulation.Write(options, b);
        SyntheticPopulation.Write(new SyntheticPopulationOptions { Count = 800, Seed = 6, Scenario = SyntheticScenario.Adversarial }, c);

        foreach (var file in new[] { "cases.jsonl", "labels.csv", "manifest.json", "reference/ip.mmdb", "reference/lists/astrill.txt" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(a, file)), File.ReadAllBytes(Path.Combine(b, file)));
        }

        Assert.NotEqual(File.ReadAllBytes(Path.Combine(a, "cases.jsonl")), File.ReadAllBytes(Path.Combine(c, "cases.jsonl")));
        Assert.NotEqual(File.ReadAllBytes(Path.Combine(a, "labels.csv")), File.ReadAllBytes(Path.Combine(c, "labels.csv")));
    }

    [Fact]
    public void Written_Cases_ReadBackWithZeroWarnings_AndMatchTheLabels()
    {
        var directory = Written.Value;

        var lines = File.ReadAllLines(Path.Combine(directory, "cases.jsonl"));
        var labels = File.ReadAllLines(Path.Combine(directory, "labels.csv"));
        Assert.Equal(Count, lines.Length);
        Assert.Equal(lines.Length + 1, labels.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var read = HiringCaseJson.Read(lines[i]);
            Assert.True(read.Warnings.Count == 0, $"line {i + 1}: {string.Join("; ", read.Warnings.Select(w => w.Pointer + " " + w.Message))}");
            Assert.Equal(labels[i + 1].Split(',')[0], read.Case.CaseId);
        }
    }

    [Fact]
    public void Written_Labels_FollowTheContract()
    {
        var labels = File.ReadAllLines(Path.Combine(Written.Value, "labels.csv"));

        var header = labels[0].Split(',');
        Assert.StartsWith(SyntheticPopulation.LabelsHeader + ",eval_", labels[0], StringComparison.Ordinal);
        Assert.All(header.Skip(5), h => Assert.StartsWith("eval_", h, StringComparison.Ordinal));
        foreach (var row in labels.Skip(1))
        {
            var fields = row.Split(',');
            Assert.Equal(header.Length, fields.Length);
            Assert.Contains(fields[1], Outcomes);
            Assert.True(DateTimeOffset.TryParseExact(fields[2], "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _), fields[2]);
            Assert.False(string.IsNullOrEmpty(fields[3]));
            Assert.False(string.IsNullOrEmpty(fields[4]));
        }

        var dprkGroups = labels.Skip(1).Select(l => l.Split(',')).Where(f => f[5] == "confirmed_dprk").Select(f => f[3]).ToList();
        Assert.All(dprkGroups, g => Assert.StartsWith("cell-", g, StringComparison.Ordinal));
    }

    [Fact]
    public void Written_Manifest_RecordsSeedScenarioAndCounts()
    {
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Written.Value, "manifest.json")));

        var root = manifest.RootElement;
        Assert.Equal(11, root.GetProperty("seed").GetInt32());
        Assert.Equal("high_base_rate", root.GetProperty("scenario").GetString());
        Assert.True(root.GetProperty("dprkShareOverridden").GetBoolean());
        Assert.Equal(Count, root.GetProperty("outcomes").EnumerateObject().Sum(p => p.Value.GetInt32()));
        Assert.Equal(Count, root.GetProperty("segments").EnumerateObject().Sum(p => p.Value.GetInt32()));
        Assert.Equal(SyntheticPopulation.GeneratorVersion, root.GetProperty("generatorVersion").GetString());
    }

    [Fact]
    public void ReferenceData_ReadByIpIntelligenceService_ClassifiesTheSyntheticRanges()
    {
        using var ip = IpIntelligenceService.Create(SyntheticPopulation.CreateIpIntelligenceOptions(Written.Value), new FixedTimeProvider());

        var residential = ip.Lookup(IPAddress.Parse("198.18.0.10"));
        var astrill = ip.Lookup(IPAddress.Parse("198.51.100.20"));
        var tor = ip.Lookup(IPAddress.Parse("198.51.100.130"));
        var dprk = ip.Lookup(IPAddress.Parse("175.45.176.9"));
        Assert.Empty(ip.Warnings);
        Assert.Equal("US", residential.Geolocation?.CountryCode);
        Assert.Equal("America/New_York", residential.Geolocation?.TimeZone);
        Assert.False(residential.Anonymity?.IsAnonymous ?? false);
        Assert.True(astrill.Anonymity?.IsVpn);
        Assert.Equal("Astrill", astrill.Anonymity?.ProviderName);
        Assert.Contains(astrill.ListMatches, m => m.Label == "astrill");
        Assert.True(tor.Anonymity?.IsTorExit);
        Assert.Contains(tor.ListMatches, m => m.Label == "tor-exit");
        Assert.Contains(dprk.ListMatches, m => m.Label == DprkAddressSpace.Label);
    }

    [Fact]
    public void Written_Cases_EveryAddressIsCoveredByTheReferenceData()
    {
        using var ip = IpIntelligenceService.Create(SyntheticPopulation.CreateIpIntelligenceOptions(Written.Value), new FixedTimeProvider());

        foreach (var line in File.ReadLines(Path.Combine(Written.Value, "cases.jsonl")))
        {
            foreach (var session in HiringCaseJson.Read(line).Case.Sessions)
            {
                var result = ip.Lookup(IPAddress.Parse(session.IpAddress!));
                Assert.True(result.Geolocation?.CountryCode is not null, session.IpAddress);
            }
        }
    }

    [Fact]
    public void Written_Cases_RunThroughTheRealEngine_AndDprkScoresHigherThanCleared()
    {
        using var ip = IpIntelligenceService.Create(SyntheticPopulation.CreateIpIntelligenceOptions(Written.Value), new FixedTimeProvider());
        var engine = RiskEngine.CreateBuilder()
            .UseIpIntelligence(ip)
            .UseSanctionsScreener(SanctionsScreener.Create(new SanctionsOptions { UseEmbeddedExcerpt = true }))
            .UseTimeProvider(new FixedTimeProvider())
            .Build();
        var labels = File.ReadLines(Path.Combine(Written.Value, "labels.csv")).Skip(1).Select(l => l.Split(',')).ToDictionary(f => f[0], f => f[5]);

        var scores = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(Written.Value, "cases.jsonl")))
        {
            var read = HiringCaseJson.Read(line);
            var assessment = engine.Evaluate(read);
            Assert.Empty(assessment.Warnings);
            var truth = labels[read.Case.CaseId];
            if (!scores.TryGetValue(truth, out var list))
            {
                scores[truth] = list = [];
            }

            list.Add(assessment.Score);
        }

        Assert.True(scores["confirmed_dprk"].Average() > scores["cleared"].Average() + 5, $"dprk {scores["confirmed_dprk"].Average():0.0} vs cleared {scores["cleared"].Average():0.0}");
    }
}
