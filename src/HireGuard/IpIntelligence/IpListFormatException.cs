namespace HireGuard.IpIntelligence;

/// <summary>A line of an IP list is not an address, CIDR network or range. The message starts with <c>list:line:</c>.</summary>
public sealed class IpListFormatException : HireGuardException
{
    /// <summary>Initializes a new instance of the <see cref="IpListFormatException"/> class.</summary>
    public IpListFormatException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="IpListFormatException"/> class.</summary>
    /// <param name="message">What is wrong.</param>
    public IpListFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="IpListFormatException"/> class.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The lower-level failure.</param>
    public IpListFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="IpListFormatException"/> class.</summary>
    /// <param name="listName">The list (usually its file name).</param>
    /// <param name="lineNumber">The 1-based line.</param>
    /// <param name="problem">What is wrong with the line.</param>
    public IpListFormatException(string listName, int lineNumber, string problem)
        : base($"{listName}:{lineNumber}: {problem}.")
    {
        ListName = listName;
        LineNumber = lineNumber;
    }

    /// <summary>Gets the list (usually its file name).</summary>
    public string? ListName { get; }

    /// <summary>Gets the 1-based line number, or 0 when the problem is not on one line.</summary>
    public int LineNumber { get; }
}
