using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using HireGuard.Scoring;

namespace HireGuard.Signals;

/// <summary>Generates the JSON Schemas of the input and output contracts from the source-generated metadata; a test keeps the shipped files equal to these.</summary>
internal static class JsonSchemas
{
    public static string HiringCase() => Generate(HireGuardJsonContext.Default.HiringCase, "HireGuard hiring case", "One candidate or new hire at one point in the hiring pipeline (HireGuard input). Every property but caseId is optional; absent means missing, never fine.");

    public static string RiskAssessment() => Generate(AssessmentJsonContext.Default.RiskAssessment, "HireGuard risk assessment", "The explained outcome of evaluating one hiring case (HireGuard output).");

    private static string Generate(JsonTypeInfo typeInfo, string title, string description)
    {
        var schema = typeInfo.GetJsonSchemaAsNode(new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = static (context, node) =>
            {
                var type = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;
                if (node is JsonObject o)
                {
                    if (type == typeof(DateOnly))
                    {
                        o["format"] = "date";
                    }
                    else if (type == typeof(DateTimeOffset))
                    {
                        o["format"] = "date-time";
                    }
                }

                return node;
            },
        });
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = title,
            ["description"] = description,
        };
        foreach (var (key, value) in schema.AsObject().ToArray())
        {
            schema.AsObject().Remove(key);
            root[key] = value;
        }

        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n") + "\n";
    }
}
