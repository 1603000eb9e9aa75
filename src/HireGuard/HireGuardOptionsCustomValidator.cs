using System.Globalization;
using Microsoft.Extensions.Options;

namespace HireGuard;

/// <summary>Cross-field rules of <see cref="HireGuardOptions"/> that attributes cannot express.</summary>
internal sealed class HireGuardOptionsCustomValidator : IValidateOptions<HireGuardOptions>
{
    public const double MaxAbsoluteWeight = 20;

    public ValidateOptionsResult Validate(string? name, HireGuardOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new ValidateOptionsResultBuilder();
        var s = options.Scoring;
        if (s is not null && !(s.MediumThreshold < s.HighThreshold && s.HighThreshold < s.CriticalThreshold))
        {
            builder.AddError("Band thresholds must increase: MediumThreshold < HighThreshold < CriticalThreshold.", "Scoring");
        }

        var r = options.Rules;
        if (r is not null)
        {
            foreach (var (code, weight) in r.Weights ?? [])
            {
                if (string.IsNullOrWhiteSpace(code))
                {
                    builder.AddError("Weight keys must be indicator codes, not blank.", "Rules.Weights");
                }
                else if (!double.IsFinite(weight) || Math.Abs(weight) > MaxAbsoluteWeight)
                {
                    builder.AddError(string.Create(CultureInfo.InvariantCulture, $"The weight of {code} must be a finite number in [-{MaxAbsoluteWeight}, {MaxAbsoluteWeight}]."), "Rules.Weights");
                }
            }

            if ((r.Disabled ?? []).Any(string.IsNullOrWhiteSpace))
            {
                builder.AddError("Disabled indicator codes must not be blank.", "Rules.Disabled");
            }

            if ((r.ApprovedRemoteAccessTools ?? []).Any(string.IsNullOrWhiteSpace))
            {
                builder.AddError("Approved remote-access tool names must not be blank.", "Rules.ApprovedRemoteAccessTools");
            }

            if ((r.NamedVpnProviders ?? []).Any(string.IsNullOrWhiteSpace))
            {
                builder.AddError("Named VPN providers must not be blank.", "Rules.NamedVpnProviders");
            }

            if ((r.AnonymousInfrastructureLabels ?? []).Any(string.IsNullOrWhiteSpace))
            {
                builder.AddError("Anonymous-infrastructure list labels must not be blank.", "Rules.AnonymousInfrastructureLabels");
            }
        }

        if (options.Linkage?.HmacKey is { } key && DecodeKey(key) is null)
        {
            builder.AddError("Linkage.HmacKey must be base64 of at least 32 bytes.", "Linkage.HmacKey");
        }

        return builder.Build();
    }

    internal static byte[]? DecodeKey(string key)
    {
        var buffer = new byte[key.Length];
        return Convert.TryFromBase64String(key, buffer, out var written) && written >= 32 ? buffer[..written] : null;
    }
}
