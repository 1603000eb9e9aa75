using System.Collections.Frozen;

namespace HireGuard.Synthetic;

/// <summary>
/// Every probability and distribution the generator uses, in one place. Section numbers refer to
/// INDICATORS.md §6 ("Synthetic population model"); values marked <i>assumption</i> are not in §6
/// and were set once, from the indicator's description in §3, before any model was trained. They are
/// modelling assumptions, not measured rates, and must not be tuned to flatter a model.
/// </summary>
internal static class PopulationTables
{
    // ---------------------------------------------------------------- §6.2 base rates per scenario

    /// <summary>Returns the class mix of a scenario (§6.2).</summary>
    public static BaseRates BaseRates(SyntheticScenario scenario) => scenario switch
    {
        // General remote-engineering pipeline: 0.1–0.5 % (Pindrop 1 in 343 ≈ 0.29 %); other fraud 5–15 %.
        SyntheticScenario.General => new(Dprk: 0.003, OtherFraud: 0.10, CryptoEmployer: 0.03),

        // Among hires after screening: 0.01–0.5 % (CrowdStrike ≈ one intrusion per day).
        SyntheticScenario.LowBaseRate => new(Dprk: 0.0005, OtherFraud: 0.05, CryptoEmployer: 0.03),

        // Exposed remote developer roles (crypto, security, AI): 1–10 %; crypto-native contractors 2–30 % (§6.5).
        SyntheticScenario.HighBaseRate => new(Dprk: 0.05, OtherFraud: 0.12, CryptoEmployer: 0.30),

        // Adversarial channel (certain job boards, freelance markets): 30–80 % (Cinder ≈ 80 % on some sites).
        SyntheticScenario.Adversarial => new(Dprk: 0.50, OtherFraud: 0.15, CryptoEmployer: 0.15),
        _ => throw new ArgumentOutOfRangeException(nameof(scenario), scenario, "Unknown scenario."),
    };

    /// <summary>Share of DPRK records that are a facilitator applying in their own or a rented name (§6.2 label <c>dprk_facilitator_self</c>). <i>Assumption.</i></summary>
    public const double FacilitatorSelfShare = 0.08;

    // ---------------------------------------------------------------- §6.3 latent structure

    /// <summary>Cell size: 5–30 operators (§6.3.1).</summary>
    public const int CellSizeMin = 5;

    /// <summary>Cell size upper bound (§6.3.1).</summary>
    public const int CellSizeMax = 30;

    /// <summary>Cell locations, most weight on China and Russia (§6.3.1, [S1][S37]). Time zone follows location.</summary>
    public static readonly (Place Place, string Name, double Weight)[] CellLocations =
    [
        (new("CN", "Shenyang", "LN", "Asia/Shanghai", 41.80, 123.43, "110"), "china_ne", 0.24),
        (new("CN", "Beijing", "BJ", "Asia/Shanghai", 39.90, 116.40, "100"), "china_other", 0.14),
        (new("RU", "Vladivostok", "PRI", "Asia/Vladivostok", 43.12, 131.89, "690"), "russia_far_east", 0.14),
        (new("RU", "Moscow", "MOW", "Europe/Moscow", 55.76, 37.62, "101"), "moscow", 0.10),
        (new("LA", "Vientiane", "VT", "Asia/Vientiane", 17.97, 102.60, "010"), "laos", 0.08),
        (new("AE", "Dubai", "DU", "Asia/Dubai", 25.20, 55.27, "000"), "uae", 0.07),
        (new("VN", "Ho Chi Minh City", "SG", "Asia/Ho_Chi_Minh", 10.82, 106.63, "700"), "se_asia", 0.08),
        (new("NG", "Lagos", "LA", "Africa/Lagos", 6.52, 3.38, "100"), "africa", 0.05),
        (new("KP", "Pyongyang", "01", "Asia/Pyongyang", 39.03, 125.75, "000"), "dprk", 0.10),
    ];

    /// <summary>Operator sophistication low / mid / high (§6.3.2).</summary>
    public static readonly double[] SophisticationWeights = [0.4, 0.4, 0.2];

    /// <summary>Personas per operator: lognormal, median 4, 95th percentile ≈ 20 (GTIG ≥12, GitLab 21; §6.3.2).</summary>
    public const double PersonasMedian = 4.0;

    /// <summary>Log-scale spread giving a 95th percentile of 20 at median 4: ln(5) / 1.645.</summary>
    public const double PersonasSigma = 0.978;

    /// <summary>Cap on personas per operator.</summary>
    public const int PersonasMax = 40;

    /// <summary>Share of DPRK targets that are non-US (European) roles: Okta saw 27 % outside the US [S25] (§1).</summary>
    public const double EuropeanRoleShare = 0.27;

    /// <summary>Identity type for US roles: stolen / rented / synthetic / fabricated (§6.3.3).</summary>
    public static readonly double[] IdentityTypeUs = [0.45, 0.20, 0.25, 0.10];

