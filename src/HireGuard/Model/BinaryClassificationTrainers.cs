namespace HireGuard.Model;

/// <summary>The binary-classification trainers of a <see cref="ModelContext"/>; each takes the context's seed and clock unless its options set a seed.</summary>
public sealed class BinaryClassificationTrainers
{
    private readonly ModelContext _context;

    internal BinaryClassificationTrainers(ModelContext context)
    {
        _context = context;
    }

    /// <summary>Creates a histogram gradient-boosted trees trainer.</summary>
    /// <param name="options">Hyper-parameters; null for the defaults.</param>
    /// <returns>The trainer.</returns>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The options are invalid.</exception>
    public GradientBoostedTreesTrainer GradientBoostedTrees(GradientBoostedTreesOptions? options = null) =>
        new(options, _context.TimeProvider, _context.Seed);

    /// <summary>Creates an L2-regularised logistic regression trainer.</summary>
    /// <param name="options">Hyper-parameters; null for the defaults.</param>
    /// <returns>The trainer.</returns>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The options are invalid.</exception>
    public LogisticRegressionTrainer LogisticRegression(LogisticRegressionOptions? options = null) =>
        new(options, _context.TimeProvider, _context.Seed);
}
