using Microsoft.Extensions.Options;

namespace HireGuard.Synthetic;

/// <summary>Cross-field rules for <see cref="SyntheticPopulationOptions"/>.</summary>
internal sealed class SyntheticPopulationOptionsCustomValidator : IValidateOptions<SyntheticPopulationOptions>
{
    private static readonly DateOnly Earliest = new(2015, 1, 1);
    private static readonly DateOnly Latest = new(2100, 1, 1);

    public ValidateOptionsResult Validate(string? name, SyntheticPopulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new ValidateOptionsResultBuilder();
        if (!Enum.IsDefined(options.Scenario))
        {
            builder.AddError("is not a defined scenario", nameof(options.Scenario));
        }

        if (options.StartDate < Earliest || options.StartDate > Latest)
        {
            builder.AddError("must lie between 2015-01-01 and 2100-01-01 (identity documents and profiles are dated relative to it)", nameof(options.StartDate));
        }

        if (options.DprkShareOverride is { } share && (double.IsNaN(share) || share + PopulationTables.BaseRates(options.Scenario).OtherFraud > 0.95))
        {
            builder.AddError("together with the scenario's other-fraud share must leave at least 5 % legitimate applicants", nameof(options.DprkShareOverride));
        }

        return builder.Build();
    }

    public static void ThrowIfInvalid(SyntheticPopulationOptions options)
    {
        var failures = new List<string>();
        foreach (var result in new[] { new SyntheticPopulationOptionsValidator().Validate(Options.DefaultName, options), new SyntheticPopulationOptionsCustomValidator().Validate(Options.DefaultName, options) })
        {
            if (result.Failed)
            {
                failures.AddRange(result.Failures);
            }
        }

        if (failures.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(SyntheticPopulationOptions), failures);
        }
    }
}
