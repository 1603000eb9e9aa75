using System.Net;
using HireGuard.Evidence;
using HireGuard.IpIntelligence;

namespace HireGuard.Tests.TestUtilities;

/// <summary>An IP source answering from a dictionary.</summary>
public sealed class FakeIpIntelligence(Dictionary<string, IpIntelligenceResult> answers) : IIpIntelligence
{
    public IReadOnlyList<DataSourceInfo> Sources { get; } = [new DataSourceInfo("fake-geo", "mmdb", new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero))];

    public int Calls { get; private set; }

    public IpIntelligenceResult Lookup(IPAddress address)
    {
        Calls++;
        return answers.TryGetValue(address.ToString(), out var r) ? r : IpIntelligenceResult.NotFound;
    }
}
