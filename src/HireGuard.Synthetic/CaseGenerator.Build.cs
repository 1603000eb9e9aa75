using System.Collections.Concurrent;
using System.Globalization;
using HireGuard.Signals;

namespace HireGuard.Synthetic;

/// <summary>Turns a profile into a <see cref="HiringCase"/> and its label.</summary>
internal sealed partial class CaseGenerator
{
    private static readonly string[] UserAgents =
    [
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
        "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    ];

    private static readonly ConcurrentDictionary<string, TimeZoneInfo?> Zones = new(StringComparer.Ordinal);

    private SyntheticRecord Build(Profile p)
    {
        var r = p.Random;
        var claimed = p.Person.Home;
        var facilitated = p.Facilitator is { } farm && farm.ReceivesLaptop;

        // Laptop-farm personas usually claim the farm's address as home (DEV.SHIP_ADDRESS_CLUSTER);
        // the rest ship to the farm from a claimed address elsewhere (DEV.SHIP_ADDRESS_MISMATCH).
        var shipMismatch = Has(p, Signal.ShipAddressMismatch);
        var residence = new ClaimedResidence
        {
            Street = p.Person.Street,
            City = claimed.City,
            Region = claimed.Region,
            PostalCode = p.Person.PostalCode,
            Country = claimed.Country,
            TimeZone = claimed.TimeZone,
        };
        if (facilitated && !shipMismatch && !p.FacilitatorSelf && p.Facilitator!.Place.Country == claimed.Country)
        {
            var f = p.Facilitator!;
            residence = new ClaimedResidence { Street = f.Street, City = f.Place.City, Region = f.Place.Region, PostalCode = f.PostalCode, Country = f.Place.Country, TimeZone = f.Place.TimeZone };
            claimed = f.Place;
        }
        else if (p.FacilitatorSelf)
        {
            var f = p.Facilitator!;
            residence = new ClaimedResidence { Street = f.Street, City = f.Place.City, Region = f.Place.Region, PostalCode = f.PostalCode, Country = f.Place.Country, TimeZone = f.Place.TimeZone };
            claimed = f.Place;
        }

        if (Has(p, Signal.SdnCounterparty))
        {
            p.Sanctioned = p.Class == CaseClass.Legit ? 3 : r.Next(3);
        }

        p.PersonalDevice = "device-" + r.Hex(12);
        p.Satellite = p.HomeIp is null && Is(p, "rural_satellite") && r.Chance(PopulationTables.SatelliteShareOfRural);
        p.HomeIp ??= p.Satellite
            ? NetworkPlan.AddressIn(NetworkKind.Satellite, r)
            : NetworkPlan.Residential(claimed, r.Chance(PopulationTables.Ipv4HomeShare), NextHost(claimed), p.Person.Key);
        var timeline = new Timeline(p.AppliedAt, r);
        var sessions = new List<Session>();
        var interviews = new List<Interview>();
        var documents = new List<IdentityDocument>();
        var shipments = new List<Shipment>();
        var payroll = new List<PayrollInstruction>();
        Employment? employment = null;
        RecordCheckResult ssnCheck = RecordCheckResult.NotRun;

        ApplicationSessions(p, claimed, timeline, sessions);
        if (p.StageReached >= 1)
        {
            InterviewStage(p, claimed, timeline, sessions, interviews);
        }

        if (p.StageReached >= 2)
        {
            ssnCheck = Onboarding(p, claimed, residence, timeline, documents, shipments, payroll);
        }

        if (p.StageReached >= 3)
        {
            employment = EmploymentStage(p, claimed, timeline, sessions);
        }

        var candidate = Candidate(p, residence, ssnCheck, claimed.Country == "US");
        var hiringCase = new HiringCase
        {
            CaseId = p.CaseId,
            Context = new CaseContext
            {
                Stage = (CaseStage)p.StageReached,
                RequisitionId = string.Create(CultureInfo.InvariantCulture, $"req-{p.Employer:D3}-{p.AppliedAt.Year}"),
                CryptoNativeEmployer = p.CryptoEmployer,
            },
            Candidate = candidate,
            Documents = documents,
            Sessions = sessions,
            Shipments = shipments,
            Payroll = payroll,
            Interviews = interviews,
            Employment = employment,
        };
        return new SyntheticRecord(hiringCase, Label(p, timeline.Last.AddDays(r.Between(1, 30))));
    }

    /// <summary>Draws a signal from the §6.4 column, raised by the record's archetypes and drifted over simulated time (§6.6).</summary>
    private static bool Has(Profile p, Signal signal) => p.Random.Chance(Rate(p, signal));

    private static double Rate(Profile p, Signal signal)
    {
        var rate = PopulationTables.Signals[signal].For(p.Tier);
        foreach (var archetype in p.Archetypes)
        {
            rate = archetype.Rate(signal, rate);
        }

        if (p.Class == CaseClass.Dprk)
        {
            rate *= signal switch
            {
                Signal.CameraAvoidance => Lerp(PopulationTables.CameraAvoidanceDriftStart, PopulationTables.CameraAvoidanceDriftEnd, p.Time),
                Signal.AstrillPost => Lerp(1.0, PopulationTables.AstrillPostDriftEnd, p.Time),
                Signal.SyntheticMedia => Lerp(PopulationTables.DeepfakeStart, PopulationTables.DeepfakeEnd, p.Time) / ((PopulationTables.DeepfakeStart + PopulationTables.DeepfakeEnd) / 2),
                _ => 1.0,
            };
            if (PopulationTables.IdentityTypeFactors.TryGetValue(p.IdentityType, out var factors) && factors.TryGetValue(signal, out var factor))
            {
                rate *= factor;
            }

            if (p.EuropeanRole && signal == Signal.ClaimDocumentInconsistency)
            {
                rate *= PopulationTables.EuropeanPersonaDocumentFactor;
            }
        }

        if (p.CryptoEmployer && signal == Signal.CryptoPayout && p.Class != CaseClass.Dprk)
        {
            // The §6.4 crypto row is for non-web3 employers; at crypto-native employers crypto pay is ordinary.
            rate = Math.Max(rate, 0.25);
        }

        return Math.Clamp(rate, 0, 1);
    }

    private static double Lerp(double a, double b, double t) => a + ((b - a) * t);

    private SyntheticLabel Label(Profile p, DateTimeOffset decidedAt)
    {
        var r = p.Random;
        var truth = p.Class switch
        {
            CaseClass.Dprk => SyntheticOutcome.ConfirmedDprk,
            CaseClass.OtherFraud => SyntheticOutcome.OtherFraud,
            _ => SyntheticOutcome.Cleared,
        };
        var outcome = truth;
        if (_options.LabelNoise)
        {
            if (truth == SyntheticOutcome.ConfirmedDprk)
            {
                var undetected = p.Tier == Tier.High ? PopulationTables.UndetectedHigh : PopulationTables.UndetectedOther;
                if (r.Chance(undetected))
                {
                    outcome = SyntheticOutcome.Cleared;
                }
            }
            else if (truth == SyntheticOutcome.OtherFraud)
            {
                // Relabel other fraud as DPRK at the rate that makes ≈7 % of DPRK labels really other fraud (§6.9).
                var share = PopulationTables.DprkLabelsReallyOtherFraud;
                var otherFraud = _rates.OtherFraud;
                var rate = otherFraud <= 0 ? 0 : share / (1 - share) * _dprkShare / otherFraud;
                if (r.Chance(rate))
                {
                    outcome = SyntheticOutcome.ConfirmedDprk;
                }
            }
        }

        var evaluation = new List<KeyValuePair<string, string>>
        {
            new("true_outcome", OutcomeText(truth)),
            new("sex", p.Person.Sex),
            new("national_origin_group", p.Person.Origin.Name),
            new("citizenship", p.Person.Citizenship),
            new("immigrant_status", p.Person.ImmigrantStatus),
            new("disability", p.Person.Disability ? "yes" : "no"),
            new("primary_language", p.Person.Language),
            new("age_band", AgeBand(p.Person.DateOfBirth, p.AppliedAt)),
            new("stage_reached", StageText(p.StageReached)),
            new("sophistication", p.Sophistication switch { 0 => "low", 1 => "mid", 2 => "high", _ => string.Empty }),
            new("identity_type", p.Class == CaseClass.Dprk ? p.IdentityType : string.Empty),
            new("facilitator", p.Facilitator?.Id ?? string.Empty),
            new("cell_location", p.Cell?.LocationName ?? string.Empty),
        };
        return new SyntheticLabel
        {
            CaseId = p.CaseId,
            Outcome = outcome,
            DecidedAt = decidedAt,
            Group = p.Group,
            Segment = p.Segment,
            TrueOutcome = truth,
            SimulatedTime = p.Time,
            Evaluation = evaluation,
        };
    }

    internal static string OutcomeText(SyntheticOutcome outcome) => outcome switch
    {
        SyntheticOutcome.ConfirmedDprk => "confirmed_dprk",
        SyntheticOutcome.OtherFraud => "other_fraud",
        _ => "cleared",
    };

    private static string StageText(int stage) => stage switch
    {
        0 => "application",
        1 => "interview",
        2 => "onboarding",
        _ => "employment",
    };

    private static string AgeBand(DateOnly dob, DateTimeOffset at)
    {
        var age = at.Year - dob.Year;
        return age switch
        {
            < 30 => "under_30",
            < 40 => "30_39",
            < 50 => "40_49",
            _ => "50_plus",
        };
    }

    private static int? Offset(string timeZone, DateTimeOffset at)
    {
        var zone = Zones.GetOrAdd(timeZone, static id => TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found) ? found : null);
        return zone is null ? null : (int)zone.GetUtcOffset(at).TotalMinutes;
    }

    /// <summary>A moment during working hours (09:00–18:00) in a time zone, on the day of <paramref name="day"/>.</summary>
    private static DateTimeOffset WorkingHours(SyntheticRandom r, DateTimeOffset day, string timeZone, bool anyHour)
    {
        var offset = Offset(timeZone, day) ?? 0;
        var localMidnight = new DateTimeOffset(day.UtcDateTime.Date, TimeSpan.Zero);
        var minutes = anyHour ? r.Next(24 * 60) : r.Between(9 * 60, (18 * 60) - 1);
        return localMidnight.AddMinutes(minutes - offset);
    }
}
