namespace HireGuard.Model;

/// <summary>The per-tree limits the grower enforces (taken from <see cref="GradientBoostedTreesOptions"/>).</summary>
internal sealed record TreeGrowerSettings(
    int MaximumLeafCount,
    int MaximumDepth,
    int MinimumExampleCountPerLeaf,
    double MinimumHessianPerLeaf,
    double L2Regularization,
    double MinimumSplitGain,
    double LearningRate);
