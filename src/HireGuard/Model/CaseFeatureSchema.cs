using System.Collections.Frozen;
using HireGuard.Rules;

namespace HireGuard.Model;

/// <summary>
/// The versioned allow-list of features HireGuard's own models read: one per scored indicator (the
/// strongest rule finding) plus a few raw signal summaries (counts and vendor scores). Every feature
/// names the indicator code it speaks for.
/// </summary>
/// <remarks>
/// DESIGN.md §5 invariant 4: the schema is an allow-list and refuses, by name, any feature that could
/// carry a protected attribute or a known proxy for one (nationality, citizenship, ethnicity,
/// language, name origin, place or date of birth, raw countries, a foreign bank account as such, …;
/// see <see cref="ProtectedTerms"/>). The extractor reads only the inputs listed in
/// <see cref="CaseFeatureSource"/>; names, documents' nationality or issuing country, user agents,
/// phone numbers, bank countries and raw locations never reach it. Changing the feature list or what
/// a feature means requires a new <see cref="Version"/>; a model trained on another version is
/// refused when loaded. Immutable and thread-safe.
/// </remarks>
internal sealed class CaseFeatureSchema
{
    /// <summary>The version of the current schema, recorded in model files and provenance.</summary>
    public const string CurrentVersion = "hireguard.case-features/2";

    /// <summary>The prefix of finding features' names (followed by the indicator code).</summary>
    public const string FindingPrefix = "finding.";

    /// <summary>Name tokens no feature may contain (lower case; also matched against two or three adjacent tokens joined).</summary>
    public static readonly FrozenSet<string> ProtectedTerms = new[]
    {
        "nationality", "nationalities", "national", "nation", "citizenship", "citizen", "immigration", "visa", "sponsorship",
        "ethnicity", "ethnic", "race", "racial", "ancestry", "origin", "nameorigin", "appearance", "skin", "face", "accent", "dialect",
        "language", "languages", "lang", "locale", "keyboard", "keyboardlayout", "ime", "inputmethod", "script",
        "birthplace", "placeofbirth", "birth", "dateofbirth", "birthdate", "dob", "age", "gender", "sex", "religion",
        "fullname", "surname", "givenname", "givennames", "firstname", "lastname", "othernames",
        "country", "countries", "bankcountry", "issuingcountry", "foreign", "foreignbank", "remittance", "remittances",
        "korean", "korea", "chinese", "china", "asian", "discount", "belowmarket", "salary",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, int> _findingIndex;

    /// <summary>Initializes a new instance of the <see cref="CaseFeatureSchema"/> class.</summary>
    /// <param name="version">The schema version.</param>
    /// <param name="features">The features in vector order.</param>
    /// <exception cref="ArgumentException">The version is blank, a feature name is protected, repeated or malformed, or a code is not catalogued.</exception>
    public CaseFeatureSchema(string version, IReadOnlyList<CaseFeature> features)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ArgumentNullException.ThrowIfNull(features);
        var findings = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < features.Count; i++)
        {
            var feature = features[i];
            if (FindProtectedTerm(feature.Name) is { } term)
            {
                throw new ArgumentException($"Feature '{feature.Name}' is refused: '{term}' is a protected attribute or a proxy for one (DESIGN.md §5, invariant 4).", nameof(features));
            }

            if (!IndicatorCatalog.TryGet(feature.Code, out _))
            {
                throw new ArgumentException($"Feature '{feature.Name}' speaks for '{feature.Code}', which is not a catalogued indicator code.", nameof(features));
            }

            if (feature.Source == CaseFeatureSource.Finding)
            {
                if (!string.Equals(feature.Name, FindingPrefix + feature.Code, StringComparison.Ordinal) || !findings.TryAdd(feature.Code, i))
                {
                    throw new ArgumentException($"Finding feature '{feature.Name}' must be named '{FindingPrefix}{feature.Code}' and appear once.", nameof(features));
                }
            }
        }

        Version = version;
        Features = [.. features];
        Manifest = new FeatureManifest(features.Select(f => f.Name), version);
        _findingIndex = findings.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets the current schema.</summary>
    public static CaseFeatureSchema Current { get; } = CreateCurrent();

    /// <summary>Gets the schema version.</summary>
    public string Version { get; }

    /// <summary>Gets the features in vector order.</summary>
    public IReadOnlyList<CaseFeature> Features { get; }

    /// <summary>Gets the feature manifest models trained on this schema carry.</summary>
    public FeatureManifest Manifest { get; }

    /// <summary>Gets the number of features.</summary>
    public int Count => Features.Count;

    /// <summary>Returns the vector position of the finding feature for an indicator code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="index">The position.</param>
    /// <returns>Whether the schema has a finding feature for the code.</returns>
    public bool TryGetFindingIndex(string code, out int index) => _findingIndex.TryGetValue(code, out index);

