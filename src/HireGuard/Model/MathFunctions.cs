namespace HireGuard.Model;

/// <summary>Numerically careful scalar functions shared by trainers and metrics.</summary>
internal static class MathFunctions
{
    /// <summary>1 / (1 + e^−z), without overflow.</summary>
    public static double Sigmoid(double z) =>
        z >= 0 ? 1.0 / (1.0 + Math.Exp(-z)) : Math.Exp(z) / (1.0 + Math.Exp(z));

    /// <summary>ln(1 + e^z), without overflow.</summary>
    public static double LogOnePlusExp(double z) =>
        z > 0 ? z + Math.Log(1.0 + Math.Exp(-z)) : Math.Log(1.0 + Math.Exp(z));

    /// <summary>The log-loss of raw log-odds <paramref name="z"/> for a label.</summary>
    public static double LogLoss(double z, bool label) => label ? LogOnePlusExp(-z) : LogOnePlusExp(z);
}