    /// <summary>Identity type for European roles: more synthetic personas claiming third countries (§6.3.3). <i>Assumption</i> for the exact split.</summary>
    public static readonly double[] IdentityTypeEurope = [0.20, 0.10, 0.50, 0.20];

    /// <summary>Facilitator attached for US W-2 roles: 0.7 × (s ≠ low) (§6.3.4).</summary>
    public const double FacilitatorAttach = 0.7;

    /// <summary>Devices hosted per facilitator: lognormal median 4.5, spread 1.0, so the mean is ≈7.4 (≈200 computers over 29 farms [S11]), P(K ≤ 10) ≈ 0.8 and the tail reaches 50–100 (Chapman &gt;90 [S7]) (§6.3.4).</summary>
    public const double FarmDevicesMedian = 4.5;

    /// <summary>Log-scale spread of devices per facilitator.</summary>
    public const double FarmDevicesSigma = 1.0;

    /// <summary>Cap on devices per facilitator (Chapman &gt;90).</summary>
    public const int FarmDevicesMax = 100;

    /// <summary>Facilitator services (§6.3.4): receive the laptop.</summary>
    public const double FacilitatorReceivesLaptop = 0.95;

    /// <summary>Facilitator installs RMM software (§6.3.4).</summary>
    public const double FacilitatorInstallsRmm = 0.6;

    /// <summary>Facilitator attaches KVM-over-IP hardware (§6.3.4).</summary>
    public const double FacilitatorInstallsKvm = 0.25;

    /// <summary>Facilitator re-ships the laptop abroad (§6.3.4).</summary>
    public const double FacilitatorReships = 0.15;

    /// <summary>Facilitator opens the bank account (§6.3.4).</summary>
    public const double FacilitatorOpensAccount = 0.7;

    /// <summary>Facilitator attends a meeting or stands in (§6.3.4).</summary>
    public const double FacilitatorStandsIn = 0.1;

    /// <summary>Payout rail for US roles: facilitator-controlled US account / Payoneer-Wise-PayPal / crypto / PRC or other foreign bank (§6.3.5).</summary>
    public static readonly double[] PayoutRailUs = [0.55, 0.20, 0.15, 0.10];

    /// <summary>Payout rail for European and freelance personas: shifted towards fintech and crypto (§6.3.5). <i>Assumption</i> for the exact split.</summary>
    public static readonly double[] PayoutRailEurope = [0.25, 0.35, 0.25, 0.15];

    /// <summary>Live deepfake given the camera is used, at the start of simulated time; ≈0.25 on average [S39], rising (§6.3.6, §6.6).</summary>
    public const double DeepfakeStart = 0.15;

    /// <summary>Live deepfake given the camera is used, at the end of simulated time.</summary>
    public const double DeepfakeEnd = 0.35;

    /// <summary>Voice changer (§6.3.6, [S19]).</summary>
    public const double VoiceChanger = 0.1;

    /// <summary>Camera avoidance falls over simulated time while deepfakes rise (§6.6): multiplier at the start.</summary>
    public const double CameraAvoidanceDriftStart = 1.25;

    /// <summary>Camera-avoidance multiplier at the end of simulated time.</summary>
    public const double CameraAvoidanceDriftEnd = 0.6;

    /// <summary>Astrill stays visible before hire but fades after onboarding (§6.6): post-hire multiplier at the end of simulated time.</summary>
    public const double AstrillPostDriftEnd = 0.5;

    /// <summary>Data staging given hired, 0.1–0.3 (§6.3.8).</summary>
    public const double DataStaging = 0.2;

    /// <summary>Overlapping jobs per operator: 1–4 (§6.3.7); each job is its own record, this only sets activity hours.</summary>
    public const int OverlappingJobsMax = 4;

    // ---------------------------------------------------------------- §6.4 conditional signal table

