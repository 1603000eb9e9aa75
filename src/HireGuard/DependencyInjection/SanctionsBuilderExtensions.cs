using HireGuard.Sanctions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HireGuard.DependencyInjection;

/// <summary>Registers HireGuard's own sanctions screener (<see cref="SanctionsScreener"/>) as the engine's <see cref="ISanctionsScreener"/>.</summary>
public static class SanctionsBuilderExtensions
{
    /// <summary>
    /// Screens every case against the sanctions lists the options name (OFAC's CSV set in
    /// <see cref="SanctionsOptions.ListDirectory"/>, internal watchlists, or the embedded DPRK
    /// excerpt). The options are validated at start-up; the lists load once, when the engine is
    /// first resolved, and a list that cannot be loaded fails that resolution with a
    /// <see cref="SanctionsListException"/>. Keep a reference to the screener
    /// (<c>GetRequiredService&lt;SanctionsScreener&gt;()</c>) to call <see cref="SanctionsScreener.ReloadIfChanged"/> daily.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IHireGuardBuilder AddSanctionsScreening(this IHireGuardBuilder builder, Action<SanctionsOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.Configure(configure);
        return Register(builder);
    }

    /// <summary>As <see cref="AddSanctionsScreening(IHireGuardBuilder, Action{SanctionsOptions})"/>, with the options bound to a configuration section (e.g. <c>HireGuard:Sanctions</c>).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="section">The configuration section.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IHireGuardBuilder AddSanctionsScreening(this IHireGuardBuilder builder, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(section);
        builder.Services.Configure<SanctionsOptions>(section);
        return Register(builder);
    }

    private static IHireGuardBuilder Register(IHireGuardBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SanctionsOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SanctionsOptions>, SanctionsOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SanctionsOptions>, SanctionsOptionsCustomValidator>());
        services.TryAddSingleton(sp => SanctionsScreener.Create(sp.GetRequiredService<IOptions<SanctionsOptions>>().Value));
        services.Replace(ServiceDescriptor.Singleton<ISanctionsScreener>(sp => sp.GetRequiredService<SanctionsScreener>()));
        return builder;
    }
}
