namespace HireGuard.Model;

/// <summary>The training data cannot produce a model (e.g. a single class, too few rows, no usable signal for calibration).</summary>
public sealed class ModelTrainingException : HireGuardException
{
    /// <summary>Initializes a new instance of the <see cref="ModelTrainingException"/> class.</summary>
    public ModelTrainingException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ModelTrainingException"/> class.</summary>
    /// <param name="message">What is wrong with the data.</param>
    public ModelTrainingException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ModelTrainingException"/> class.</summary>
    /// <param name="message">What is wrong with the data.</param>
    /// <param name="innerException">The lower-level failure.</param>
    public ModelTrainingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
