using Microsoft.Extensions.DependencyInjection;

namespace HireGuard.DependencyInjection;

/// <summary>The default <see cref="IHireGuardBuilder"/>.</summary>
internal sealed class HireGuardBuilder(IServiceCollection services) : IHireGuardBuilder
{
    public IServiceCollection Services { get; } = services;
}
