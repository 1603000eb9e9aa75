namespace HireGuard.Signals;

/// <summary>
/// Thrown when a hiring-case document is structurally unusable: not JSON, not an object, empty,
/// nested too deeply, too large, or without a <c>caseId</c>. Problems with individual optional
/// values never throw; they become <see cref="InputWarning"/>s.
/// </summary>
public sealed class HireGuardInputException : HireGuardException
{
    /// <summary>Initializes a new instance of the <see cref="HireGuardInputException"/> class.</summary>
    public HireGuardInputException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="HireGuardInputException"/> class.</summary>
    /// <param name="message">What is wrong with the document.</param>
    public HireGuardInputException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="HireGuardInputException"/> class.</summary>
    /// <param name="message">What is wrong with the document.</param>
    /// <param name="innerException">The parser's exception.</param>
    public HireGuardInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="HireGuardInputException"/> class.</summary>
    /// <param name="message">What is wrong with the document.</param>
    /// <param name="pointer">The JSON Pointer of the offending part, when there is one.</param>
    /// <param name="innerException">The parser's exception, when there is one.</param>
    public HireGuardInputException(string message, string? pointer, Exception? innerException = null)
        : base(message, innerException!)
    {
        Pointer = pointer;
    }

    /// <summary>Gets the JSON Pointer of the offending part, when there is one.</summary>
    public string? Pointer { get; }
}