    /// <summary>Returns the first protected term a feature name contains, or null.</summary>
    /// <param name="name">The feature name.</param>
    /// <returns>The term, or null when the name is allowed.</returns>
    public static string? FindProtectedTerm(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var tokens = Tokenize(name);
        for (var i = 0; i < tokens.Count; i++)
        {
            var joined = tokens[i];
            if (ProtectedTerms.Contains(joined))
            {
                return joined;
            }

            for (var j = i + 1; j < Math.Min(tokens.Count, i + 3); j++)
            {
                joined += tokens[j];
                if (ProtectedTerms.Contains(joined))
                {
                    return joined;
                }
            }
        }

        return null;
    }

    /// <summary>Splits a name into lower-case tokens at non-letters and lower-to-upper case changes.</summary>
    private static List<string> Tokenize(string name)
    {
        var tokens = new List<string>();
        var current = new System.Text.StringBuilder();
        void Flush()
        {
            if (current.Length > 0)
            {
                tokens.Add(current.ToString().ToLowerInvariant());
                current.Clear();
            }
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetter(c))
            {
                Flush();
                continue;
            }

            if (char.IsUpper(c) && i > 0 && char.IsLower(name[i - 1]))
            {
                Flush();
            }

            current.Append(c);
        }

        Flush();
        return tokens;
    }

    private static CaseFeatureSchema CreateCurrent()
    {
        var features = new List<CaseFeature>();

        // One feature per indicator that can be scored. BEH.POST_EXIT_EXTORTION is a training label, never an input.
        // Sanctions (SAN.*) are legal facts, not statistical signals: they keep their expert weights and
        // the definitive-hit override, and a model never re-weights them (version 2 dropped them).
        foreach (var d in IndicatorCatalog.All)
        {
            if (!string.Equals(d.Code, "BEH.POST_EXIT_EXTORTION", StringComparison.Ordinal) && !d.Code.StartsWith("SAN.", StringComparison.Ordinal))
            {
                features.Add(new CaseFeature(FindingPrefix + d.Code, d.Code, CaseFeatureSource.Finding));
            }
        }

        features.AddRange(
        [
            new("sessions.count", "NET.ANON_INFRA", CaseFeatureSource.SessionCount),
            new("sessions.anonymized", "NET.ANON_INFRA", CaseFeatureSource.AnonymizedSessions),
            new("sessions.anonymizedShare", "NET.ANON_INFRA", CaseFeatureSource.AnonymizedSessionShare),
            new("sessions.virtualCamera", "BEH.SYNTHETIC_MEDIA", CaseFeatureSource.VirtualCameraSessions),
            new("sessions.inputLatencyExcessMs", "NET.INPUT_LATENCY", CaseFeatureSource.InputLatencyExcess),
            new("payroll.instructions", "PAY.PAYOUT_CHURN", CaseFeatureSource.PayoutInstructions),
            new("payroll.changes", "PAY.PAYOUT_CHURN", CaseFeatureSource.PayoutChanges),
            new("payroll.cryptoRail", "PAY.CRYPTO_PAYOUT", CaseFeatureSource.CryptoPayout),
            new("interviews.minCameraOnRatio", "BEH.CAMERA_AVOIDANCE", CaseFeatureSource.MinimumCameraOnRatio),
            new("interviews.maxSyntheticMediaScore", "BEH.SYNTHETIC_MEDIA", CaseFeatureSource.MaximumSyntheticMediaScore),
            new("interviews.minPersonMatchScore", "BEH.PERSON_SWITCH", CaseFeatureSource.MinimumPersonMatchScore),
            new("interviews.challengeFailures", "BEH.SYNTHETIC_MEDIA", CaseFeatureSource.ChallengeFailures),
            new("interviews.inPersonDeclines", "BEH.IN_PERSON_AVOIDANCE", CaseFeatureSource.InPersonDeclines),
            new("documents.maxTamperScore", "IDD.PHOTO_SUBSTITUTION", CaseFeatureSource.MaximumDocumentTamperScore),
            new("documents.minSelfieMatchScore", "IDD.SELFIE_LIVENESS_FAIL", CaseFeatureSource.MinimumSelfieMatchScore),
            new("documents.injectionDetected", "IDD.SELFIE_LIVENESS_FAIL", CaseFeatureSource.InjectionDetected),
            new("shipments.rerouteRequests", "DEV.SHIP_ADDRESS_MISMATCH", CaseFeatureSource.ShipmentReroutes),
            new("shipments.mailDropOrForwarder", "DEV.SHIP_ADDRESS_MISMATCH", CaseFeatureSource.MailDropOrForwarder),
            new("employment.endpointFindings", "DEV.DAY1_TAMPERING", CaseFeatureSource.EndpointFindings),
            new("linkage.sharedAttributes", "XLINK.SHARED_PII_ARTIFACTS", CaseFeatureSource.LinkageMatches),
        ]);
        return new CaseFeatureSchema(CurrentVersion, features);
    }
}
