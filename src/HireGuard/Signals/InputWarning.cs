namespace HireGuard.Signals;

/// <summary>
/// A problem with one input value. The value was treated as missing and scoring went on; the
/// warning travels into the assessment so the caller can fix the feed.
/// </summary>
/// <param name="Code">A stable code from <see cref="InputWarningCodes"/>; match on it, never on the message.</param>
/// <param name="Pointer">The JSON Pointer (RFC 6901) of the offending input, e.g. <c>/sessions/2/ipAddress</c>.</param>
/// <param name="Message">A human-readable explanation; may change between versions.</param>
public sealed record InputWarning(string Code, string Pointer, string Message);
