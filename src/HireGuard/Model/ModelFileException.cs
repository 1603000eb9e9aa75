namespace HireGuard.Model;

/// <summary>A model file was refused; <see cref="Error"/> says why and the message says where.</summary>
public sealed class ModelFileException : HireGuardException
{
    /// <summary>Initializes a new instance of the <see cref="ModelFileException"/> class.</summary>
    public ModelFileException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ModelFileException"/> class.</summary>
    /// <param name="message">What is wrong with the file.</param>
    public ModelFileException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ModelFileException"/> class.</summary>
    /// <param name="message">What is wrong with the file.</param>
    /// <param name="innerException">The lower-level failure.</param>
    public ModelFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ModelFileException"/> class.</summary>
    /// <param name="error">Why the file was refused.</param>
    /// <param name="message">What is wrong with the file.</param>
    /// <param name="innerException">The lower-level failure, if any.</param>
    public ModelFileException(ModelFileError error, string message, Exception? innerException = null)
        : base(message, innerException!)
    {
        Error = error;
    }

    /// <summary>Gets why the file was refused.</summary>
    public ModelFileError Error { get; }
}
