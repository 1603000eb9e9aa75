using Microsoft.Extensions.Options;

namespace HireGuard.Sanctions;

/// <summary>Validates the cross-field rules of <see cref="SanctionsOptions"/>.</summary>
internal sealed class SanctionsOptionsCustomValidator : IValidateOptions<SanctionsOptions>
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, SanctionsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new ValidateOptionsResultBuilder();
        if (string.IsNullOrWhiteSpace(options.ListDirectory) && options.WatchlistFiles.Count == 0 && !options.UseEmbeddedExcerpt)
        {
            builder.AddError(
                "No sanctions list configured: set ListDirectory (OFAC's CSV files), WatchlistFiles or UseEmbeddedExcerpt.",
                nameof(SanctionsOptions.ListDirectory));
        }

        if (options.ListDirectory is { } directory && directory.Length > 0 && string.IsNullOrWhiteSpace(directory))
        {
            builder.AddError("ListDirectory is blank.", nameof(SanctionsOptions.ListDirectory));
        }

        for (var i = 0; i < options.WatchlistFiles.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(options.WatchlistFiles[i]))
            {
                builder.AddError($"WatchlistFiles[{i}] is blank.", nameof(SanctionsOptions.WatchlistFiles));
            }
        }

        if (options.DefinitiveNameThreshold < options.ReviewThreshold)
        {
            builder.AddError(
                $"DefinitiveNameThreshold ({options.DefinitiveNameThreshold}) must be at least ReviewThreshold ({options.ReviewThreshold}).",
                nameof(SanctionsOptions.DefinitiveNameThreshold));
        }

        return builder.Build();
    }
}
