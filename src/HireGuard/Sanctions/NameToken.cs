using System.Runtime.CompilerServices;

namespace HireGuard.Sanctions;

/// <summary>One normalised name token.</summary>
/// <param name="Text">The folded token (lower case, no diacritics or apostrophes, Latin script).</param>
/// <param name="Key">The transliteration-folded key (Russian/Arabic spelling variants merged).</param>
/// <param name="KoreanKey">The Korean romanisation key, when the whole name reads as Korean.</param>
/// <param name="Kind">What the token is.</param>
/// <param name="Weight">How much the token counts in a match.</param>
internal readonly record struct NameToken(string Text, string Key, string? KoreanKey, NameTokenKind Kind, float Weight)
{
    /// <summary>Gets a bit per letter a–z (and one for anything else) occurring in <see cref="Text"/> or <see cref="Key"/>.</summary>
    public uint Letters { get; } = LettersOf(Text) | LettersOf(Key) | (KoreanKey is null ? 0u : LettersOf(KoreanKey));

    /// <summary>Gets whether the token carries identity (not a particle, legal form or generic word).</summary>
    public bool IsDistinctive => Kind is NameTokenKind.Word or NameTokenKind.Family or NameTokenKind.Numeric;

    /// <summary>Computes the letter bit set of a token.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static uint LettersOf(string text)
    {
        var mask = 0u;
        foreach (var c in text)
        {
            mask |= c is >= 'a' and <= 'z' ? 1u << (c - 'a') : 1u << 31;
        }

        return mask;
    }
}
