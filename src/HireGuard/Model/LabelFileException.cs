namespace HireGuard.Model;

/// <summary>A label file was refused; the message names the file, the line and the problem.</summary>
public sealed class LabelFileException : HireGuardException
{
    /// <summary>Initializes a new instance of the <see cref="LabelFileException"/> class.</summary>
    public LabelFileException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LabelFileException"/> class.</summary>
    /// <param name="message">What is wrong.</param>
    public LabelFileException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LabelFileException"/> class.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The lower-level failure.</param>
    public LabelFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LabelFileException"/> class.</summary>
    /// <param name="source">The file (or other source) name.</param>
    /// <param name="lineNumber">The 1-based line, or null when the problem is not on one line.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="innerException">The lower-level failure, if any.</param>
    public LabelFileException(string source, long? lineNumber, string problem, Exception? innerException = null)
        : base(lineNumber is { } line ? $"{source}:{line}: {problem}" : $"{source}: {problem}", innerException!)
    {
        Source = source;
        LineNumber = lineNumber;
    }

    /// <summary>Gets the 1-based line of the problem, when it is on one line.</summary>
    public long? LineNumber { get; }
}
