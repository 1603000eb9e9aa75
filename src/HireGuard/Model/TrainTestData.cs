namespace HireGuard.Model;

/// <summary>A train/test split.</summary>
/// <param name="TrainSet">The rows to train on.</param>
/// <param name="TestSet">The held-out rows.</param>
public sealed record TrainTestData(FeatureTable TrainSet, FeatureTable TestSet);
