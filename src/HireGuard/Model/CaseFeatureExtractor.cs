using HireGuard.Evidence;
using HireGuard.Rules;
using HireGuard.Signals;

namespace HireGuard.Model;

/// <summary>
/// Builds the numeric feature vector of <see cref="CaseFeatureSchema"/> from a case's evidence and
/// rule findings. Deterministic, allocation-light, free of I/O and thread-safe.
/// </summary>
/// <remarks>
/// What it reads, and nothing else: the findings (code and strength); which enrichment sources were
/// available; per session the anonymiser client, the IP anonymity flags, the virtual-camera flag and
/// input latency; payout rails and the number of payout instructions; interview detector scores,
/// camera ratios, challenge failures and in-person declines; identity-verification vendor scores;
/// shipment re-routing and mail-drop flags; the number of endpoint findings; and the number of
/// linkage matches. It never reads names, nationality, issuing countries, dates of birth, user
/// agents, phone numbers, bank countries, claimed or observed locations as such (invariant 4).
/// </remarks>
internal static class CaseFeatureExtractor
{
    /// <summary>Writes the feature vector of one case.</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="evidence">The enriched case.</param>
    /// <param name="findings">The rule findings.</param>
    /// <param name="destination">Receives <see cref="CaseFeatureSchema.Count"/> values; NaN means missing.</param>
    public static void Extract(CaseFeatureSchema schema, CaseEvidence evidence, IReadOnlyList<Finding> findings, Span<double> destination)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(findings);
        if (destination.Length < schema.Count)
        {
            throw new ArgumentException($"Room for {schema.Count} features is needed.", nameof(destination));
        }

        var available = EvidenceSources.None;
        available |= evidence.IpIntelligenceConfigured ? EvidenceSources.IpIntelligence : EvidenceSources.None;
        available |= evidence.Sanctions is not null ? EvidenceSources.Sanctions : EvidenceSources.None;
        available |= evidence.Linkage is not null ? EvidenceSources.Linkage : EvidenceSources.None;

        var features = schema.Features;
        for (var i = 0; i < features.Count; i++)
        {
            var feature = features[i];
            destination[i] = feature.Source == CaseFeatureSource.Finding
                ? NotFound(feature.Code, available)
                : Summary(feature.Source, evidence);
        }

