using System.Diagnostics.CodeAnalysis;
using HireGuard.IpIntelligence;
using HireGuard.Linkage;
using HireGuard.Model;
using HireGuard.Rules;
using HireGuard.Sanctions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HireGuard.DependencyInjection;

/// <summary>Fluent configuration of HireGuard on an <see cref="IHireGuardBuilder"/>.</summary>
public static class HireGuardBuilderExtensions
{
    /// <summary>Configures the options in code.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Changes the options.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IHireGuardBuilder Configure(this IHireGuardBuilder builder, Action<HireGuardOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.Configure(configure);
        return builder;
    }

    /// <summary>Binds the options to a configuration section (e.g. <c>configuration.GetSection("HireGuard")</c>).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="section">The section.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IHireGuardBuilder Configure(this IHireGuardBuilder builder, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(section);
        builder.Services.Configure<HireGuardOptions>(section);
        return builder;
    }

    /// <summary>Adds a rule resolved from the container (a singleton).</summary>
    /// <typeparam name="TRule">The rule type.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static IHireGuardBuilder AddRule<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TRule>(this IHireGuardBuilder builder)
        where TRule : class, IRiskRule
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IRiskRule, TRule>());
        return builder;
    }

    /// <summary>Adds a rule instance.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="rule">The rule.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IHireGuardBuilder AddRule(this IHireGuardBuilder builder, IRiskRule rule)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(rule);
        builder.Services.AddSingleton(rule);
        return builder;
    }

    /// <summary>Uses an IP intelligence source created by the container.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="factory">Creates the source once.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IHireGuardBuilder UseIpIntelligence(this IHireGuardBuilder builder, Func<IServiceProvider, IIpIntelligence> factory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(factory);
        builder.Services.Replace(ServiceDescriptor.Singleton(factory));
        return builder;
    }

    /// <summary>Uses a sanctions screener created by the container.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="factory">Creates the screener once.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IHireGuardBuilder UseSanctionsScreener(this IHireGuardBuilder builder, Func<IServiceProvider, ISanctionsScreener> factory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(factory);
        builder.Services.Replace(ServiceDescriptor.Singleton(factory));
        return builder;
    }

    /// <summary>Uses a linkage store created by the container; set <c>Linkage:HmacKey</c> too.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="factory">Creates the store once.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IHireGuardBuilder UseLinkageStore(this IHireGuardBuilder builder, Func<IServiceProvider, ILinkageStore> factory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(factory);
        builder.Services.Replace(ServiceDescriptor.Singleton(factory));
        return builder;
    }

    /// <summary>Uses a learned model created by the container.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="factory">Creates the model once.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IHireGuardBuilder UseModel(this IHireGuardBuilder builder, Func<IServiceProvider, IRiskModel> factory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(factory);
        builder.Services.Replace(ServiceDescriptor.Singleton(factory));
        return builder;
    }
}
