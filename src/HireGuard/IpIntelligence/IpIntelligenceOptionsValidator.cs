using Microsoft.Extensions.Options;

namespace HireGuard.IpIntelligence;

/// <summary>The source-generated DataAnnotations validator of <see cref="IpIntelligenceOptions"/>.</summary>
[OptionsValidator]
internal sealed partial class IpIntelligenceOptionsValidator : IValidateOptions<IpIntelligenceOptions>
{
}
