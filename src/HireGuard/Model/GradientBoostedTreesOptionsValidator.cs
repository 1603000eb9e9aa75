using Microsoft.Extensions.Options;

namespace HireGuard.Model;

/// <summary>Source-generated DataAnnotations validator for <see cref="GradientBoostedTreesOptions"/>.</summary>
[OptionsValidator]
internal sealed partial class GradientBoostedTreesOptionsValidator : IValidateOptions<GradientBoostedTreesOptions>
{
}
