namespace HireGuard.Sanctions;

/// <summary>
/// Curated word lists that decide how much a name token counts: legal forms (folded to one
/// compare form), generic organisation words, name particles and honorifics. A curated list keeps
/// scores independent of which list happens to be loaded.
/// </summary>
internal static class NameVocabulary
{
    private static readonly Dictionary<string, string> LegalForms = BuildLegalForms();

    private static readonly HashSet<string> GenericOrgWords = new(StringComparer.Ordinal)
    {
        "trading", "trade", "traders", "general", "international", "intl", "internacional", "group", "grupo", "groupe",
        "holding", "holdings", "technology", "technologies", "tech", "information", "network", "networks",
        "industry", "industries", "industrial", "enterprise", "enterprises", "service", "services", "solutions", "systems",
        "system", "global", "national", "development", "investment", "investments", "import", "export", "shipping",
        "logistics", "commercial", "commerce", "united", "associated", "associates", "partners", "management",
        "consulting", "construction", "engineering", "energy", "oil", "gas", "petroleum", "marine", "maritime",
        "resources", "capital", "finance", "financial", "bank", "banking", "insurance", "company", "corporation",
        "agency", "office", "center", "centre", "institute", "foundation", "association", "organization",
        "organisation", "factory", "plant", "works", "computer", "software", "cooperation", "cooperative", "joint",
        "venture", "economic", "foreign", "affairs", "ministry", "department", "bureau", "trust", "import-export",
        "transport", "airlines", "air", "aviation", "manufacturing", "production", "products", "supply", "materials",
        "chemical", "chemicals", "electronics", "electronic", "equipment", "machinery", "metals", "mining", "steel",
        "korea", "korean", "chosun", "choson", "dprk", "china", "chinese", "russia", "russian", "iran", "iranian",
        "syria", "syrian", "hong", "kong", "shenyang", "dandong", "pyongyang", "beijing", "shanghai", "moscow",
        "tehran", "dubai", "asia", "asian", "europe", "european", "america", "american", "middle", "east", "far",
        "sea", "ocean", "star", "new", "first", "golden", "great", "royal", "union", "federal", "state", "public",
        "private", "open", "closed", "stock", "limited", "liability", "sociedad", "societe", "gesellschaft",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "al", "el", "bin", "ben", "ibn", "bint", "binti", "bte", "de", "da", "di", "del", "della", "der", "den", "van",
        "von", "la", "le", "du", "dos", "das", "do", "y", "e", "the", "of", "and", "for", "und", "et", "en", "ul", "ud",
        "ur", "uddin", "a", "an", "des", "les", "los", "las",
    };

    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "sheikh", "shaikh", "sheik",
        "shaykh", "haji", "hajji", "hadji", "mullah", "mulla", "maulana", "maulvi", "mawlawi", "sayyid", "syed",
        "general", "gen", "colonel", "col", "lieutenant", "lt", "captain", "capt", "brigadier", "commander",
        "admiral", "sergeant", "sgt", "imam", "ayatollah", "hojatoleslam", "rev", "reverend", "father", "st", "jr",
        "sr", "junior", "senior", "ii", "iii", "so-called", "called",
    };

    /// <summary>
    /// Multi-token legal forms written out in words, folded to their abbreviation. Order matters:
    /// longer phrases first.
    /// </summary>
    private static readonly string[][] LegalPhrases =
    [
        ["public", "joint", "stock", "company", "pjsc"],
        ["open", "joint", "stock", "company", "ojsc"],
        ["closed", "joint", "stock", "company", "cjsc"],
        ["joint", "stock", "company", "jsc"],
        ["limited", "liability", "company", "llc"],
        ["limited", "liability", "partnership", "llp"],
        ["limited", "partnership", "lp"],
        ["public", "limited", "company", "plc"],
        ["gesellschaft", "mit", "beschrankter", "haftung", "gmbh"],
        ["societe", "anonyme", "sa"],
        ["sociedad", "anonima", "sa"],
        ["sociedade", "anonima", "sa"],
        ["societa", "per", "azioni", "spa"],
        ["sociedad", "de", "responsabilidad", "limitada", "srl"],
        ["societe", "a", "responsabilite", "limitee", "sarl"],
        ["sp", "z", "o", "o", "spzoo"],
        ["sa", "de", "cv", "sadecv"],
        ["s", "de", "rl", "sderl"],
        ["co", "ltd", "coltd"],
        ["company", "limited", "coltd"],
        ["sdn", "bhd", "sdnbhd"],
        ["pty", "ltd", "ptyltd"],
        ["pte", "ltd", "pteltd"],
        ["obshchestvo", "s", "ogranichennoi", "otvetstvennostyu", "ooo"],
        ["obshchestvo", "s", "ogranichennoy", "otvetstvennostyu", "ooo"],
        ["aktsionernoe", "obshchestvo", "ao"],
        ["tovarystvo", "z", "obmezhenoyu", "vidpovidalnistyu", "tov"],
    ];

    /// <summary>Returns the compare form of a legal-form token, or null when it is not one.</summary>
    public static string? LegalForm(string token) => LegalForms.TryGetValue(token, out var form) ? form : null;

    /// <summary>Gets whether a token is a generic organisation word (weighted down in organisation names).</summary>
    public static bool IsGeneric(string token) => GenericOrgWords.Contains(token);

    /// <summary>Gets whether a token is a name particle (al, bin, de, of, the …).</summary>
    public static bool IsParticle(string token) => Particles.Contains(token);

    /// <summary>Gets whether a token is a title or honorific that says nothing about identity.</summary>
    public static bool IsHonorific(string token) => Honorifics.Contains(token);

    /// <summary>Gets the legal-form phrases (words then the folded form as the last element).</summary>
    public static IReadOnlyList<string[]> Phrases => LegalPhrases;

    private static Dictionary<string, string> BuildLegalForms()
    {
        string[][] groups =
        [
            ["llc", "llc", "lc", "fzllc"],
            ["ltd", "ltd", "limited", "ltda", "limitada", "limitee"],
            ["inc", "inc", "incorporated"],
            ["corp", "corp", "corporation", "corporacion", "korporatsiya"],
            ["co", "co", "company", "compania", "compagnie", "cia", "cie", "kompaniya"],
            ["coltd", "coltd"],
            ["plc", "plc"],
            ["gmbh", "gmbh", "mbh"],
            ["ag", "ag", "aktiengesellschaft", "akg"],
            ["sa", "sa", "sae", "saa", "sal", "sas", "sasu", "sapi"],
            ["sarl", "sarl", "srl", "sro", "spol"],
            ["bv", "bv", "bvba", "nv", "cv"],
            ["ab", "ab", "aps", "as", "asa", "oy", "oyj", "se"],
            ["spa", "spa"],
            ["kg", "kg", "kgaa", "ohg"],
            ["jsc", "jsc", "ojsc", "pjsc", "cjsc", "oao", "zao", "pao", "ao", "jscb", "cjscb", "ojscb"],
            ["ooo", "ooo", "tov", "too"],
            ["lp", "lp", "llp"],
            ["pte", "pte", "pteltd"],
            ["pty", "pty", "ptyltd"],
            ["bhd", "bhd", "sdn", "sdnbhd"],
            ["kk", "kk"],
            ["fze", "fze", "fzco", "fzc", "fz", "dmcc", "wll", "est", "establishment"],
            ["spzoo", "spzoo"],
            ["sadecv", "sadecv", "sderl"],
            ["eirl", "eirl", "eireli", "sl", "sll"],
        ];

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            for (var i = 1; i < group.Length; i++)
            {
                map[group[i]] = group[0];
            }
        }

        return map;
    }
}
