using System.ComponentModel.DataAnnotations;

namespace HireGuard.Model;

/// <summary>Hyper-parameters of <see cref="GradientBoostedTreesTrainer"/> (histogram gradient boosting for binary log-loss).</summary>
/// <remarks>
/// Checked by two validators when the trainer is built: the DataAnnotations ranges below and the
/// cross-field rules (parallelism is -1 or at least 1; <see cref="L2Regularization"/> and
/// <see cref="MinimumHessianPerLeaf"/> are not both 0; held-out rows are only requested when early
/// stopping or calibration uses them).
/// </remarks>
public class GradientBoostedTreesOptions
{
    /// <summary>Gets or sets the maximum number of boosting iterations (trees).</summary>
    /// <value>The default value is 100.</value>
    [Range(1, 100_000)]
    public int NumberOfIterations { get; set; } = 100;

    /// <summary>Gets or sets the shrinkage applied to every leaf value.</summary>
    /// <value>The default value is 0.1.</value>
    [Range(1e-6, 1.0)]
    public double LearningRate { get; set; } = 0.1;

    /// <summary>Gets or sets the maximum number of leaves per tree (trees grow best-first).</summary>
    /// <value>The default value is 31.</value>
    [Range(2, 4096)]
    public int MaximumLeafCount { get; set; } = 31;

    /// <summary>Gets or sets the maximum depth of a leaf (the root is at depth 0).</summary>
    /// <value>The default value is 16.</value>
    [Range(1, 64)]
    public int MaximumDepth { get; set; } = 16;

    /// <summary>Gets or sets the minimum number of training rows in a leaf.</summary>
    /// <value>The default value is 20.</value>
    [Range(1, 100_000_000)]
    public int MinimumExampleCountPerLeaf { get; set; } = 20;

    /// <summary>Gets or sets the minimum sum of hessians in a leaf.</summary>
    /// <value>The default value is 0.001.</value>
    [Range(0.0, 1e9)]
    public double MinimumHessianPerLeaf { get; set; } = 1e-3;

    /// <summary>Gets or sets the L2 penalty on leaf values (λ in −G/(H+λ)).</summary>
    /// <value>The default value is 1.</value>
    [Range(0.0, 1e9)]
    public double L2Regularization { get; set; } = 1.0;

    /// <summary>Gets or sets the minimum loss reduction a split must achieve.</summary>
    /// <value>The default value is 0.</value>
    [Range(0.0, 1e9)]
    public double MinimumSplitGain { get; set; }

    /// <summary>Gets or sets the maximum number of value bins per feature (missing values get one more).</summary>
    /// <value>The default value is 255.</value>
    [Range(2, 255)]
    public int MaximumBinCount { get; set; } = 255;

    /// <summary>Gets or sets how many rows (at most) are sampled to place the bin boundaries.</summary>
    /// <value>The default value is 200,000.</value>
    [Range(1_000, 100_000_000)]
    public int BinningSampleSize { get; set; } = 200_000;

    /// <summary>Gets or sets the fraction of training rows each tree sees (seeded; 1 = all rows).</summary>
    /// <value>The default value is 1.</value>
    [Range(1e-3, 1.0)]
    public double RowSampleFraction { get; set; } = 1.0;

    /// <summary>Gets or sets the fraction of features each tree may split on (seeded; 1 = all features).</summary>
    /// <value>The default value is 1.</value>
    [Range(1e-3, 1.0)]
    public double FeatureSampleFraction { get; set; } = 1.0;

    /// <summary>Gets or sets after how many iterations without validation improvement training stops (0 = never).</summary>
    /// <value>The default value is 10.</value>
    [Range(0, 100_000)]
    public int EarlyStoppingRounds { get; set; } = 10;

    /// <summary>Gets or sets the minimum decrease of validation log-loss that counts as an improvement.</summary>
    /// <value>The default value is 1e-7.</value>
    [Range(0.0, 1.0)]
    public double EarlyStoppingTolerance { get; set; } = 1e-7;

    /// <summary>
    /// Gets or sets the fraction of training rows held out (by group when the table has groups,
    /// otherwise stratified by label) for early stopping and calibration when no validation table
    /// is passed to <see cref="GradientBoostedTreesTrainer.Fit"/>. 0 holds nothing out.
    /// </summary>
    /// <value>The default value is 0.1.</value>
    [Range(0.0, 0.9)]
    public double ValidationFraction { get; set; } = 0.1;

    /// <summary>Gets or sets the probability calibration fitted on the held-out rows.</summary>
    /// <value>The default value is <see cref="CalibrationMethod.Platt"/>.</value>
    [EnumDataType(typeof(CalibrationMethod))]
    public CalibrationMethod Calibration { get; set; } = CalibrationMethod.Platt;

    /// <summary>Gets or sets the seed for the validation split, binning sample and row/feature sampling (null: the context's seed, or 0).</summary>
    /// <value>The default value is null.</value>
    public int? Seed { get; set; }

    /// <summary>Gets or sets the number of threads to use (-1 = all processors). Results do not depend on it.</summary>
    /// <value>The default value is -1.</value>
    [Range(-1, 1024)]
    public int MaximumDegreeOfParallelism { get; set; } = -1;
}
