using System.Globalization;
using HireGuard.Evidence;

namespace HireGuard.Rules.BuiltIn;

/// <summary>Base of the built-in rules: identity, version and the catalogue descriptors of the codes a rule reports.</summary>
internal abstract class CatalogRule : IRiskRule
{
    protected static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    protected CatalogRule(string id, string version, params string[] codes)
    {
        Id = id;
        Version = version;
        Indicators = [.. codes.Select(IndicatorCatalog.Get)];
    }

    public string Id { get; }

    public string Version { get; }

    public IReadOnlyList<IndicatorDescriptor> Indicators { get; }

    public abstract void Evaluate(CaseEvidence evidence, RuleContext context);

    protected static string F(double value) => value.ToString("0.###", Inv);
}
