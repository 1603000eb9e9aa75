using System.ComponentModel.DataAnnotations;

namespace HireGuard.Model;

/// <summary>Hyper-parameters of <see cref="LogisticRegressionTrainer"/> (L2-regularised logistic regression).</summary>
/// <remarks>
/// The objective is the weighted mean log-loss plus (λ/2)·‖β‖² over the coefficients of the
/// internally standardised features (the intercept is not penalised), so λ does not depend on
/// the features' units. scikit-learn's <c>C</c> on standardised features corresponds to
/// λ = 1 / (C · rows). Checked by two validators when the trainer is built (ranges below; parallelism
/// -1 or at least 1; held-out rows only when calibration uses them).
/// </remarks>
public class LogisticRegressionOptions
{
    /// <summary>Gets or sets λ, the L2 penalty on standardised coefficients (strictly positive).</summary>
    /// <value>The default value is 1e-4.</value>
    [Range(1e-12, 1e6)]
    public double L2Regularization { get; set; } = 1e-4;

    /// <summary>Gets or sets the maximum number of Newton iterations.</summary>
    /// <value>The default value is 100.</value>
    [Range(1, 10_000)]
    public int MaximumIterations { get; set; } = 100;

    /// <summary>Gets or sets the convergence tolerance on the largest absolute gradient entry of the objective.</summary>
    /// <value>The default value is 1e-9.</value>
    [Range(1e-15, 1.0)]
    public double GradientTolerance { get; set; } = 1e-9;

    /// <summary>Gets or sets whether a feature with missing training values also gets a learned missing-value weight (otherwise missing = mean).</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool MissingValueIndicators { get; set; } = true;

    /// <summary>Gets or sets the fraction of rows held out (by group when present, otherwise stratified) to fit the calibration on. 0 fits it on the training rows.</summary>
    /// <value>The default value is 0.</value>
    [Range(0.0, 0.9)]
    public double ValidationFraction { get; set; }

    /// <summary>Gets or sets the calibration (logistic regression is usually calibrated already).</summary>
    /// <value>The default value is <see cref="CalibrationMethod.None"/>.</value>
    [EnumDataType(typeof(CalibrationMethod))]
    public CalibrationMethod Calibration { get; set; } = CalibrationMethod.None;

    /// <summary>Gets or sets the seed for the hold-out split (null: the context's seed, or 0).</summary>
    /// <value>The default value is null.</value>
    public int? Seed { get; set; }

    /// <summary>Gets or sets the number of threads to use (-1 = all processors). Results do not depend on it.</summary>
    /// <value>The default value is -1.</value>
    [Range(-1, 1024)]
    public int MaximumDegreeOfParallelism { get; set; } = -1;
}
