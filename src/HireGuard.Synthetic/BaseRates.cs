namespace HireGuard.Synthetic;

/// <summary>The class mix of one scenario (§6.2).</summary>
/// <param name="Dprk">Share of applicants who are DPRK operators or their facilitators.</param>
/// <param name="OtherFraud">Share of applicants committing other fraud.</param>
/// <param name="CryptoEmployer">Share of requisitions at crypto-native employers.</param>
internal sealed record BaseRates(double Dprk, double OtherFraud, double CryptoEmployer);
