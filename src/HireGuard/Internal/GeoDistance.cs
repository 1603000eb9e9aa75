namespace HireGuard.Internal;

/// <summary>Great-circle distances on a spherical Earth (haversine), accurate to well under 1 % for location rules.</summary>
internal static class GeoDistance
{
    /// <summary>The mean Earth radius in kilometres (IUGG).</summary>
    public const double EarthRadiusKm = 6371.0088;

    /// <summary>Returns the great-circle distance in kilometres between two points given in degrees.</summary>
    public static double Kilometres(double latitude1, double longitude1, double latitude2, double longitude2)
    {
        var phi1 = double.DegreesToRadians(latitude1);
        var phi2 = double.DegreesToRadians(latitude2);
        var dPhi = phi2 - phi1;
        var dLambda = double.DegreesToRadians(longitude2 - longitude1);
        var a = (Math.Sin(dPhi / 2) * Math.Sin(dPhi / 2)) + (Math.Cos(phi1) * Math.Cos(phi2) * Math.Sin(dLambda / 2) * Math.Sin(dLambda / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1.0, Math.Sqrt(a)));
    }
}
