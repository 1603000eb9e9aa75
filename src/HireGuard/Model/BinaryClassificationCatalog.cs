namespace HireGuard.Model;

/// <summary>Binary classification in a <see cref="ModelContext"/>: trainers and evaluation.</summary>
public sealed class BinaryClassificationCatalog
{
    internal BinaryClassificationCatalog(ModelContext context)
    {
        Trainers = new BinaryClassificationTrainers(context);
    }

    /// <summary>Gets the trainers.</summary>
    public BinaryClassificationTrainers Trainers { get; }

    /// <summary>Evaluates a classifier on labelled data (see <see cref="BinaryClassificationEvaluator"/>).</summary>
    /// <param name="model">The classifier.</param>
    /// <param name="data">Labelled rows with the model's features.</param>
    /// <returns>The metrics.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The table's features differ from the model's, or it lacks a class.</exception>
#pragma warning disable CA1822 // Instance member by design: the ML.NET-style catalog shape.
    public BinaryClassificationMetrics Evaluate(BinaryClassifier model, FeatureTable data) => BinaryClassificationEvaluator.Evaluate(model, data);
#pragma warning restore CA1822
}
