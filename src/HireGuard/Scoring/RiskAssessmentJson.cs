using System.Buffers;
using System.Text;
using System.Text.Json;

namespace HireGuard.Scoring;

/// <summary>Writes and reads <see cref="RiskAssessment"/> JSON, and exposes its shipped JSON Schema.</summary>
public static class RiskAssessmentJson
{
    private static readonly Lazy<string> SchemaText = new(() =>
    {
        using var stream = typeof(RiskAssessmentJson).Assembly.GetManifestResourceStream("HireGuard.Signals.Schemas.risk-assessment.schema.json")
            ?? throw new InvalidOperationException("Missing embedded risk-assessment schema.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    });

    /// <summary>Gets the JSON Schema (draft 2020-12) of the assessment document, as shipped in the package.</summary>
    public static string Schema => SchemaText.Value;

    /// <summary>Serializes an assessment.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public static string Write(RiskAssessment assessment, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var output = new ArrayBufferWriter<byte>(8192);
        using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            JsonSerializer.Serialize(writer, assessment, AssessmentJsonContext.Default.RiskAssessment);
        }

        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    /// <summary>Reads an assessment written by <see cref="Write"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="HireGuardException">The text is not an assessment.</exception>
    public static RiskAssessment Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonSerializer.Deserialize(json, AssessmentJsonContext.Default.RiskAssessment)
                ?? throw new HireGuardException("The document is null.");
        }
        catch (JsonException ex)
        {
            throw new HireGuardException("The document is not a risk assessment: " + ex.Message, ex);
        }
    }
}
