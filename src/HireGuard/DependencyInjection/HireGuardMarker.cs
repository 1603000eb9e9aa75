namespace HireGuard.DependencyInjection;

/// <summary>Registered once so repeated <c>AddHireGuard</c> calls add nothing twice.</summary>
internal sealed class HireGuardMarker;
