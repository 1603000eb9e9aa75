using System.Text.Json;
using HireGuard.Scoring;
using HireGuard.Signals;

namespace HireGuard.Tests.Signals;

public sealed class JsonSchemaTests
{
    [Fact]
    public void HiringCaseSchema_ShippedFileEqualsTheCSharpTypes()
    {
        Compare(JsonSchemas.HiringCase(), HiringCaseJson.Schema, "hiring-case.schema.json");
    }

    [Fact]
    public void RiskAssessmentSchema_ShippedFileEqualsTheCSharpTypes()
    {
        Compare(JsonSchemas.RiskAssessment(), RiskAssessmentJson.Schema, "risk-assessment.schema.json");
    }

    [Fact]
    public void HiringCaseSchema_DescribesEveryPropertyTheReaderAccepts()
    {
        using var schema = JsonDocument.Parse(HiringCaseJson.Schema);
        var properties = schema.RootElement.GetProperty("properties");

        Assert.Equal(
            ["caseId", "context", "candidate", "documents", "sessions", "shipments", "payroll", "interviews", "employment"],
            properties.EnumerateObject().Select(p => p.Name));
        Assert.Equal("date", properties.GetProperty("candidate").GetProperty("properties").GetProperty("dateOfBirth").GetProperty("format").GetString());
        Assert.Equal(["caseId"], schema.RootElement.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
    }

    private static void Compare(string generated, string shipped, string file)
    {
        if (!string.Equals(generated, shipped, StringComparison.Ordinal) && !TestUtilities.Prerequisite.IsCi)
        {
            File.WriteAllText(Path.Combine(TestUtilities.SharedData.RepositoryRoot, "src", "HireGuard", "Signals", "Schemas", file.Replace(".json", ".received.json", StringComparison.Ordinal)), generated);
        }

        Assert.Equal(generated, shipped);
    }
}