    /// <summary>Signal probabilities per record: legit / DPRK low s / DPRK high s + facilitator (§6.4, verbatim where §6.4 lists the signal).</summary>
    public static readonly FrozenDictionary<Signal, SignalRate> Signals = new Dictionary<Signal, SignalRate>
    {
        [Signal.AnonInfraApp] = new(0.12, 0.7, 0.4),
        [Signal.AstrillApp] = new(0.002, 0.4, 0.15),
        [Signal.AstrillPost] = new(0.0005, 0.3, 0.03),
        [Signal.GeoMismatchPre] = new(0.03, 0.6, 0.25),
        [Signal.GeoMismatchPost] = new(0.03, 0.5, 0.05),
        [Signal.InputLatencyHigh] = new(0.02, 0.6, 0.7),
        [Signal.UnsanctionedRmm] = new(0.02, 0.4, 0.6),
        [Signal.IpKvm] = new(0.001, 0.05, 0.3),
        [Signal.ShipAddressMismatch] = new(0.05, 0.5, 0.25),
        [Signal.ShipAddressCluster] = new(0.005, 0.1, 0.5),
        [Signal.SharedMfa] = new(0.002, 0.2, 0.3),
        [Signal.PayoutNameMismatch] = new(0.01, 0.3, 0.2),
        [Signal.CryptoPayout] = new(0.01, 0.4, 0.1),
        [Signal.PhotoSubstitution] = new(0.002, 0.3, 0.1),
        [Signal.SsnMismatch] = new(0.01, 0.3, 0.05),
        [Signal.CrossProfileMismatch] = new(0.06, 0.6, 0.3),
        [Signal.ProfilePhotoReuse] = new(0.002, 0.3, 0.15),
        [Signal.FabricatedCodeHistory] = new(0.02, 0.35, 0.15),
        [Signal.CameraAvoidance] = new(0.04, 0.5, 0.1),
        [Signal.SyntheticMedia] = new(0.005, 0.2, 0.3),
        [Signal.PersonSwitch] = new(0.002, 0.1, 0.15),
        [Signal.InPersonAvoidance] = new(0.05, 0.7, 0.4),
        [Signal.SharedPii] = new(0.005, 0.4, 0.5),
        [Signal.TemplateReuse] = new(0.01, 0.5, 0.3),
        [Signal.ReferralChain] = new(0.01, 0.2, 0.3),

        // SAN.SDN_COUNTERPARTY: 0.00005 (name collision) / 0.01 / 0.02. Sanctioned counterparties are the
        // embedded excerpt's entities and the Andreyev wallet; at this rate only a handful of records carry one.
        [Signal.SdnCounterparty] = new(0.00005, 0.01, 0.02),

        // Not in the §6.4 table: assumptions from the §3 entries (strength and legitimate causes).
        [Signal.ImpossibleTravel] = new(0.005, 0.2, 0.05),
        [Signal.HubEgress] = new(0.002, 0.35, 0.08),
        [Signal.SharedEgress] = new(0.005, 0.3, 0.5),
        [Signal.ClaimDocumentInconsistency] = new(0.02, 0.3, 0.1),
        [Signal.UnverifiableHistory] = new(0.05, 0.6, 0.25),
        [Signal.WeakReferences] = new(0.05, 0.6, 0.3),
        [Signal.NonLiveDocument] = new(0.03, 0.4, 0.1),
        [Signal.SelfieLivenessFail] = new(0.01, 0.3, 0.1),
        [Signal.PayoutGeoInconsistent] = new(0.01, 0.1, 0.02),
        [Signal.PayoutChurn] = new(0.02, 0.25, 0.15),
        [Signal.ThinFootprint] = new(0.15, 0.6, 0.3),
        [Signal.WalletExposure] = new(0.001, 0.05, 0.05),
        [Signal.HoursInconsistent] = new(0.05, 0.4, 0.2),
        [Signal.MultiOperator] = new(0.01, 0.3, 0.35),
        [Signal.RemoteDesktopExposure] = new(0.02, 0.3, 0.4),
        [Signal.DayOneTampering] = new(0.005, 0.2, 0.25),
        [Signal.PossessionCheckFail] = new(0.005, 0.2, 0.3),
        [Signal.KnownPersonaHit] = new(0.0, 0.0, 0.0),
    }.ToFrozenDictionary();

    // ---------------------------------------------------------------- §6.6 evasion kit by identity type and target market

