using HireGuard.Linkage;

namespace HireGuard.Tests.TestUtilities;

/// <summary>An in-memory linkage store for engine tests.</summary>
public sealed class FakeLinkageStore : ILinkageStore
{
    private readonly Dictionary<string, LinkageRecord> _records = [];

    public List<LinkageRecord> Received { get; } = [];

    public ValueTask<LinkageResult> LinkAsync(LinkageRecord record, CancellationToken cancellationToken = default)
    {
        Received.Add(record);
        _records[record.CaseId] = record;
        var matches = new List<LinkageMatch>();
        foreach (var key in record.Keys)
        {
            var peers = _records.Values.Where(r => r.CaseId != record.CaseId && r.Keys.Any(k => k.Kind == key.Kind && k.KeyedHash == key.KeyedHash)).Select(r => r.CaseId).ToList();
            if (peers.Count > 0)
            {
                matches.Add(new LinkageMatch(key.Kind, key.SourcePointer, peers.Count + 1, peers));
            }
        }

        return ValueTask.FromResult(new LinkageResult { Matches = matches });
    }

    public ValueTask<int> EraseAsync(string caseId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_records.Remove(caseId) ? 1 : 0);
}
