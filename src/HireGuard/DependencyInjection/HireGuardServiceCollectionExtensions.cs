using HireGuard.DependencyInjection;
using HireGuard.IpIntelligence;
using HireGuard.Linkage;
using HireGuard.Model;
using HireGuard.Rules;
using HireGuard.Sanctions;
using HireGuard.Scoring;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HireGuard;

/// <summary>Registers HireGuard in an <see cref="IServiceCollection"/>.</summary>
public static class HireGuardServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="RiskEngine"/> with the built-in rules, validated
    /// <see cref="HireGuardOptions"/> (checked at start-up by hosts, and when the engine is first
    /// resolved otherwise) and whatever IP intelligence, sanctions screener, linkage store, model,
    /// <see cref="TimeProvider"/> and logger factory the container holds. Calling it again adds nothing twice.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <returns>The same services.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddHireGuard(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(HireGuardMarker)))
        {
            return services;
        }

        services.AddSingleton<HireGuardMarker>();
        services.AddOptions<HireGuardOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HireGuardOptions>, HireGuardOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HireGuardOptions>, HireGuardOptionsCustomValidator>());
        services.TryAddSingleton(sp => CreateEngine(sp));
        return services;
    }

    /// <summary>Registers HireGuard and configures it.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Adds rules and sources and configures options.</param>
    /// <returns>The same services.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddHireGuard(this IServiceCollection services, Action<IHireGuardBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddHireGuard();
        configure(new HireGuardBuilder(services));
        return services;
    }

    private static RiskEngine CreateEngine(IServiceProvider sp)
    {
        var builder = RiskEngine.CreateBuilder()
            .UseOptions(sp.GetRequiredService<IOptions<HireGuardOptions>>().Value)
            .UseTimeProvider(sp.GetService<TimeProvider>() ?? TimeProvider.System);
        if (sp.GetService<ILoggerFactory>() is { } loggers)
        {
            builder.UseLoggerFactory(loggers);
        }

        foreach (var rule in sp.GetServices<IRiskRule>())
        {
            builder.AddRule(rule);
        }

        if (sp.GetService<IIpIntelligence>() is { } ip)
        {
            builder.UseIpIntelligence(ip);
        }

        if (sp.GetService<ISanctionsScreener>() is { } screener)
        {
            builder.UseSanctionsScreener(screener);
        }

        if (sp.GetService<ILinkageStore>() is { } store)
        {
            builder.UseLinkageStore(store);
        }

        if (sp.GetService<IRiskModel>() is { } model)
        {
            builder.UseModel(model);
        }

        return builder.Build();
    }
}
