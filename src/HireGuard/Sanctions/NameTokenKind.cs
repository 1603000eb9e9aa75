namespace HireGuard.Sanctions;

/// <summary>What a name token is, which decides how much it counts in a match.</summary>
internal enum NameTokenKind : byte
{
    /// <summary>An ordinary, distinctive name word.</summary>
    Word,

    /// <summary>A family name (known from the list's <c>SURNAME, Given</c> form or a Korean surname).</summary>
    Family,

    /// <summary>A particle such as <c>al</c>, <c>bin</c>, <c>de</c>, <c>of</c>.</summary>
    Particle,

    /// <summary>A legal form folded to its compare form (<c>corp</c>, <c>ltd</c>, <c>llc</c>).</summary>
    LegalForm,

    /// <summary>A generic organisation word (<c>trading</c>, <c>korea</c>, <c>technology</c>).</summary>
    Generic,

    /// <summary>A number or Roman numeral; matches only exactly.</summary>
    Numeric,

    /// <summary>A single letter, usually an initial.</summary>
    Initial,
}