        foreach (var finding in findings)
        {
            if (schema.TryGetFindingIndex(finding.Code, out var index) && double.IsFinite(finding.Strength))
            {
                var current = destination[index];
                destination[index] = double.IsNaN(current) ? finding.Strength : Math.Max(current, finding.Strength);
            }
        }
    }

    /// <summary>Returns a new feature vector of one case.</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="evidence">The enriched case.</param>
    /// <param name="findings">The rule findings.</param>
    /// <returns>The vector.</returns>
    public static double[] Extract(CaseFeatureSchema schema, CaseEvidence evidence, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var vector = new double[schema.Count];
        Extract(schema, evidence, findings, vector);
        return vector;
    }

    /// <summary>0 when the indicator could have been observed, NaN when a source it needs is absent (missing is not clean).</summary>
    private static double NotFound(string code, EvidenceSources available)
    {
        var required = IndicatorCatalog.TryGet(code, out var d) ? d.RequiredSources : EvidenceSources.None;
        return (required & ~available) != EvidenceSources.None ? double.NaN : 0.0;
    }

    private static double Summary(CaseFeatureSource source, CaseEvidence evidence)
    {
        var c = evidence.Case;
        return source switch
        {
            CaseFeatureSource.SessionCount => evidence.Sessions.Count,
            CaseFeatureSource.AnonymizedSessions => AnonymizedSessions(evidence),
            CaseFeatureSource.AnonymizedSessionShare => evidence.Sessions.Count == 0 ? double.NaN : AnonymizedSessions(evidence) / evidence.Sessions.Count,
            CaseFeatureSource.VirtualCameraSessions => evidence.Sessions.Count(s => s.Session.VirtualCamera == true),
            CaseFeatureSource.InputLatencyExcess => Max(evidence.Sessions.Select(s => s.Session.InputLatency is { P95Ms: { } p95, NetworkRttMs: { } rtt } ? p95 - rtt : (double?)null)),
            CaseFeatureSource.PayoutInstructions => c.Payroll.Count,
            CaseFeatureSource.PayoutChanges => Math.Max(0, c.Payroll.Count - 1),
            CaseFeatureSource.CryptoPayout => c.Payroll.Count == 0 ? double.NaN : c.Payroll.Any(p => p.Rail == PayoutRail.Crypto) ? 1.0 : 0.0,
            CaseFeatureSource.MinimumCameraOnRatio => Min(c.Interviews.Select(i => i.CameraOnRatio)),
            CaseFeatureSource.MaximumSyntheticMediaScore => Max(c.Interviews.SelectMany(i => new[] { i.DeepfakeScore, i.VoiceCloneScore })),
            CaseFeatureSource.MinimumPersonMatchScore => Min(c.Interviews.Select(i => i.PersonMatchScore)),
            CaseFeatureSource.ChallengeFailures => Sum(c.Interviews.Select(i => i.ChallengeFailures is { } n ? Math.Max(0, n) : (double?)null)),
            CaseFeatureSource.InPersonDeclines => Sum(c.Interviews.Select(i => i.InPersonDeclined is { } d ? (d ? 1.0 : 0.0) : (double?)null)),
            CaseFeatureSource.MaximumDocumentTamperScore => Max(c.Documents.Select(d => d.Verification?.TamperScore)),
            CaseFeatureSource.MinimumSelfieMatchScore => Min(c.Documents.Select(d => d.Verification?.SelfieMatchScore)),
            CaseFeatureSource.InjectionDetected => Max(c.Documents.Select(d => d.Verification?.InjectionDetected is { } x ? (x ? 1.0 : 0.0) : (double?)null)),
            CaseFeatureSource.ShipmentReroutes => c.Shipments.Count == 0 ? double.NaN : c.Shipments.Sum(s => Math.Max(0, s.RerouteRequests ?? 0)),
            CaseFeatureSource.MailDropOrForwarder => Max(c.Shipments.Select(s => s.MailDrop is null && s.FreightForwarder is null ? (double?)null : (s.MailDrop == true || s.FreightForwarder == true) ? 1.0 : 0.0)),
            CaseFeatureSource.EndpointFindings => c.Employment is null ? double.NaN : c.Employment.EdrFindings.Count,
            CaseFeatureSource.LinkageMatches => evidence.Linkage is null ? double.NaN : evidence.Linkage.Matches.Count,
            _ => throw new InvalidOperationException("Not a summary feature: " + source),
        };
    }

    private static double AnonymizedSessions(CaseEvidence evidence)
    {
        var count = 0;
        foreach (var s in evidence.Sessions)
        {
            var named = !string.IsNullOrWhiteSpace(s.Session.AnonymizerClient);
            var classified = s.Ip is { IsAllowListed: false, Anonymity: { } a } && (a.IsAnonymous || a.IsVpn || a.IsPublicProxy || a.IsResidentialProxy || a.IsTorExit || a.IsHosting);
            count += named || classified ? 1 : 0;
        }

        return count;
    }

    private static double Max(IEnumerable<double?> values) => Fold(values, static (a, b) => Math.Max(a, b));

    private static double Min(IEnumerable<double?> values) => Fold(values, static (a, b) => Math.Min(a, b));

    private static double Sum(IEnumerable<double?> values) => Fold(values, static (a, b) => a + b);

    /// <summary>Combines the finite values; NaN (missing) when there are none.</summary>
    private static double Fold(IEnumerable<double?> values, Func<double, double, double> combine)
    {
        var result = double.NaN;
        foreach (var v in values)
        {
            if (v is { } x && double.IsFinite(x))
            {
                result = double.IsNaN(result) ? x : combine(result, x);
            }
        }

        return result;
    }
}
