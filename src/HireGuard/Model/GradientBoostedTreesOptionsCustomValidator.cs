using Microsoft.Extensions.Options;

namespace HireGuard.Model;

/// <summary>Cross-field rules for <see cref="GradientBoostedTreesOptions"/>.</summary>
internal sealed class GradientBoostedTreesOptionsCustomValidator : IValidateOptions<GradientBoostedTreesOptions>
{
    public ValidateOptionsResult Validate(string? name, GradientBoostedTreesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new ValidateOptionsResultBuilder();
        if (options.MaximumDegreeOfParallelism == 0)
        {
            builder.AddError("must be -1 (all processors) or at least 1", nameof(options.MaximumDegreeOfParallelism));
        }

        if (options.L2Regularization == 0 && options.MinimumHessianPerLeaf == 0)
        {
            builder.AddError("L2Regularization and MinimumHessianPerLeaf cannot both be 0: leaf values would be unbounded", nameof(options.L2Regularization));
        }

        if (options.ValidationFraction > 0 && options.EarlyStoppingRounds == 0 && options.Calibration == CalibrationMethod.None)
        {
            builder.AddError("holds rows out but neither early stopping nor calibration uses them; set it to 0", nameof(options.ValidationFraction));
        }

        return builder.Build();
    }
}
