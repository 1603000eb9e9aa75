using System.Buffers;
using System.Text;
using System.Text.Json;

namespace HireGuard.Signals;

/// <summary>
/// Reads and writes hiring cases as JSON (camelCase, UTF-8), tolerantly: problems with optional
/// values become <see cref="InputWarning"/>s with a JSON Pointer and the value is treated as
/// missing; only a structurally unusable document throws <see cref="HireGuardInputException"/>.
/// </summary>
/// <remarks>
/// Tolerance rules: unknown properties are ignored with a warning; a value of the wrong JSON type,
/// an unparsable date, time or enum value, a string longer than
/// <see cref="InputOptions.MaxStringLength"/> and array items beyond
/// <see cref="InputOptions.MaxArrayItems"/> are left out with a warning; duplicate properties keep
/// the first value. The document must be a JSON object no larger than
/// <see cref="InputOptions.MaxDocumentBytes"/>, nested no deeper than
/// <see cref="InputOptions.MaxDepth"/>, with a non-empty string <c>caseId</c>. Comments and
/// trailing commas are not JSON and are rejected. Value checks that need context (ranges,
/// time zones, IP addresses) happen when the engine evaluates the case, for C# callers too.
/// All members are thread-safe.
/// </remarks>
public static class HiringCaseJson
{
    private const int MaxCaseIdLength = 256;
    private static readonly InputOptions DefaultOptions = new();
    private static readonly Lazy<string> SchemaText = new(() => LoadResource("HireGuard.Signals.Schemas.hiring-case.schema.json"));

    /// <summary>Gets the JSON Schema (draft 2020-12) of the hiring-case document, as shipped in the package.</summary>
    public static string Schema => SchemaText.Value;

    /// <summary>Reads one hiring case from a JSON string.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">Limits; <see langword="null"/> for the defaults.</param>
    /// <returns>The case and the warnings raised while reading it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="HireGuardInputException">The document is structurally unusable.</exception>
    public static HiringCaseReadResult Read(string json, InputOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var limits = options ?? DefaultOptions;
        if (json.Length > limits.MaxDocumentBytes)
        {
            throw TooLarge(limits);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(json, buffer);
            return Read(buffer.AsSpan(0, length), limits);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads one hiring case from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="options">Limits; <see langword="null"/> for the defaults.</param>
    /// <returns>The case and the warnings raised while reading it.</returns>
    /// <exception cref="HireGuardInputException">The document is structurally unusable.</exception>
    public static HiringCaseReadResult Read(ReadOnlySpan<byte> utf8Json, InputOptions? options = null)
    {
        var limits = options ?? DefaultOptions;
        if (utf8Json.Length > limits.MaxDocumentBytes)
        {
            throw TooLarge(limits);
        }

        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        if (!System.Text.Unicode.Utf8.IsValid(utf8Json))
        {
            throw new HireGuardInputException("The document is not valid UTF-8.", string.Empty);
        }

        if (utf8Json.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new HireGuardInputException("The document is empty; a hiring case is a JSON object with at least a caseId.", string.Empty);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json.ToArray(), new JsonDocumentOptions { MaxDepth = limits.MaxDepth });
        }
        catch (JsonException ex)
        {
            throw new HireGuardInputException(
                "The document is not valid JSON (or is nested more than " + limits.MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture) + " levels deep): " + ex.Message,
                string.Empty,
                ex);
        }

        using (document)
        {
            return Read(document.RootElement, limits);
        }
    }

    /// <summary>Reads one hiring case from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream; read to its end, not disposed.</param>
    /// <param name="options">Limits; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The case and the warnings raised while reading it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="HireGuardInputException">The document is structurally unusable.</exception>
    public static async ValueTask<HiringCaseReadResult> ReadAsync(Stream utf8Json, InputOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var limits = options ?? DefaultOptions;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await utf8Json.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limits.MaxDocumentBytes)
            {
                throw TooLarge(limits);
            }

