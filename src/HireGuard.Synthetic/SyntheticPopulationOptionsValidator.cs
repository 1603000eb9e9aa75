using Microsoft.Extensions.Options;

namespace HireGuard.Synthetic;

/// <summary>Source-generated DataAnnotations validator for <see cref="SyntheticPopulationOptions"/>.</summary>
[OptionsValidator]
internal sealed partial class SyntheticPopulationOptionsValidator : IValidateOptions<SyntheticPopulationOptions>
{
}
