namespace HireGuard.Signals;

/// <summary>The stable codes of <see cref="InputWarning"/>.</summary>
public static class InputWarningCodes
{
    /// <summary>A property HireGuard does not know; it was ignored.</summary>
    public const string UnknownProperty = "unknown_property";

    /// <summary>A property appeared twice in one object; the first value was kept.</summary>
    public const string DuplicateProperty = "duplicate_property";

    /// <summary>A value of the wrong JSON type (e.g. a string where a number belongs).</summary>
    public const string WrongType = "wrong_type";

    /// <summary>A value of the right type that is not valid (an unparsable IP address, an unknown time zone, a malformed date).</summary>
    public const string InvalidValue = "invalid_value";

    /// <summary>A number outside its allowed range (e.g. a ratio above 1).</summary>
    public const string OutOfRange = "out_of_range";

    /// <summary>A string longer than the configured maximum.</summary>
    public const string TooLong = "too_long";

    /// <summary>An array with more items than the configured maximum; the excess was ignored.</summary>
    public const string TooManyItems = "too_many_items";

    /// <summary>Values that contradict each other (e.g. a trip that ends before it starts).</summary>
    public const string Inconsistent = "inconsistent";

    /// <summary>A user-supplied rule failed; its indicators were not evaluated.</summary>
    public const string RuleFailed = "rule_failed";

    /// <summary>More warnings were raised than are reported; the last warning says how many were left out.</summary>
    public const string TooManyWarnings = "too_many_warnings";

    /// <summary>The configured model failed or broke its additivity contract; the score uses expert weights only.</summary>
    public const string ModelFailed = "model_failed";
}
