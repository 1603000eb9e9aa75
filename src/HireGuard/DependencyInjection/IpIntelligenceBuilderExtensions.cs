using HireGuard.IpIntelligence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HireGuard.DependencyInjection;

/// <summary>Registers HireGuard's own IP intelligence (<see cref="IpIntelligenceService"/>) as the engine's <see cref="IIpIntelligence"/>.</summary>
public static class IpIntelligenceBuilderExtensions
{
    /// <summary>
    /// Enriches every session's address from the MMDB databases and IP lists the options name (and the
    /// built-in DPRK address space unless turned off). The options are validated at start-up; the files
    /// are opened once, when the engine is first resolved, and a file that cannot be opened fails that
    /// resolution with an <see cref="InvalidDatabaseException"/>, an <see cref="IpListFormatException"/> or
    /// an <see cref="IOException"/>. The service is disposed with the container. Resolve
    /// <see cref="IpIntelligenceService"/> to call <see cref="IpIntelligenceService.ReloadIfChanged"/>, or set
    /// <see cref="IpIntelligenceOptions.ReloadCheckInterval"/>.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IHireGuardBuilder AddIpIntelligence(this IHireGuardBuilder builder, Action<IpIntelligenceOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.Configure(configure);
        return Register(builder);
    }

    /// <summary>As <see cref="AddIpIntelligence(IHireGuardBuilder, Action{IpIntelligenceOptions})"/>, with the options bound to a configuration section (e.g. <c>HireGuard:IpIntelligence</c>).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="section">The configuration section.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IHireGuardBuilder AddIpIntelligence(this IHireGuardBuilder builder, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(section);
        builder.Services.Configure<IpIntelligenceOptions>(section);
        return Register(builder);
    }

    private static IHireGuardBuilder Register(IHireGuardBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<IpIntelligenceOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IpIntelligenceOptions>, IpIntelligenceOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IpIntelligenceOptions>, IpIntelligenceOptionsCustomValidator>());
        services.TryAddSingleton(sp => IpIntelligenceService.Create(
            sp.GetRequiredService<IOptions<IpIntelligenceOptions>>().Value,
            sp.GetService<TimeProvider>(),
            sp.GetService<ILoggerFactory>()?.CreateLogger("HireGuard.IpIntelligence")));
        services.Replace(ServiceDescriptor.Singleton<IIpIntelligence>(sp => sp.GetRequiredService<IpIntelligenceService>()));
        return builder;
    }
}
