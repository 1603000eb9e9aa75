namespace HireGuard.IpIntelligence;

/// <summary>
/// An MMDB file is corrupt, truncated or not an MMDB file at all: a bad metadata section, a search
/// tree that points outside the file or loops, or a data section that breaks the format (bad type,
/// bad length, pointer to a pointer, nesting deeper than 512, invalid UTF-8).
/// </summary>
/// <remarks>
/// Thrown by <see cref="MmdbReader"/> when a file is opened (metadata and layout problems), by a
/// lookup that reaches the broken part of a file, and by <see cref="MmdbReader.Verify"/>, which
/// walks the whole file. A reader stays usable after a lookup throws: other addresses may still be
/// answered from intact parts of the file.
/// </remarks>
public sealed class InvalidDatabaseException : HireGuardException
{
    /// <summary>Initializes a new instance of the <see cref="InvalidDatabaseException"/> class.</summary>
    public InvalidDatabaseException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="InvalidDatabaseException"/> class.</summary>
    /// <param name="message">What is wrong with the database.</param>
    public InvalidDatabaseException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="InvalidDatabaseException"/> class.</summary>
    /// <param name="message">What is wrong with the database.</param>
    /// <param name="innerException">The lower-level failure.</param>
    public InvalidDatabaseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
