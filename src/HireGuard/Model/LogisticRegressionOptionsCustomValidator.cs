using Microsoft.Extensions.Options;

namespace HireGuard.Model;

/// <summary>Cross-field rules for <see cref="LogisticRegressionOptions"/>.</summary>
internal sealed class LogisticRegressionOptionsCustomValidator : IValidateOptions<LogisticRegressionOptions>
{
    public ValidateOptionsResult Validate(string? name, LogisticRegressionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new ValidateOptionsResultBuilder();
        if (options.MaximumDegreeOfParallelism == 0)
        {
            builder.AddError("must be -1 (all processors) or at least 1", nameof(options.MaximumDegreeOfParallelism));
        }

        if (options.ValidationFraction > 0 && options.Calibration == CalibrationMethod.None)
        {
            builder.AddError("holds rows out but no calibration uses them; set it to 0 or choose Platt calibration", nameof(options.ValidationFraction));
        }

        return builder.Build();
    }
}
