using Microsoft.Extensions.Options;

namespace HireGuard;

/// <summary>Source-generated validation of the DataAnnotations on <see cref="HireGuardOptions"/> and its parts.</summary>
[OptionsValidator]
internal sealed partial class HireGuardOptionsValidator : IValidateOptions<HireGuardOptions>;
