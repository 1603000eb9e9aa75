namespace HireGuard;

/// <summary>
/// The root of every exception HireGuard throws on purpose. Public APIs document which subclass
/// they throw; anything else escaping a public API is a bug.
/// </summary>
/// <remarks>
/// Configuration mistakes are reported earlier, at start-up or <c>Build()</c>, as
/// <see cref="Microsoft.Extensions.Options.OptionsValidationException"/>; argument misuse as the
/// usual <see cref="ArgumentException"/> family. Everything that depends on the data HireGuard is
/// given (documents, databases, lists, model files) derives from this type.
/// </remarks>
public class HireGuardException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="HireGuardException"/> class.</summary>
    public HireGuardException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="HireGuardException"/> class.</summary>
    /// <param name="message">What went wrong, in terms of the input.</param>
    public HireGuardException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="HireGuardException"/> class.</summary>
    /// <param name="message">What went wrong, in terms of the input.</param>
    /// <param name="innerException">The lower-level failure.</param>
    public HireGuardException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
