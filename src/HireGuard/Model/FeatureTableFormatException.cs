namespace HireGuard.Model;

/// <summary>A feature-table file (CSV) cannot be read: missing columns, bad numbers or labels, ragged rows.</summary>
public sealed class FeatureTableFormatException : HireGuardException
{
    /// <summary>Initializes a new instance of the <see cref="FeatureTableFormatException"/> class.</summary>
    public FeatureTableFormatException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="FeatureTableFormatException"/> class.</summary>
    /// <param name="message">What is wrong, with the line number.</param>
    public FeatureTableFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="FeatureTableFormatException"/> class.</summary>
    /// <param name="message">What is wrong, with the line number.</param>
    /// <param name="innerException">The lower-level failure.</param>
    public FeatureTableFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
