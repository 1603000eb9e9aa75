namespace HireGuard.Model;

/// <summary>Why a model file was refused.</summary>
public enum ModelFileError
{
    /// <summary>Truncated, not JSON, not a HireGuard model file, or members missing, unknown or of the wrong type.</summary>
    Malformed = 0,

    /// <summary>A format version this library does not read.</summary>
    UnsupportedFormatVersion = 1,

    /// <summary>The SHA-256 over the model content does not match: the file was altered after it was written.</summary>
    IntegrityCheckFailed = 2,

    /// <summary>The content is well-formed JSON with a valid hash but describes an impossible model (e.g. a child index out of range).</summary>
    InvalidContent = 3,

    /// <summary>The model's features (names, order or schema version) differ from the ones the caller feeds.</summary>
    FeatureMismatch = 4,
}
