namespace HireGuard.Sanctions;

/// <summary>Where a listed name comes from.</summary>
internal enum ListedNameKind
{
    /// <summary>The entry's primary name.</summary>
    Primary,

    /// <summary>A strong alias (OFAC <c>alt.csv</c> a.k.a.).</summary>
    Alias,

    /// <summary>A former or new name (f.k.a., n.k.a.).</summary>
    FormerName,

    /// <summary>A weak alias (OFAC remarks <c>a.k.a. '…'</c>, low quality).</summary>
    WeakAlias,
}
