using HireGuard.Model;
using HireGuard.Rules;

namespace HireGuard.Scoring;

/// <summary>
/// Combines rule findings and the model into reasons whose log-odds add up exactly to the score.
/// </summary>
/// <remarks>
/// Per indicator code c, with expert contribution e_c (the strongest finding's weight × strength:
/// several rules evidencing one indicator count it once, at its strongest) and model contribution
/// m_c (the sum of the contributions of the features that speak for c):
/// <list type="bullet">
/// <item>without a model: base = logit(prior), reason_c = e_c;</item>
/// <item>with a model and blend weight α: base = α·φ0 + (1−α)·logit(prior); reason_c = α·m_c + (1−α)·e_c
/// for codes the model covers, and reason_c = e_c for codes it does not.</item>
/// </list>
/// The total is base + Σ reason_c, so <c>logit(score/100)</c> equals it exactly (invariant 2).
/// </remarks>
internal static class Combiner
{
    public static (double BaseLogOdds, List<Reason> Reasons) Combine(
        IReadOnlyList<Finding> findings,
        ModelPrediction? model,
        double modelWeight,
        double priorLogOdds,
        Func<string, IndicatorDescriptor?> describe)
    {
        var expert = new Dictionary<string, Finding>(StringComparer.Ordinal);
        var evidence = new Dictionary<string, List<EvidenceItem>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var f in findings)
        {
            if (!expert.TryGetValue(f.Code, out var current))
            {
                order.Add(f.Code);
                expert[f.Code] = f;
                evidence[f.Code] = [.. f.Evidence];
            }
            else
            {
                evidence[f.Code].AddRange(f.Evidence);
                if (Math.Abs(f.LogOdds) > Math.Abs(current.LogOdds))
                {
                    expert[f.Code] = f;
                }
            }
        }

        Dictionary<string, (double Sum, List<ModelContribution> Parts)>? byCode = null;
        if (model is not null)
        {
            byCode = new Dictionary<string, (double, List<ModelContribution>)>(StringComparer.Ordinal);
            foreach (var c in model.Contributions)
            {
                if (!byCode.TryGetValue(c.Code, out var entry))
                {
                    entry = (0.0, []);
                    order.Add(c.Code);
                }

                entry.Parts.Add(c);
                byCode[c.Code] = (entry.Sum + c.Contribution, entry.Parts);
            }
        }

        var alpha = model is null ? 0.0 : modelWeight;
        var baseLogOdds = model is null ? priorLogOdds : (alpha * model.BaseValue) + ((1 - alpha) * priorLogOdds);
        var reasons = new List<Reason>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in order)
        {
            if (!seen.Add(code))
            {
                continue;
            }

            var hasFinding = expert.TryGetValue(code, out var finding);
            double? e = hasFinding ? finding!.LogOdds : null;
            double? m = byCode is not null && byCode.TryGetValue(code, out var mc) ? mc.Sum : null;
            var contribution = m is { } mv ? (alpha * mv) + ((1 - alpha) * (e ?? 0.0)) : e ?? 0.0;
            if (!hasFinding && contribution == 0.0)
            {
                continue;
            }

            var descriptor = describe(code);
            var ruleActive = e is { } ev && ev != 0.0 && (m is null || alpha < 1.0);
            var modelActive = m is { } mm && mm != 0.0 && alpha > 0.0;
            var source = ruleActive && modelActive ? ReasonSource.Both : modelActive ? ReasonSource.Model : ReasonSource.Rule;
            reasons.Add(new Reason
            {
                Code = code,
                Category = descriptor?.Category ?? finding?.Category ?? CategoryOf(code),
                Text = finding?.Text ?? ModelText(code, descriptor, contribution, byCode![code].Parts),
                LogOdds = contribution,
                Source = source,
                RuleLogOdds = e,
                ModelLogOdds = m,
                Evidence = hasFinding ? evidence[code] : ModelEvidence(byCode![code].Parts),
                CandidateText = descriptor?.CandidateText,
            });
        }

        reasons.Sort(static (a, b) =>
        {
            var byLogOdds = b.LogOdds.CompareTo(a.LogOdds);
            return byLogOdds != 0 ? byLogOdds : string.CompareOrdinal(a.Code, b.Code);
        });
        return (baseLogOdds, reasons);
    }

    internal static IndicatorCategory CategoryOf(string code) => code.Split('.')[0] switch
    {
        "NET" => IndicatorCategory.Network,
        "DEV" => IndicatorCategory.Device,
        "PAY" => IndicatorCategory.Payroll,
        "IDD" => IndicatorCategory.IdentityDocument,
        "IDC" => IndicatorCategory.IdentityConsistency,
        "XLINK" => IndicatorCategory.Linkage,
        "SAN" => IndicatorCategory.Sanctions,
        _ => IndicatorCategory.Behaviour,
    };

    /// <summary>
    /// The text of a reason only the model gives: no rule fired for the indicator, yet its features moved
    /// the model's estimate (an exact Shapley share, which for trees includes interactions with the other
    /// signals). Says so plainly, so that a reviewer never reads it as an observed finding.
    /// </summary>
    private static string ModelText(string code, IndicatorDescriptor? descriptor, double contribution, List<ModelContribution> parts)
    {
        var title = descriptor?.Title ?? code;
        var direction = contribution >= 0 ? "raised" : "lowered";
        var moved = parts.Where(p => p.Contribution != 0.0).ToList();
        if (moved.Count > 0 && moved.All(p => double.IsNaN(p.Value)))
        {
            return $"{title}: not available (its data source is not configured); the learned model {direction} the estimate for the missing signal.";
        }

        if (moved.Count > 0 && moved.All(p => p.Value == 0.0))
        {
            return $"{title}: not observed; in combination with the other signals the learned model {direction} the estimate slightly.";
        }

        return $"{title}: the learned model {direction} the estimate from the signal's measured values (see evidence).";
    }

    private static EvidenceItem[] ModelEvidence(List<ModelContribution> parts) =>
        [.. parts.Where(p => p.Contribution != 0.0).Select(p => new EvidenceItem("model:" + p.Feature, double.IsNaN(p.Value) ? "missing" : p.Value.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture)))];
}
