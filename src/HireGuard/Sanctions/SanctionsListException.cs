namespace HireGuard.Sanctions;

/// <summary>
/// A sanctions list could not be read: a file is missing, truncated, malformed or not text. The
/// message names the file and, where it applies, the line. A list is never loaded partially: any
/// unreadable row fails the whole load, so the screener keeps answering from the previous lists.
/// </summary>
public sealed class SanctionsListException : HireGuardException
{
    /// <summary>Initializes a new instance of the <see cref="SanctionsListException"/> class.</summary>
    public SanctionsListException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SanctionsListException"/> class.</summary>
    /// <param name="message">What went wrong, in terms of the input.</param>
    public SanctionsListException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SanctionsListException"/> class.</summary>
    /// <param name="message">What went wrong, in terms of the input.</param>
    /// <param name="innerException">The lower-level failure.</param>
    public SanctionsListException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SanctionsListException"/> class.</summary>
    /// <param name="filePath">The file that could not be read.</param>
    /// <param name="lineNumber">The 1-based line where the problem starts, when known.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="innerException">The lower-level failure, when there is one.</param>
    public SanctionsListException(string filePath, long? lineNumber, string problem, Exception? innerException = null)
        : base(Describe(filePath, lineNumber, problem), innerException!)
    {
        FilePath = filePath;
        LineNumber = lineNumber;
    }

    /// <summary>Gets the file that could not be read, when the problem is in one file.</summary>
    public string? FilePath { get; }

    /// <summary>Gets the 1-based line where the problem starts, when known.</summary>
    public long? LineNumber { get; }

    private static string Describe(string filePath, long? lineNumber, string problem) =>
        lineNumber is null ? $"{filePath}: {problem}" : $"{filePath}, line {lineNumber}: {problem}";
}
