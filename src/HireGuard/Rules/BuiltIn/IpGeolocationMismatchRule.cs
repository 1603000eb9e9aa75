using HireGuard.Evidence;
using HireGuard.Internal;
using HireGuard.IpIntelligence;

namespace HireGuard.Rules.BuiltIn;

/// <summary>
/// NET.GEO_CLAIM_MISMATCH (IP geolocation): the geolocation of non-anonymised session addresses
/// differs from the candidate's claimed residence in a persistent share of sessions. A session
/// differs fully when its country differs or it lies further than
/// <see cref="RuleOptions.GeoMismatchDistanceKm"/> beyond the accuracy radius from the residence's
/// coordinates, and half when only the region or the local time zone's offset differs. Sessions
/// inside declared travel, on anonymising infrastructure or on allow-listed networks are not
/// judged. Only the difference from the claim counts: every country is treated alike.
/// </summary>
internal sealed class IpGeolocationMismatchRule() : CatalogRule("network.ip-geolocation", "1.0", Code)
{
    private const string Code = "NET.GEO_CLAIM_MISMATCH";

    /// <summary>Sessions needed before the share counts in full; fewer make a single event, which is weak.</summary>
    private const int PersistenceSessions = 3;

    /// <summary>Weight of a session that differs only in region or time zone.</summary>
    private const double PartialMismatch = 0.5;

    private const int OffsetToleranceMinutes = 60;

    public override void Evaluate(CaseEvidence evidence, RuleContext context)
    {
        if (NetworkSessions.Judgeable(evidence, context, Code) is not { } sessions)
        {
            return;
        }

        var residence = evidence.Case.Candidate?.Residence;
        var claimedCountry = Countries.Normalize(residence?.Country);
        if (claimedCountry is null)
        {
            context.ReportMissing(Code, "/candidate/residence/country", "The claimed country of residence is needed to compare IP geolocation.");
            return;
        }

        var travel = evidence.Case.Candidate?.DeclaredTravel ?? [];
        var located = 0;
        var considered = 0;
        var mismatched = 0;
        var weight = 0.0;
        var worst = 0.0;
        EvidenceItem[]? example = null;
        foreach (var s in sessions)
        {
            if (s.Ip!.Geolocation is not { } geo || Countries.Normalize(geo.CountryCode) is not { } observed)
            {
                continue;
            }

            located++;
            var at = s.Session.Timestamp;
            if ((at is { } t && DeclaredTravels.Cover(travel, t)) || NetworkSessions.IsAnonymised(s.Ip, context.Options, out _))
            {
                continue;
            }

            considered++;
            var (severity, fields, expected) = Compare(geo, observed, claimedCountry, residence!, evidence.ResidenceTimeZone, at ?? evidence.EvaluatedAt, context.Options);
            if (severity > 0)
            {
                mismatched++;
                weight += severity;
                if (severity > worst)
                {
                    worst = severity;
                    example = [NetworkSessions.Address(s), NetworkSessions.Source(geo.Source, geo.Network ?? s.Ip.Network, fields) with { Expected = expected }];
                }
            }
        }

        if (considered == 0)
        {
            if (located == 0 && sessions.Count > 0)
            {
                context.ReportMissing(Code, "ipIntelligence:geolocation", "No geolocation database placed any session address.");
            }

            return;
        }

        var share = (double)mismatched / considered;
        if (mismatched == 0 || share < context.Options.GeoMismatchShare)
        {
            return;
        }

        var strength = weight / considered * Math.Min(1.0, (double)considered / PersistenceSessions);
        context.Report(
            Code,
            strength,
            string.Create(Inv, $"In {mismatched} of {considered} located sessions the IP geolocation differed from the claimed residence."),
            [.. example!, new EvidenceItem("/sessions", string.Create(Inv, $"{mismatched}/{considered} sessions"), null, "share ≥ " + F(context.Options.GeoMismatchShare))]);
    }

    private static (double Severity, string Fields, string Expected) Compare(
        IpGeolocation geo,
        string observed,
        string claimedCountry,
        Signals.ClaimedResidence residence,
        TimeZoneInfo? claimedZone,
        DateTimeOffset at,
        RuleOptions options)
    {
        if (!string.Equals(observed, claimedCountry, StringComparison.Ordinal))
        {
            return (1.0, "geolocation.countryCode=" + observed, "country " + claimedCountry);
        }

        if (residence.Latitude is { } lat && residence.Longitude is { } lon && geo.Latitude is { } glat && geo.Longitude is { } glon)
        {
            var beyond = GeoDistance.Kilometres(lat, lon, glat, glon) - (geo.AccuracyRadiusKm ?? 0);
            if (beyond > options.GeoMismatchDistanceKm)
            {
                return (
                    1.0,
                    string.Create(Inv, $"geolocation.latitude/longitude={F(glat)},{F(glon)} (accuracy {geo.AccuracyRadiusKm?.ToString(Inv) ?? "unknown"} km, {F(Math.Round(beyond))} km beyond it)"),
                    string.Create(Inv, $"within {F(options.GeoMismatchDistanceKm)} km of {F(lat)},{F(lon)}"));
            }
        }

        if (RegionDiffers(geo, claimedCountry, residence.Region))
        {
            return (PartialMismatch, "geolocation.regionCode=" + (geo.RegionCode ?? geo.RegionName), "region " + residence.Region);
        }

        if (claimedZone is not null && TimeZones.Find(geo.TimeZone) is { } zone
            && Math.Abs((zone.GetUtcOffset(at) - claimedZone.GetUtcOffset(at)).TotalMinutes) >= OffsetToleranceMinutes)
        {
            return (PartialMismatch, "geolocation.timeZone=" + geo.TimeZone, "time zone " + claimedZone.Id);
        }

        return (0.0, string.Empty, string.Empty);
    }

    private static bool RegionDiffers(IpGeolocation geo, string country, string? claimed)
    {
        if (string.IsNullOrWhiteSpace(claimed) || (geo.RegionCode is null && geo.RegionName is null))
        {
            return false;
        }

        var c = TextFolding.Fold(claimed);
        var prefix = TextFolding.Fold(country) + " ";
        if (c.StartsWith(prefix, StringComparison.Ordinal))
        {
            c = c[prefix.Length..];
        }

        return !string.Equals(c, TextFolding.Fold(geo.RegionCode), StringComparison.Ordinal)
            && !string.Equals(c, TextFolding.Fold(geo.RegionName), StringComparison.Ordinal);
    }
}