    /// <summary>
    /// How a DPRK record's identity type scales its signals (the evasion kit, §6.6). A rented identity's
    /// owner shows up for checks, so document and SSN checks pass but the person switches and the
    /// payout name may not match; stolen identities carry real documents (§6.4 "0.1 (rented/stolen
    /// real documents)"); synthetic and fabricated personas fail record checks and have thin histories.
    /// Factors are an <i>assumption</i> read from the §6.6 rows.
    /// </summary>
    public static readonly FrozenDictionary<string, FrozenDictionary<Signal, double>> IdentityTypeFactors = new Dictionary<string, FrozenDictionary<Signal, double>>(StringComparer.Ordinal)
    {
        ["stolen"] = Rates((Signal.PhotoSubstitution, 0.7), (Signal.SsnMismatch, 0.5), (Signal.SelfieLivenessFail, 1.2)),
        ["rented"] = Rates((Signal.PhotoSubstitution, 0.2), (Signal.SsnMismatch, 0.1), (Signal.SelfieLivenessFail, 0.3), (Signal.PersonSwitch, 2.5), (Signal.PossessionCheckFail, 2.0), (Signal.PayoutNameMismatch, 1.5), (Signal.InPersonAvoidance, 0.5)),
        ["synthetic"] = Rates((Signal.SsnMismatch, 1.8), (Signal.ThinFootprint, 1.3), (Signal.UnverifiableHistory, 1.3), (Signal.ClaimDocumentInconsistency, 1.5)),
        ["fabricated"] = Rates((Signal.SsnMismatch, 2.5), (Signal.PhotoSubstitution, 2.0), (Signal.NonLiveDocument, 1.5), (Signal.ThinFootprint, 1.5), (Signal.UnverifiableHistory, 1.5)),
        ["own"] = FrozenDictionary<Signal, double>.Empty,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The pivot to European and other non-US personas (§6.6): US-centric checks do not apply, but
    /// documents conflict with the claimed history (Serbian degrees, Slovak permits [S23]). Factor on
    /// IDD.CLAIM_DOCUMENT_INCONSISTENCY; <i>assumption</i>.
    /// </summary>
    public const double EuropeanPersonaDocumentFactor = 2.0;

    // ---------------------------------------------------------------- §6.5 look-alikes and other fraud

    /// <summary>The ordinary legitimate candidate (the remainder of the legitimate population).</summary>
    public static readonly Archetype GeneralLegit = new("general", 0.0, FrozenDictionary<Signal, double>.Empty);

    /// <summary>
    /// Legitimate look-alike archetypes with their share of the legitimate population and elevated
    /// signals (§6.5). Immigrants and people with disabilities are not drawn here: they follow from
    /// the protected attributes (drawn the same way for every class), see <see cref="ImmigrantEffects"/>
    /// and <see cref="DisabilityArchetype"/>. Crypto-native share depends on the employer (scenario).
    /// </summary>
    public static readonly Archetype[] LegitArchetypes =
    [
        new("traveller", 0.04, Rates((Signal.AnonInfraApp, 0.9), (Signal.GeoMismatchPre, 0.4), (Signal.GeoMismatchPost, 0.4), (Signal.ImpossibleTravel, 0.2), (Signal.ShipAddressMismatch, 0.2))),
        new("china_expat", 0.005, Rates((Signal.AstrillApp, 0.5), (Signal.AstrillPost, 0.5), (Signal.HubEgress, 0.4))),
        new("privacy_minded", 0.03, Rates((Signal.AnonInfraApp, 0.95), (Signal.ThinFootprint, 0.7), (Signal.CameraAvoidance, 0.15))),
        new("crypto_native", 0.0, Rates((Signal.CryptoPayout, 0.6), (Signal.WalletExposure, 0.05))),
        new("homelab", 0.01, Rates((Signal.IpKvm, 0.05), (Signal.RemoteDesktopExposure, 0.2))),
        new("rural_satellite", 0.03, Rates((Signal.InputLatencyHigh, 0.3))),
        new("household_pair", 0.005, Rates((Signal.SharedEgress, 0.9), (Signal.ShipAddressCluster, 0.9), (Signal.SharedPii, 0.9))),
        new("recent_mover", 0.03, Rates((Signal.ShipAddressMismatch, 0.5), (Signal.PayoutNameMismatch, 0.1), (Signal.CrossProfileMismatch, 0.3))),
        new("identity_theft_victim", 0.0005, Rates((Signal.KnownPersonaHit, 0.3), (Signal.SsnMismatch, 0.2))),
        new("bootcamp", 0.02, Rates((Signal.TemplateReuse, 0.3))),
        new("early_career", 0.10, Rates((Signal.ThinFootprint, 0.5))),
    ];

    /// <summary>Crypto-native contractors' share of legitimate applicants at a crypto-native employer (§6.5: 2–30 %, employer dependent).</summary>
    public const double CryptoNativeAtCryptoEmployer = 0.30;

    /// <summary>Crypto-native contractors' share elsewhere.</summary>
    public const double CryptoNativeElsewhere = 0.02;

    /// <summary>Disability or caregiver needs (§6.5, 5 %): applied to legitimate applicants whose protected disability attribute is set, with this probability.</summary>
    public static readonly Archetype DisabilityArchetype = new("disability_caregiver", 0.85, Rates((Signal.CameraAvoidance, 0.3), (Signal.InPersonAvoidance, 0.3), (Signal.HoursInconsistent, 0.3)));

    /// <summary>
    /// Immigrant / visa holder / international graduate effects (§6.5), applied to everyone whose
    /// immigrant status is not "citizen by birth", in every class alike: the lawful correlation the
    /// disparate-impact tests must catch (§6.8).
    /// </summary>
    public static readonly Archetype ImmigrantEffects = new("immigrant", 0.0, Rates((Signal.ClaimDocumentInconsistency, 0.15), (Signal.UnverifiableHistory, 0.1), (Signal.PayoutGeoInconsistent, 0.05), (Signal.CrossProfileMismatch, 0.15)));

    /// <summary>Other-fraud sub-types and their shares of other fraud (§6.5; shares are an <i>assumption</i>).</summary>
    public static readonly Archetype[] OtherFraudTypes =
    [
        new("proxy_interviewer", 0.30, Rates((Signal.PersonSwitch, 0.6), (Signal.CameraAvoidance, 0.2), (Signal.PossessionCheckFail, 0.1))),
        new("ai_cheater", 0.30, Rates((Signal.TemplateReuse, 0.3), (Signal.SyntheticMedia, 0.05))),
        new("identity_thief", 0.20, Rates((Signal.PhotoSubstitution, 0.5), (Signal.SsnMismatch, 0.5), (Signal.SelfieLivenessFail, 0.5), (Signal.NonLiveDocument, 0.5), (Signal.PayoutNameMismatch, 0.3), (Signal.PayoutChurn, 0.2))),
        new("overemployed", 0.20, Rates((Signal.UnsanctionedRmm, 0.2), (Signal.HoursInconsistent, 0.4), (Signal.MultiOperator, 0.2), (Signal.CameraAvoidance, 0.1))),
    ];

    /// <summary>Challenge-action failures of AI-assisted answers (BEH.ASSISTED_ANSWERS has no field; AI cheaters fail live follow-ups): probability of two or more failures.</summary>
    public const double AiCheaterChallengeFailures = 0.8;

    // ---------------------------------------------------------------- funnel and timeline (§6.1)

    /// <summary>Furthest stage reached, legitimate: application / interview / onboarding / employment. <i>Assumption</i> (a typical funnel).</summary>
    public static readonly double[] StageLegit = [0.45, 0.30, 0.10, 0.15];

    /// <summary>Furthest stage reached, other fraud. <i>Assumption.</i></summary>
    public static readonly double[] StageOtherFraud = [0.40, 0.35, 0.10, 0.15];

    /// <summary>Furthest stage reached, DPRK: they interview well (Okta: &gt;6,500 first interviews) and detection takes from minutes to years (§6.1). <i>Assumption.</i></summary>
    public static readonly double[] StageDprk = [0.30, 0.30, 0.15, 0.25];

    /// <summary>Interview rounds: 1–4 over 1–4 weeks (§6.1).</summary>
    public const int InterviewRoundsMax = 4;

    /// <summary>Onboarding length in days: 1–2 weeks (§6.1).</summary>
    public const int OnboardingDaysMin = 7;

    /// <summary>Onboarding length upper bound in days.</summary>
    public const int OnboardingDaysMax = 14;

    // ---------------------------------------------------------------- §6.9 label noise

    /// <summary>Share of recorded DPRK labels that are really other fraud: 5–10 % (§6.9); other fraud is relabelled at the rate that yields about 7 % of DPRK labels.</summary>
    public const double DprkLabelsReallyOtherFraud = 0.07;

    /// <summary>Confirmed DPRK records labelled cleared because they were never detected (§6.9, SEAL Story 2), for sophisticated operators with a facilitator.</summary>
    public const double UndetectedHigh = 0.15;

    /// <summary>Never-detected share for other DPRK records.</summary>
    public const double UndetectedOther = 0.05;

    // ---------------------------------------------------------------- §6.8 protected attributes (same for every class)

    /// <summary>Sex: female / male / undisclosed. <i>Assumption</i> (tech applicant pool).</summary>
    public static readonly (string Name, double Weight)[] Sex = [("female", 0.30), ("male", 0.68), ("undisclosed", 0.02)];

    /// <summary>Immigrant status: citizen by birth / naturalised / visa holder; 20 % immigrants (§6.5: 10–20 % in tech roles).</summary>
    public static readonly (string Name, double Weight)[] ImmigrantStatus = [("citizen_by_birth", 0.80), ("naturalized", 0.07), ("visa_holder", 0.13)];

    /// <summary>Share with a disability or caregiver needs (§6.5: 5 %; a little higher so ≈5 % of legitimate applicants fall in the archetype).</summary>
    public const double Disability = 0.06;

    /// <summary>Citizens by birth whose primary language is the heritage language rather than the local one. <i>Assumption.</i></summary>
    public const double HeritageLanguageAmongCitizens = 0.15;

    /// <summary>
    /// National-origin groups with their naming cultures. Names, like every protected attribute, are
    /// drawn from this one distribution for every class: DPRK personas use real people's stolen
    /// identities and made-up ones from every background (§0, §6.8).
    /// </summary>
    public static readonly OriginGroup[] OriginGroups =
    [
        new("european", 0.36, ["GB", "DE", "FR", "IE", "IT"], "european_language",
            ["James", "Michael", "David", "Thomas", "Lukas", "Paul", "Marco", "Liam"],
            ["Emma", "Sarah", "Laura", "Anna", "Sophie", "Giulia", "Claire", "Megan"],
            ["Smith", "Miller", "Walker", "Schmidt", "Weber", "Martin", "Rossi", "Murphy", "Taylor", "Becker"]),
        new("latin_american", 0.10, ["MX", "BR", "CO", "AR"], "spanish_portuguese",
            ["José", "Carlos", "Diego", "Mateus", "Andrés", "Luis"],
            ["María", "Camila", "Fernanda", "Valeria", "Lucía", "Beatriz"],
            ["García", "Hernández", "Silva", "Rodríguez", "Pérez", "Souza", "Gómez", "Torres"]),
        new("east_asian", 0.14, ["CN", "KR", "JP", "TW"], "east_asian_language",
            ["Wei", "Min-jun", "Haruto", "Jun", "Hao", "Kenji"],
            ["Mei", "Seo-yeon", "Yui", "Xin", "Ji-woo", "Sakura"],
            ["Wang", "Chen", "Kim", "Park", "Sato", "Tanaka", "Liu", "Lee"]),
        new("south_asian", 0.16, ["IN", "PK", "BD"], "south_asian_language",
            ["Arjun", "Rahul", "Vikram", "Imran", "Karthik", "Amit"],
            ["Priya", "Ananya", "Sneha", "Ayesha", "Lakshmi", "Neha"],
            ["Sharma", "Patel", "Reddy", "Khan", "Iyer", "Gupta", "Rahman", "Nair"]),
        new("southeast_asian", 0.06, ["VN", "PH", "ID"], "southeast_asian_language",
            ["Minh", "Jose", "Budi", "Tuan", "Mark", "Rizky"],
            ["Linh", "Maria", "Siti", "Trang", "Angelica", "Dewi"],
            ["Nguyen", "Tran", "Santos", "Reyes", "Wijaya", "Pham", "Cruz", "Saputra"]),
        new("middle_eastern_north_african", 0.05, ["EG", "MA", "TR", "IR"], "mena_language",
            ["Omar", "Youssef", "Mehmet", "Ali", "Karim", "Reza"],
            ["Fatima", "Nour", "Ayşe", "Leila", "Yasmin", "Sara"],
            ["Hassan", "Ibrahim", "Yılmaz", "Haddad", "Karimi", "Mansour", "Demir", "Saleh"]),
        new("sub_saharan_african", 0.06, ["NG", "KE", "GH", "ET"], "african_language",
            ["Chinedu", "Kwame", "Tunde", "Daniel", "Kofi", "Emeka"],
            ["Ngozi", "Amara", "Wanjiku", "Abena", "Chioma", "Hana"],
            ["Okafor", "Mensah", "Otieno", "Adeyemi", "Kamau", "Bekele", "Eze", "Owusu"]),
        new("eastern_european", 0.07, ["UA", "PL", "RO", "RS"], "slavic_romance_language",
            ["Oleksandr", "Piotr", "Andrei", "Marko", "Dmytro", "Tomasz"],
            ["Olena", "Katarzyna", "Ioana", "Milica", "Natalia", "Agnieszka"],
            ["Shevchenko", "Nowak", "Popescu", "Jovanović", "Kowalski", "Bondarenko", "Ionescu", "Petrović"]),
    ];

    // ---------------------------------------------------------------- places

    /// <summary>Where US-role candidates claim to live (and legitimate ones do live).</summary>
    public static readonly Place[] UsPlaces =
    [
        new("US", "New York", "NY", "America/New_York", 40.71, -74.01, "100"),
        new("US", "Atlanta", "GA", "America/New_York", 33.75, -84.39, "303"),
        new("US", "Nashville", "TN", "America/Chicago", 36.16, -86.78, "372"),
        new("US", "Austin", "TX", "America/Chicago", 30.27, -97.74, "787"),
        new("US", "Minneapolis", "MN", "America/Chicago", 44.98, -93.27, "554"),
        new("US", "Denver", "CO", "America/Denver", 39.74, -104.99, "802"),
        new("US", "Phoenix", "AZ", "America/Phoenix", 33.45, -112.07, "850"),
        new("US", "Seattle", "WA", "America/Los_Angeles", 47.61, -122.33, "981"),
        new("US", "San Diego", "CA", "America/Los_Angeles", 32.72, -117.16, "921"),
        new("CA", "Toronto", "ON", "America/Toronto", 43.65, -79.38, "M5V"),
    ];

    /// <summary>Where European-role candidates claim to live (third countries included: Serbian degrees, Slovak permits [S23]).</summary>
    public static readonly Place[] EuropePlaces =
    [
        new("GB", "London", "LND", "Europe/London", 51.51, -0.13, "EC1"),
        new("DE", "Berlin", "BE", "Europe/Berlin", 52.52, 13.40, "101"),
        new("NL", "Amsterdam", "NH", "Europe/Amsterdam", 52.37, 4.90, "101"),
        new("PL", "Warsaw", "14", "Europe/Warsaw", 52.23, 21.01, "00-"),
        new("RS", "Belgrade", "00", "Europe/Belgrade", 44.79, 20.45, "110"),
        new("SK", "Bratislava", "BL", "Europe/Bratislava", 48.15, 17.11, "811"),
    ];

    /// <summary>Travel destinations of travellers and digital nomads.</summary>
    public static readonly Place[] TravelPlaces =
    [
        new("PT", "Lisbon", "11", "Europe/Lisbon", 38.72, -9.14, "110"),
        new("MX", "Mexico City", "CMX", "America/Mexico_City", 19.43, -99.13, "060"),
        new("TH", "Bangkok", "10", "Asia/Bangkok", 13.76, 100.50, "102"),
        new("ES", "Barcelona", "CT", "Europe/Madrid", 41.39, 2.17, "080"),
        new("CO", "Medellín", "ANT", "America/Bogota", 6.24, -75.58, "050"),
        new("JP", "Tokyo", "13", "Asia/Tokyo", 35.68, 139.69, "100"),
    ];

    /// <summary>Where China expats live.</summary>
    public static readonly Place ChinaExpatPlace = new("CN", "Shanghai", "SH", "Asia/Shanghai", 31.23, 121.47, "200");

    // ---------------------------------------------------------------- rendering signals into fields (assumptions)
    // How a drawn signal shows in the case, and which checks employers run. Cosmetic variety that is
    // the same for every class (degree names, reference roles, name order) stays in the generator.

    /// <summary>Share of rural applicants on a satellite link (the rest on ordinary broadband).</summary>
    public const double SatelliteShareOfRural = 0.6;

    /// <summary>Share of home connections seen over IPv4 (the rest IPv6).</summary>
    public const double Ipv4HomeShare = 0.3;

    /// <summary>Share of travellers who declare their trip (declared travel suppresses geo findings, §6.5).</summary>
    public const double TravelDeclared = 0.5;

    /// <summary>Share of facilitators applying themself under a rented identity (the rest in their own name).</summary>
    public const double FacilitatorSelfRented = 0.5;

    /// <summary>Share of Astrill sessions whose endpoint names the VPN client.</summary>
    public const double AstrillClientNamed = 0.5;

    /// <summary>Tor among a privacy-minded engineer's anonymised sessions.</summary>
    public const double TorAmongPrivacyMinded = 0.3;

    /// <summary>Residential proxies among a sophisticated operator's anonymised sessions (harder to flag than a VPN).</summary>
    public const double ResidentialProxyAmongSophisticated = 0.5;

    /// <summary>Consumer VPN rather than hosting among the remaining anonymised sessions.</summary>
    public const double ConsumerVpnVsHosting = 0.6;

    /// <summary>Share of consumer-VPN sessions whose endpoint names the VPN client.</summary>
    public const double VpnClientNamed = 0.4;

    /// <summary>Share of a farm laptop's sessions still through Astrill when Astrill on the corporate device is drawn.</summary>
    public const double AstrillAtFarm = 0.3;

    /// <summary>Consumer VPN rather than a residential proxy for an operator's laptop without a farm.</summary>
    public const double ConsumerVpnVsResidentialProxyAfterHire = 0.5;

    /// <summary>One (harmless) failed challenge action in an ordinary interview round.</summary>
    public const double SingleChallengeFailure = 0.1;

    /// <summary>Share of a farm persona's pre-hire sessions that already leave through the farm's connection.</summary>
    public const double FarmEgressBeforeHire = 0.5;

    /// <summary>Share of a cell's un-proxied sessions that leave through the cell office's shared address (the rest from a home line in the same city).</summary>
    public const double CellOfficeEgress = 0.7;

    /// <summary>Share of a relocated laptop's sessions with the browser in the local time zone.</summary>
    public const double RelocatedDeviceLocalZone = 0.6;

    /// <summary>Share of interview rounds where the employer offers an in-person step.</summary>
    public const double InPersonOffered = 0.3;

    /// <summary>Share of offered in-person steps declined without an avoidance pattern (scheduling).</summary>
    public const double InPersonDeclinedOtherwise = 0.05;

    /// <summary>Share of synthetic-media rounds that also fail two or more challenge actions.</summary>
    public const double SyntheticChallengeFailures = 0.6;

    /// <summary>Share of synthetic-media interview sessions showing a virtual camera.</summary>
    public const double SyntheticVirtualCamera = 0.5;

    /// <summary>Virtual camera in an ordinary interview session (background-effects software).</summary>
    public const double VirtualCameraOtherwise = 0.002;

    /// <summary>Liveness failure given a failed selfie check (the rest: low selfie match).</summary>
    public const double LivenessFailGivenSelfieFail = 0.4;

    /// <summary>Camera injection detected given a failed selfie check by an operator or identity thief.</summary>
    public const double InjectionGivenSelfieFail = 0.3;

    /// <summary>Share of failed SSN record checks that report a deceased holder (the rest: mismatch).</summary>
    public const double DeceasedShareOfSsnFailures = 0.2;

    /// <summary>Share of operators without a farm who insist on BYOD/VDI and receive no laptop (§6.6).</summary>
    public const double ByodWithoutFarm = 0.3;

    /// <summary>Share of employers that check the laptop's serial number with the hire.</summary>
    public const double EmployerSerialCheck = 0.4;

    /// <summary>Share of employers that verify payout-account ownership.</summary>
    public const double EmployerOwnershipCheck = 0.3;

    /// <summary>Freight forwarder on a laptop a farm re-ships abroad.</summary>
    public const double ReshipForwarder = 0.5;

    /// <summary>Mail drop on a fraudulent mismatched delivery address.</summary>
    public const double FraudMailDrop = 0.4;

    /// <summary>Freight forwarder on a fraudulent mismatched delivery address.</summary>
    public const double FraudForwarder = 0.3;

    /// <summary>Hold-for-pickup on a fraudulent mismatched delivery address.</summary>
    public const double FraudHoldForPickup = 0.2;

    /// <summary>Re-routing requests on a fraudulent mismatched delivery address.</summary>
    public const double FraudReroute = 0.3;

    /// <summary>Hold-for-pickup on a legitimate mismatched delivery address.</summary>
    public const double LegitHoldForPickup = 0.05;

    /// <summary>Cell e-mail address used as the candidate's, given shared PII.</summary>
    public const double SharedEmailGivenSharedPii = 0.5;

    /// <summary>Cell phone number used as the candidate's, given shared PII.</summary>
    public const double SharedPhoneGivenSharedPii = 0.7;

    /// <summary>An operator's crypto payout to one of the cell's wallets without a drawn shared-instrument signal.</summary>
    public const double CellWalletOtherwise = 0.5;

    /// <summary>A benign low-severity EDR finding in the first weeks, any class.</summary>
    public const double BenignEdrFinding = 0.05;

    // ---------------------------------------------------------------- field values

    /// <summary>Typical input latency of a local session, p50 in ms (lognormal median, including the device's own round trip of ≈20 ms); <i>assumption</i>.</summary>
    public const double LocalLatencyMedianMs = 45;

    /// <summary>Input latency of a remote-controlled session (RMM or KVM from abroad), p50 in ms (lognormal median, of which ≈60 ms is the device's local share); <i>assumption</i>. Legitimate look-alikes with high latency (rural, §6.5) get a satellite link instead: a slow line, not a second hop.</summary>
    public const double RemoteLatencyMedianMs = 320;

    /// <summary>Remote-access tools legitimate IT and operators alike use (DEV.UNSANCTIONED_RMM names; see LOLRMM [T6]).</summary>
    public static readonly string[] RemoteAccessTools = ["AnyDesk", "TeamViewer", "Chrome Remote Desktop", "RustDesk", "Splashtop", "Parsec"];

    /// <summary>KVM-over-IP devices as they enumerate over USB (DEV.IP_KVM_HARDWARE, [T8]).</summary>
    public static readonly (string Name, string VendorId, string ProductId, string[] Classes)[] KvmDevices =
    [
        ("PiKVM Composite Gadget", "1d6b", "0104", ["hid", "massstorage"]),
        ("TinyPilot Keyboard", "1d6b", "0104", ["hid"]),
        ("JetKVM", "1d6b", "0104", ["hid", "massstorage", "audio"]),
        ("USB Composite Device", "0000", "0000", ["hid", "massstorage", "video"]),
    ];

    /// <summary>Ordinary peripherals anyone plugs in.</summary>
    public static readonly (string Name, string VendorId, string ProductId, string[] Classes)[] OrdinaryUsbDevices =
    [
        ("Logitech USB Receiver", "046d", "c52b", ["hid"]),
        ("Apple Magic Keyboard", "05ac", "0267", ["hid"]),
        ("Jabra Evolve2 65", "0b0e", "24b8", ["audio", "hid"]),
        ("Logitech BRIO", "046d", "085e", ["video", "audio"]),
        ("SanDisk Ultra", "0781", "5583", ["massstorage"]),
    ];

    /// <summary>Fintech and payment platforms (§1: Payoneer, Wise, PayPal).</summary>
    public static readonly string[] Fintechs = ["Payoneer", "Wise", "PayPal"];

    /// <summary>US banks named on domestic payout instructions.</summary>
    public static readonly string[] UsBanks = ["First Synthetic Bank", "Example Federal Credit Union", "Sample National Bank", "Demo Savings Bank"];

    /// <summary>Free-mail domains: legitimate people use them too.</summary>
    public static readonly string[] FreeMail = ["gmail.com", "outlook.com", "proton.me", "yahoo.com"];

    /// <summary>Share of legitimate candidates on free mail (the rest on a personal domain under <c>example</c> names).</summary>
    public const double FreeMailShare = 0.85;

    /// <summary>Names of the embedded OFAC excerpt a sanctioned counterparty takes (SAN.SDN_COUNTERPARTY): front companies as a claimed employer, a listed facilitator as the payout holder.</summary>
    public static readonly string[] SanctionedEmployers = ["Yanbian Silverstar Network Technology Co., Ltd.", "Volasys Silver Star", "Chinyong Information Technology Cooperation Company"];

    /// <summary>The XBT address OFAC lists for Vitaliy Andreyev, who laundered DPRK IT-worker crypto (embedded excerpt).</summary>
    public const string AndreyevWallet = "1HmqvgSXUVES1jn4TQPzk9dxo1NE8wim2T";

    /// <summary>A listed individual's name as a payout holder (SAN.SDN_COUNTERPARTY via a listed facilitator).</summary>
    public const string SanctionedHolder = "Vitaliy Sergeyevich Andreyev";

    private static FrozenDictionary<Signal, double> Rates(params (Signal Signal, double Rate)[] rates) =>
        rates.ToFrozenDictionary(r => r.Signal, r => r.Rate);
}
