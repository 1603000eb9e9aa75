namespace HireGuard.Sanctions;

/// <summary>What screening found about one entry before it becomes a <see cref="SanctionsHit"/>.</summary>
internal sealed class HitDraft(int entry)
{
    /// <summary>Gets the entry's index in the snapshot.</summary>
    public int Entry { get; } = entry;

    /// <summary>Gets or sets the best name similarity found, or a negative number when no name matched.</summary>
    public double NameSimilarity { get; set; } = -1;

    /// <summary>Gets or sets the listed name that matched best.</summary>
    public string? MatchedName { get; set; }

    /// <summary>Gets or sets the wallet address that matched exactly.</summary>
    public string? MatchedWallet { get; set; }

    /// <summary>Gets or sets the identifier that matched exactly.</summary>
    public string? MatchedIdentifier { get; set; }

    /// <summary>Gets the strong corroborations (each alone makes a strong name hit definitive).</summary>
    public List<string> Strong { get; } = [];

    /// <summary>Gets the weak corroborations (two are needed).</summary>
    public List<string> Weak { get; } = [];

    /// <summary>Gets the contradicting details.</summary>
    public List<string> Conflicts { get; } = [];

    /// <summary>Gets or sets how much the contradicting details lower the match score.</summary>
    public double Penalty { get; set; }

    /// <summary>Gets whether an identifier (wallet or number) matched exactly.</summary>
    public bool IsIdentifierMatch => MatchedWallet is not null || MatchedIdentifier is not null;

    /// <summary>Gets or sets a value indicating whether the matched name is the entry's primary name.</summary>
    public bool MatchedPrimary { get; set; }

    /// <summary>Offers a name match; keeps the best, preferring the primary name on a tie.</summary>
    public void OfferName(string listedName, bool primary, double similarity)
    {
        if (similarity > NameSimilarity || (similarity == NameSimilarity && primary && !MatchedPrimary))
        {
            NameSimilarity = similarity;
            MatchedName = listedName;
            MatchedPrimary = primary;
        }
    }

    /// <summary>Adds a strong corroboration once.</summary>
    public void AddStrong(string what)
    {
        if (!Strong.Contains(what))
        {
            Strong.Add(what);
        }
    }

    /// <summary>Adds a weak corroboration once.</summary>
    public void AddWeak(string what)
    {
        if (!Weak.Contains(what))
        {
            Weak.Add(what);
        }
    }
}
