using Microsoft.Extensions.Options;

namespace HireGuard.Sanctions;

/// <summary>Validates the DataAnnotations constraints of <see cref="SanctionsOptions"/> (source-generated).</summary>
[OptionsValidator]
internal sealed partial class SanctionsOptionsValidator : IValidateOptions<SanctionsOptions>
{
}
