using System.Runtime.CompilerServices;

namespace HireGuard.Sanctions;

/// <summary>A name after <see cref="NameNormalizer"/>: weighted tokens plus what kind of name it is.</summary>
internal sealed class NormalizedName
{
    /// <summary>Initializes a new instance of the <see cref="NormalizedName"/> class.</summary>
    public NormalizedName(NameToken[] tokens, bool isOrganization, bool isKorean, bool hasFamily)
    {
        Tokens = tokens;
        IsOrganization = isOrganization;
        IsKorean = isKorean;
        HasFamily = hasFamily;
        var length = 0;
        foreach (var token in tokens)
        {
            length += token.Text.Length;
            TotalWeight += token.Weight;
            if (token.IsDistinctive)
            {
                DistinctiveCount++;
            }
        }

        Joined = BuildJoined(tokens);
        Compact = string.Create(length, tokens, static (span, state) =>
        {
            var at = 0;
            foreach (var token in state)
            {
                token.Text.AsSpan().CopyTo(span[at..]);
                at += token.Text.Length;
            }
        });
    }

    /// <summary>Gets the tokens in written order (family name first for listed individuals).</summary>
    public NameToken[] Tokens { get; }

    /// <summary>Gets whether the name reads as an organisation (legal form or generic organisation words).</summary>
    public bool IsOrganization { get; }

    /// <summary>Gets whether the name reads as a romanised Korean personal name.</summary>
    public bool IsKorean { get; }

    /// <summary>Gets whether a token is known to be the family name.</summary>
    public bool HasFamily { get; }

    /// <summary>Gets the tokens joined without separators (spacing-insensitive literal comparison).</summary>
    public string Compact { get; }

    /// <summary>Gets the sum of the token weights.</summary>
    public float TotalWeight { get; }

    /// <summary>Gets how many tokens carry identity.</summary>
    public int DistinctiveCount { get; }

    /// <summary>Gets each pair of neighbouring tokens written as one (<c>ung sun</c> → <c>ungsun</c>); entry i joins tokens i and i + 1.</summary>
    public NameToken[] Joined { get; }

    /// <summary>Gets whether normalisation left nothing to match on.</summary>
    public bool IsEmpty => Tokens.Length == 0;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static NameToken[] BuildJoined(NameToken[] tokens)
    {
        if (tokens.Length < 2)
        {
            return [];
        }

        var joined = new NameToken[tokens.Length - 1];
        for (var i = 0; i < joined.Length; i++)
        {
            var a = tokens[i];
            var b = tokens[i + 1];

            // Joining is for short parts written apart or together (Ung Sun/Ungsun, JSC ARGUMENT,
            // Abdul Rahman/Abdulrahman); long words are not (an empty unit is skipped).
            if (Math.Min(a.Text.Length, b.Text.Length) > 4 && a.Text.Length + b.Text.Length > 12)
            {
                joined[i] = new NameToken(string.Empty, string.Empty, null, NameTokenKind.Word, 0f);
                continue;
            }

            var text = a.Text + b.Text;
            var korean = a.KoreanKey is not null && b.KoreanKey is not null ? a.KoreanKey + b.KoreanKey : null;
            var kind = a.Kind == NameTokenKind.Numeric || b.Kind == NameTokenKind.Numeric ? NameTokenKind.Numeric : NameTokenKind.Word;
            joined[i] = new NameToken(text, NameNormalizer.GeneralKey(text), korean, kind, a.Weight + b.Weight);
        }

        return joined;
    }
}