            buffer.Write(chunk, 0, read);
        }

        return Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), limits);
    }

    /// <summary>Reads one hiring case from a parsed JSON element.</summary>
    /// <param name="element">The document's root.</param>
    /// <param name="options">Limits; <see langword="null"/> for the defaults.</param>
    /// <returns>The case and the warnings raised while reading it.</returns>
    /// <exception cref="HireGuardInputException">The element is not a usable hiring case.</exception>
    public static HiringCaseReadResult Read(JsonElement element, InputOptions? options = null)
    {
        var limits = options ?? DefaultOptions;
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new HireGuardInputException("A hiring case must be a JSON object, not " + element.ValueKind.ToString().ToLowerInvariant() + ".", string.Empty);
        }

        if (!element.TryGetProperty("caseId", out var caseId) || caseId.ValueKind != JsonValueKind.String)
        {
            throw new HireGuardInputException("The document has no caseId string; every hiring case needs one.", "/caseId");
        }

        string? caseIdText;
        try
        {
            caseIdText = caseId.GetString();
        }
        catch (InvalidOperationException ex)
        {
            throw new HireGuardInputException("The caseId is not valid UTF-8.", "/caseId", ex);
        }

        if (string.IsNullOrWhiteSpace(caseIdText) || caseIdText.Length > MaxCaseIdLength)
        {
            throw new HireGuardInputException("The caseId must be a non-blank string of at most 256 characters.", "/caseId");
        }

        var context = HireGuardJsonContext.Default;
        var sanitizer = new JsonInputSanitizer(context, limits);
        var output = new ArrayBufferWriter<byte>(4096);
        try
        {
            using var writer = new Utf8JsonWriter(output);
            sanitizer.WriteObject(writer, element, context.HiringCase);
        }
        catch (InvalidOperationException ex)
        {
            // Only reachable through Read(JsonElement) with invalid UTF-8 in a property name.
            throw new HireGuardInputException("The document contains text that is not valid UTF-8.", string.Empty, ex);
        }

        HiringCase? hiringCase;
        try
        {
            hiringCase = JsonSerializer.Deserialize(output.WrittenSpan, context.HiringCase);
        }
        catch (JsonException ex)
        {
            throw new HireGuardInputException("The hiring case could not be read: " + ex.Message, ex.Path, ex);
        }

        return new HiringCaseReadResult(
            hiringCase ?? throw new HireGuardInputException("The document is null.", string.Empty),
            sanitizer.Warnings);
    }

    /// <summary>
    /// Reads JSON Lines: one hiring case per non-blank line. A line that cannot be read yields an
    /// entry with its error instead of stopping the batch.
    /// </summary>
    /// <param name="reader">The text to read; not disposed.</param>
    /// <param name="options">Limits; <see langword="null"/> for the defaults.</param>
    /// <returns>One entry per non-blank line, in order, lazily.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public static IEnumerable<HiringCaseLine> ReadLines(TextReader reader, InputOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ReadLinesCore(reader, options ?? DefaultOptions);
    }

    /// <summary>Writes a hiring case as compact JSON (nulls omitted, camelCase).</summary>
    /// <param name="hiringCase">The case.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hiringCase"/> is null.</exception>
    public static string Write(HiringCase hiringCase, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(hiringCase);
        var output = new ArrayBufferWriter<byte>(2048);
        using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = indented }))
        {
            JsonSerializer.Serialize(writer, hiringCase, HireGuardJsonContext.Default.HiringCase);
        }

        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    /// <summary>Writes the canonical UTF-8 form of a case (compact, nulls omitted), the input of its SHA-256 in provenance.</summary>
    internal static byte[] WriteCanonicalUtf8(HiringCase hiringCase) =>
        JsonSerializer.SerializeToUtf8Bytes(hiringCase, HireGuardJsonContext.Default.HiringCase);

    private static IEnumerable<HiringCaseLine> ReadLinesCore(TextReader reader, InputOptions options)
    {
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            HiringCaseReadResult? result = null;
            HireGuardInputException? error = null;
            try
            {
                result = Read(line, options);
            }
            catch (HireGuardInputException ex)
            {
                error = ex;
            }

            yield return new HiringCaseLine(lineNumber, result, error);
        }
    }

    private static HireGuardInputException TooLarge(InputOptions limits) =>
        new("The document is larger than the " + limits.MaxDocumentBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) + " bytes allowed.", string.Empty);

    private static string LoadResource(string name)
    {
        using var stream = typeof(HiringCaseJson).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException("Missing embedded resource " + name);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
