namespace HireGuard.Model;

/// <summary>The calibration as stored (<c>none</c> or <c>platt</c>).</summary>
internal sealed class CalibrationDto
{
    public required string Method { get; init; }

    public required double Slope { get; init; }

    public required double Intercept { get; init; }
}
