namespace HireGuard.Model;

/// <summary>
/// The entry point for training and evaluating classifiers, shaped like ML.NET's <c>MLContext</c>:
/// <c>Data</c> (load, split), <c>BinaryClassification</c> (trainers, evaluation) and <c>Model</c>
/// (save, load). The seed flows to every trainer and split that is not given its own.
/// </summary>
/// <example>
/// <code>
/// var ml = new ModelContext(seed: 1);
/// var split = ml.Data.TrainTestSplit(table, testFraction: 0.2);        // by group when the table has groups
/// var model = ml.BinaryClassification.Trainers.GradientBoostedTrees().Fit(split.TrainSet);
/// var metrics = ml.BinaryClassification.Evaluate(model, split.TestSet);
/// ml.Model.Save(model, "model.json");
/// var loaded = ml.Model.Load("model.json", table.Manifest);
/// </code>
/// </example>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ModelContext
{
    /// <summary>Initializes a new instance of the <see cref="ModelContext"/> class.</summary>
    /// <param name="seed">The seed for trainers and splits that are not given one.</param>
    /// <param name="timeProvider">The clock for training manifests; null for the system clock.</param>
    public ModelContext(int seed = 0, TimeProvider? timeProvider = null)
    {
        Seed = seed;
        TimeProvider = timeProvider ?? TimeProvider.System;
        Data = new DataOperationsCatalog(this);
        BinaryClassification = new BinaryClassificationCatalog(this);
        Model = new ModelOperationsCatalog();
    }

    /// <summary>Gets the default seed.</summary>
    public int Seed { get; }

    /// <summary>Gets the clock used for training manifests.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>Gets the data operations (CSV loading, train/test split).</summary>
    public DataOperationsCatalog Data { get; }

    /// <summary>Gets the binary-classification trainers and evaluation.</summary>
    public BinaryClassificationCatalog BinaryClassification { get; }

    /// <summary>Gets model persistence.</summary>
    public ModelOperationsCatalog Model { get; }
}
