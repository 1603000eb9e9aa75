using System.Runtime.CompilerServices;
using HireGuard.Evidence;

namespace HireGuard.Sanctions;

/// <summary>
/// Everything one generation of loaded lists needs for screening: the entries, the name index, the
/// exact wallet and identifier maps and the linked-entity names. Built once, never changed, and
/// swapped as a whole on reload.
/// </summary>
internal sealed class ScreeningSnapshot
{
    private ScreeningSnapshot(
        IReadOnlyList<SanctionsListData> lists,
        SanctionsEntry[] entries,
        NameIndex index,
        Dictionary<string, List<(int Entry, ListedWallet Wallet)>> wallets,
        Dictionary<string, List<(int Entry, ListedIdentifier Identifier)>> identifiers,
        LinkedName[][] linked)
    {
        Data = lists;
        Lists = lists.Select(l => l.Info).ToArray();
        Entries = entries;
        Index = index;
        Wallets = wallets;
        Identifiers = identifiers;
        Linked = linked;
    }

    /// <summary>Gets the loaded lists.</summary>
    public IReadOnlyList<SanctionsListData> Data { get; }

    /// <summary>Gets the provenance of the loaded lists.</summary>
    public IReadOnlyList<DataSourceInfo> Lists { get; }

    /// <summary>Gets every entry of every list.</summary>
    public SanctionsEntry[] Entries { get; }

    /// <summary>Gets the name index.</summary>
    public NameIndex Index { get; }

    /// <summary>Gets the entries holding each wallet, keyed on <see cref="WalletAddress.Key"/>.</summary>
    public Dictionary<string, List<(int Entry, ListedWallet Wallet)>> Wallets { get; }

    /// <summary>Gets the entries holding each identifier, keyed on <see cref="IdentifierKey.Of"/>.</summary>
    public Dictionary<string, List<(int Entry, ListedIdentifier Identifier)>> Identifiers { get; }

    /// <summary>Gets, per entry, the parties it is linked to (its own <c>Linked To</c> and entries linking to it).</summary>
    public LinkedName[][] Linked { get; }

    /// <summary>Builds a snapshot.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ScreeningSnapshot Build(IReadOnlyList<SanctionsListData> lists)
    {
        var entries = lists.SelectMany(l => l.Entries).ToArray();
        var index = NameIndex.Build(entries);

        var wallets = new Dictionary<string, List<(int, ListedWallet)>>(StringComparer.Ordinal);
        var identifiers = new Dictionary<string, List<(int, ListedIdentifier)>>(StringComparer.Ordinal);
        for (var e = 0; e < entries.Length; e++)
        {
            foreach (var wallet in entries[e].Wallets)
            {
                Add(wallets, wallet.Key, (e, wallet));
            }

            foreach (var identifier in entries[e].Identifiers)
            {
                if (identifier.Key.Length >= IdentifierKey.MinMatchLength)
                {
                    Add(identifiers, identifier.Key, (e, identifier));
                }
            }
        }

        return new ScreeningSnapshot(lists, entries, index, wallets, identifiers, BuildLinks(entries, index));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static LinkedName[][] BuildLinks(SanctionsEntry[] entries, NameIndex index)
    {
        var links = new List<LinkedName>[entries.Length];
        for (var e = 0; e < entries.Length; e++)
        {
            links[e] = [];
        }

        var byName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var primaries = new NormalizedName?[entries.Length];
        foreach (var name in index.Names)
        {
            Add(byName, name.Normalized.Compact, name.Entry);
            if (name.Name.Kind == ListedNameKind.Primary)
            {
                primaries[name.Entry] = name.Normalized;
            }
        }

        for (var e = 0; e < entries.Length; e++)
        {
            foreach (var target in entries[e].LinkedTo)
            {
                var normalized = NameNormalizer.Normalize(target, SanctionsPartyKind.Unknown, familyFirst: true);
                if (normalized.IsEmpty)
                {
                    continue;
                }

                links[e].Add(new LinkedName(target, normalized));

                // The other direction: the linked party's entry is linked to this one.
                if (byName.TryGetValue(normalized.Compact, out var targets))
                {
                    foreach (var t in targets.Distinct())
                    {
                        if (t != e)
                        {
                            if (primaries[e] is { } primary)
                            {
                                links[t].Add(new LinkedName(entries[e].PrimaryName, primary));
                            }
                        }
                    }
                }
            }
        }

        return links.Select(l => l.ToArray()).ToArray();
    }

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key, TValue value)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map.Add(key, list);
        }

        list.Add(value);
    }
}
