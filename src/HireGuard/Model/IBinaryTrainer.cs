namespace HireGuard.Model;

/// <summary>A trainer of binary classifiers (the <c>Fit</c> of ML.NET's estimators).</summary>
public interface IBinaryTrainer
{
    /// <summary>Gets the trainer's name as recorded in the model's training manifest.</summary>
    string Name { get; }

    /// <summary>Trains a classifier.</summary>
    /// <param name="trainingData">The training rows.</param>
    /// <param name="validationData">Optional held-out rows for early stopping and calibration; when null the trainer holds out rows itself if its options ask for it.</param>
    /// <returns>An immutable, thread-safe classifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="trainingData"/> is null.</exception>
    /// <exception cref="ArgumentException">The validation table's features differ from the training table's.</exception>
    /// <exception cref="ModelTrainingException">The data cannot produce a model.</exception>
    BinaryClassifier Fit(FeatureTable trainingData, FeatureTable? validationData = null);
}
