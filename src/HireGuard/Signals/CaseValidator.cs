using System.Globalization;
using HireGuard.Internal;

namespace HireGuard.Signals;

/// <summary>
/// Checks the values of a case that the JSON reader cannot judge (ranges, country codes, time
/// zones, dates) and returns a copy in which every invalid value is left out, with an
/// <see cref="InputWarning"/> each. Runs for every evaluation, so C# callers get the same
/// treatment as JSON callers. Parts without problems are returned as the same instances.
/// </summary>
internal sealed class CaseValidator
{
    private static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);
    private readonly List<InputWarning> _warnings;
    private readonly DateOnly _today;

    private CaseValidator(List<InputWarning> warnings, DateTimeOffset now)
    {
        _warnings = warnings;
        _today = DateOnly.FromDateTime(now.UtcDateTime);
    }

    public static HiringCase Validate(HiringCase hiringCase, DateTimeOffset now, List<InputWarning> warnings) =>
        new CaseValidator(warnings, now).Case(hiringCase);

    private HiringCase Case(HiringCase c)
    {
        var candidate = c.Candidate is null || IsClean(c.Candidate) ? c.Candidate : Candidate(c.Candidate);
        var documents = List(c.Documents, "/documents", IsClean, Document);
        var sessions = List(c.Sessions, "/sessions", IsClean, Session);
        var shipments = List(c.Shipments, "/shipments", IsClean, Shipment);
        var payroll = List(c.Payroll, "/payroll", static x => CleanCountry(x.BankCountry), Payroll);
        var interviews = List(c.Interviews, "/interviews", IsClean, Interview);
        var employment = c.Employment is null || IsCleanHours(c.Employment.InteractiveHoursPerDay) ? c.Employment : Employment(c.Employment);
        if (ReferenceEquals(candidate, c.Candidate) && ReferenceEquals(documents, c.Documents) && ReferenceEquals(sessions, c.Sessions)
            && ReferenceEquals(shipments, c.Shipments) && ReferenceEquals(payroll, c.Payroll) && ReferenceEquals(interviews, c.Interviews)
            && ReferenceEquals(employment, c.Employment))
        {
            return c;
        }

        return c with
        {
            Candidate = candidate,
            Documents = documents,
            Sessions = sessions,
            Shipments = shipments,
            Payroll = payroll,
            Interviews = interviews,
            Employment = employment,
        };
    }

    private Candidate Candidate(Candidate c)
    {
        const string P = "/candidate";
        var dob = BirthDate(c.DateOfBirth, P + "/dateOfBirth");
        var residence = c.Residence is null ? null : Residence(c.Residence);
        var travel = List(c.DeclaredTravel, P + "/declaredTravel", static t => CleanCountry(t.Country) && !(t.To < t.From), Travel);
        var nationalId = c.NationalId is { } id ? id with { Country = Country(id.Country, P + "/nationalId/country") } : null;
        var history = List(c.EmploymentHistory, P + "/employmentHistory", static e => CleanCountry(e.Country), (e, p) => e with { Country = Country(e.Country, p + "/country") });
        var profiles = List(c.Profiles, P + "/profiles", static x => !(x.Followers < 0 || x.PublicRepositories < 0 || x.ContributionsLastYear < 0), (x, p) => x with
        {
            Followers = NonNegative(x.Followers, p + "/followers"),
            PublicRepositories = NonNegative(x.PublicRepositories, p + "/publicRepositories"),
            ContributionsLastYear = NonNegative(x.ContributionsLastYear, p + "/contributionsLastYear"),
        });
        if (dob == c.DateOfBirth && Same(residence, c.Residence) && ReferenceEquals(travel, c.DeclaredTravel) && Same(nationalId, c.NationalId)
            && ReferenceEquals(history, c.EmploymentHistory) && ReferenceEquals(profiles, c.Profiles))
        {
            return c;
        }

        return c with { DateOfBirth = dob, Residence = residence, DeclaredTravel = travel, NationalId = nationalId, EmploymentHistory = history, Profiles = profiles };
    }

    private ClaimedResidence Residence(ClaimedResidence r)
    {
        var updated = r with
        {
            Country = Country(r.Country, "/candidate/residence/country"),
            TimeZone = TimeZone(r.TimeZone, "/candidate/residence/timeZone"),
            Latitude = Range(r.Latitude, -90, 90, "/candidate/residence/latitude"),
            Longitude = Range(r.Longitude, -180, 180, "/candidate/residence/longitude"),
        };
        return updated == r ? r : updated;
    }

    private DeclaredTravel? Travel(DeclaredTravel t, string p)
    {
        if (t.From is { } from && t.To is { } to && to < from)
        {
            Warn(InputWarningCodes.Inconsistent, p, "The trip ends before it starts; it was ignored.");
            return null;
        }

        var updated = t with { Country = Country(t.Country, p + "/country") };
        return updated == t ? t : updated;
    }

    private IdentityDocument Document(IdentityDocument d, string p)
    {
        var expires = d.ExpiresOn;
        if (d.IssuedOn is { } issued && expires is { } e && e < issued)
        {
            Warn(InputWarningCodes.Inconsistent, p + "/expiresOn", "The document expires before it was issued; the expiry date was ignored.");
            expires = null;
        }

        var verification = d.Verification is { } v
            ? v with
            {
                TamperScore = Ratio(v.TamperScore, p + "/verification/tamperScore"),
                SelfieMatchScore = Ratio(v.SelfieMatchScore, p + "/verification/selfieMatchScore"),
            }
            : null;
        var updated = d with
        {
            IssuingCountry = Country(d.IssuingCountry, p + "/issuingCountry"),
            Nationality = Country(d.Nationality, p + "/nationality"),
            DateOfBirth = BirthDate(d.DateOfBirth, p + "/dateOfBirth"),
            ExpiresOn = expires,
            Verification = Same(verification, d.Verification) ? d.Verification : verification,
        };
        return updated == d ? d : updated;
    }

    private Session Session(Session s, string p)
    {
        var latency = s.InputLatency is { } l
            ? l with
            {
                P50Ms = Range(l.P50Ms, 0, 60_000, p + "/inputLatency/p50Ms"),
                P95Ms = Range(l.P95Ms, 0, 60_000, p + "/inputLatency/p95Ms"),
                NetworkRttMs = Range(l.NetworkRttMs, 0, 60_000, p + "/inputLatency/networkRttMs"),
                Samples = NonNegative(l.Samples, p + "/inputLatency/samples"),
            }
            : null;
        int? offset = s.UtcOffsetMinutes;
        if (offset is < -840 or > 840)
        {
            Warn(InputWarningCodes.OutOfRange, p + "/utcOffsetMinutes", "A UTC offset must lie between -840 and +840 minutes; it was treated as missing.");
            offset = null;
        }

        var updated = s with
        {
            BrowserTimeZone = TimeZone(s.BrowserTimeZone, p + "/browserTimeZone"),
            UtcOffsetMinutes = offset,
            InputLatency = Same(latency, s.InputLatency) ? s.InputLatency : latency,
        };
        return updated == s ? s : updated;
    }

    private Shipment Shipment(Shipment s, string p)
    {
        var address = s.DeliveryAddress is { } a ? a with { Country = Country(a.Country, p + "/deliveryAddress/country") } : null;
        var updated = s with
        {
            DeliveryAddress = Same(address, s.DeliveryAddress) ? s.DeliveryAddress : address,
            RerouteRequests = NonNegative(s.RerouteRequests, p + "/rerouteRequests"),
        };
        return updated == s ? s : updated;
    }

    private PayrollInstruction Payroll(PayrollInstruction x, string p)
    {
        var updated = x with { BankCountry = Country(x.BankCountry, p + "/bankCountry") };
        return updated == x ? x : updated;
    }

    private Interview Interview(Interview i, string p)
    {
        var updated = i with
        {
            CameraOnRatio = Ratio(i.CameraOnRatio, p + "/cameraOnRatio"),
            DeepfakeScore = Ratio(i.DeepfakeScore, p + "/deepfakeScore"),
            VoiceCloneScore = Ratio(i.VoiceCloneScore, p + "/voiceCloneScore"),
            PersonMatchScore = Ratio(i.PersonMatchScore, p + "/personMatchScore"),
            ChallengeFailures = NonNegative(i.ChallengeFailures, p + "/challengeFailures"),
        };
        return updated == i ? i : updated;
    }

    private Employment Employment(Employment e)
    {
        var updated = e with { InteractiveHoursPerDay = Range(e.InteractiveHoursPerDay, 0, 24, "/employment/interactiveHoursPerDay") };
        return updated == e ? e : updated;
    }

    private static IReadOnlyList<T> List<T>(IReadOnlyList<T> items, string pointer, Func<T, bool> isClean, Func<T, string, T?> check)
        where T : class
    {
        List<T>? copy = null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var checkedItem = item is null || isClean(item) ? item : check(item, pointer + "/" + i.ToString(CultureInfo.InvariantCulture));
            if (copy is null && !ReferenceEquals(checkedItem, item))
            {
                copy = [.. items.Take(i)];
            }

            if (copy is not null && checkedItem is not null)
            {
                copy.Add(checkedItem);
            }
        }

        return copy ?? items;
    }

    // Allocation-free checks: a part that passes is returned as is, without copies or pointer strings.
    private bool IsClean(Candidate c) =>
        !(c.DateOfBirth is { } d && (d > _today || d < EarliestBirthDate))
        && (c.Residence is null || (CleanCountry(c.Residence.Country) && CleanZone(c.Residence.TimeZone)
            && CleanRange(c.Residence.Latitude, -90, 90) && CleanRange(c.Residence.Longitude, -180, 180)))
        && (c.NationalId is null || CleanCountry(c.NationalId.Country))
        && c.DeclaredTravel.All(static t => t is not null && CleanCountry(t.Country) && !(t.To < t.From))
        && c.EmploymentHistory.All(static e => e is not null && CleanCountry(e.Country))
        && c.Profiles.All(static x => x is not null && !(x.Followers < 0 || x.PublicRepositories < 0 || x.ContributionsLastYear < 0));

    private bool IsClean(IdentityDocument d) =>
        CleanCountry(d.IssuingCountry) && CleanCountry(d.Nationality)
        && !(d.DateOfBirth is { } b && (b > _today || b < EarliestBirthDate))
        && !(d.ExpiresOn < d.IssuedOn)
        && (d.Verification is null || (CleanRange(d.Verification.TamperScore, 0, 1) && CleanRange(d.Verification.SelfieMatchScore, 0, 1)));

    private static bool IsClean(Session s) =>
        CleanZone(s.BrowserTimeZone) && s.UtcOffsetMinutes is null or (>= -840 and <= 840)
        && (s.InputLatency is not { } l || (CleanRange(l.P50Ms, 0, 60_000) && CleanRange(l.P95Ms, 0, 60_000) && CleanRange(l.NetworkRttMs, 0, 60_000) && !(l.Samples < 0)));

    private static bool IsClean(Shipment s) => CleanCountry(s.DeliveryAddress?.Country) && !(s.RerouteRequests < 0);

    private static bool IsClean(Interview i) =>
        CleanRange(i.CameraOnRatio, 0, 1) && CleanRange(i.DeepfakeScore, 0, 1) && CleanRange(i.VoiceCloneScore, 0, 1)
        && CleanRange(i.PersonMatchScore, 0, 1) && !(i.ChallengeFailures < 0);

    private static bool IsCleanHours(double? hours) => CleanRange(hours, 0, 24);

    private static bool CleanCountry(string? code) => code is null || string.Equals(Countries.Normalize(code), code, StringComparison.Ordinal);

    private static bool CleanZone(string? id) => id is null || TimeZones.Find(id) is not null;

    private static bool CleanRange(double? value, double min, double max) => value is not { } v || (v >= min && v <= max);

    private DateOnly? BirthDate(DateOnly? date, string pointer)
    {
        if (date is { } d && (d > _today || d < EarliestBirthDate))
        {
            Warn(InputWarningCodes.OutOfRange, pointer, "A date of birth must lie between 1900-01-01 and today; it was treated as missing.");
            return null;
        }

        return date;
    }

    private string? Country(string? code, string pointer)
    {
        if (code is null)
        {
            return null;
        }

        var normalized = Countries.Normalize(code);
        if (normalized is null)
        {
            Warn(InputWarningCodes.InvalidValue, pointer, "A country must be an ISO 3166-1 alpha-2 code (e.g. US); it was treated as missing.");
        }

        return normalized;
    }

    private string? TimeZone(string? id, string pointer)
    {
        if (id is null)
        {
            return null;
        }

        if (TimeZones.Find(id) is null)
        {
            Warn(InputWarningCodes.InvalidValue, pointer, "Unknown IANA time zone; it was treated as missing.");
            return null;
        }

        return id;
    }

    private double? Ratio(double? value, string pointer) => Range(value, 0, 1, pointer);

    private double? Range(double? value, double min, double max, string pointer)
    {
        if (value is { } v && !(v >= min && v <= max))
        {
            Warn(InputWarningCodes.OutOfRange, pointer, string.Create(CultureInfo.InvariantCulture, $"The value must lie between {min} and {max}; it was treated as missing."));
            return null;
        }

        return value;
    }

    private int? NonNegative(int? value, string pointer)
    {
        if (value < 0)
        {
            Warn(InputWarningCodes.OutOfRange, pointer, "The count must not be negative; it was treated as missing.");
            return null;
        }

        return value;
    }

    private static bool Same<T>(T? a, T? b)
        where T : class => ReferenceEquals(a, b) || (a is not null && a.Equals(b));

    private void Warn(string code, string pointer, string message) => _warnings.Add(new InputWarning(code, pointer, message));
}
