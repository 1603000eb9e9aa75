using HireGuard.Evidence;
using HireGuard.Internal;
using HireGuard.IpIntelligence;

namespace HireGuard.Rules.BuiltIn;

/// <summary>
/// NET.IMPOSSIBLE_TRAVEL: two consecutive located sessions lie further apart than anyone could
/// travel in the time between them (faster than <see cref="RuleOptions.ImpossibleTravelSpeedKmh"/>
/// over at least <see cref="RuleOptions.ImpossibleTravelMinDistanceKm"/>). Distances are measured
/// after subtracting both accuracy radii. Sessions on anonymising infrastructure (whose exits hop)
/// and allow-listed networks are skipped. Declared travel does not excuse it: it is physics.
/// </summary>
internal sealed class ImpossibleTravelRule() : CatalogRule("network.impossible-travel", "1.0", Code)
{
    private const string Code = "NET.IMPOSSIBLE_TRAVEL";

    public override void Evaluate(CaseEvidence evidence, RuleContext context)
    {
        if (NetworkSessions.Judgeable(evidence, context, Code) is not { } sessions)
        {
            return;
        }

        var points = new List<(SessionEvidence Session, DateTimeOffset At, IpGeolocation Geo)>();
        foreach (var s in sessions)
        {
            if (s.Session.Timestamp is { } at && s.Ip!.Geolocation is { Latitude: not null, Longitude: not null } geo
                && !NetworkSessions.IsAnonymised(s.Ip, context.Options, out _))
            {
                points.Add((s, at, geo));
            }
        }

        if (points.Count < 2)
        {
            if (sessions.Count > 0)
            {
                context.ReportMissing(Code, "/sessions", "Fewer than two sessions had a timestamp and a located, non-anonymised address.");
            }

            return;
        }

        points.Sort(static (a, b) => a.At != b.At ? a.At.CompareTo(b.At) : a.Session.Index.CompareTo(b.Session.Index));
        var options = context.Options;
        var impossible = 0;
        (double Speed, double Km, double Hours, int From, int To)? worst = null;
        for (var i = 1; i < points.Count; i++)
        {
            var (a, b) = (points[i - 1], points[i]);
            var km = GeoDistance.Kilometres(a.Geo.Latitude!.Value, a.Geo.Longitude!.Value, b.Geo.Latitude!.Value, b.Geo.Longitude!.Value)
                - (a.Geo.AccuracyRadiusKm ?? 0) - (b.Geo.AccuracyRadiusKm ?? 0);
            if (km < options.ImpossibleTravelMinDistanceKm)
            {
                continue;
            }

            var hours = (b.At - a.At).TotalHours;
            var speed = hours <= 0 ? double.PositiveInfinity : km / hours;
            if (speed > options.ImpossibleTravelSpeedKmh)
            {
                impossible++;
                if (worst is null || speed > worst.Value.Speed)
                {
                    worst = (speed, km, hours, i - 1, i);
                }
            }
        }

        if (worst is not { } w)
        {
            return;
        }

        var (p, q) = (points[w.From], points[w.To]);
        var speedText = double.IsPositiveInfinity(w.Speed) ? "at the same instant" : string.Create(Inv, $"{F(Math.Round(w.Hours, 2))} h apart (≈{F(Math.Round(w.Speed))} km/h)");
        context.Report(
            Code,
            1.0,
            string.Create(Inv, $"Sessions {p.Session.Index} ({Place(p.Geo)}) and {q.Session.Index} ({Place(q.Geo)}) were at least {F(Math.Round(w.Km))} km apart, {speedText}; {impossible} such pair(s) in all."),
            NetworkSessions.Address(p.Session),
            NetworkSessions.Source(p.Geo.Source, p.Geo.Network ?? p.Session.Ip!.Network, Fields(p.Geo)),
            NetworkSessions.Address(q.Session),
            NetworkSessions.Source(q.Geo.Source, q.Geo.Network ?? q.Session.Ip!.Network, Fields(q.Geo)),
            new EvidenceItem("/sessions", string.Create(Inv, $"{F(Math.Round(w.Km))} km in {F(Math.Round(w.Hours, 2))} h"), null, string.Create(Inv, $"speed > {F(options.ImpossibleTravelSpeedKmh)} km/h over ≥ {F(options.ImpossibleTravelMinDistanceKm)} km")));
    }

    private static string Place(IpGeolocation geo) =>
        string.Join(", ", new[] { geo.City, geo.CountryCode }.Where(x => !string.IsNullOrEmpty(x))) is { Length: > 0 } text ? text : "unnamed place";

    private static string Fields(IpGeolocation geo) =>
        string.Create(Inv, $"geolocation.latitude/longitude={F(geo.Latitude!.Value)},{F(geo.Longitude!.Value)}, accuracyRadiusKm={geo.AccuracyRadiusKm?.ToString(Inv) ?? "unknown"}");
}
