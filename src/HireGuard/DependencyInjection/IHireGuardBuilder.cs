using Microsoft.Extensions.DependencyInjection;

namespace HireGuard.DependencyInjection;

/// <summary>
/// Configures HireGuard in a service collection. Extension methods (in <see cref="HireGuardBuilderExtensions"/>
/// and in other packages) hang off it and return it for chaining.
/// </summary>
public interface IHireGuardBuilder
{
    /// <summary>Gets the service collection being configured.</summary>
    IServiceCollection Services { get; }
}
