using Microsoft.Extensions.Options;

namespace HireGuard.Model;

/// <summary>Source-generated DataAnnotations validator for <see cref="LogisticRegressionOptions"/>.</summary>
[OptionsValidator]
internal sealed partial class LogisticRegressionOptionsValidator : IValidateOptions<LogisticRegressionOptions>
{
}
