using Microsoft.Extensions.Options;

namespace HireGuard.Model;

/// <summary>Runs an options type's validators outside DI and throws one exception listing every failure.</summary>
internal static class ModelOptionsValidation
{
    public static void ThrowIfInvalid<TOptions>(TOptions options, params IValidateOptions<TOptions>[] validators)
        where TOptions : class
    {
        var failures = new List<string>();
        foreach (var validator in validators)
        {
            var result = validator.Validate(Options.DefaultName, options);
            if (result.Failed)
            {
                failures.AddRange(result.Failures);
            }
        }

        if (failures.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(TOptions), failures);
        }
    }
}
