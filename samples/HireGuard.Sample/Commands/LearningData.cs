using HireGuard.Model;
using HireGuard.Sanctions;

namespace HireGuard.Sample.Commands;

/// <summary>What <c>train</c> and <c>evaluate</c> share: the engine configuration for a data directory, and loading it.</summary>
internal static class LearningData
{
    /// <summary>
    /// The engine choices for a data directory: IP intelligence from its <c>reference/</c> directory
    /// when present, and screening against the embedded DPRK sanctions excerpt.
    /// </summary>
    public static EngineChoices Choices(string directory, TimeProvider? time, IRiskModel? model = null)
    {
        var reference = Path.Combine(directory, "reference");
        return new EngineChoices
        {
            TimeProvider = time,
            Sanctions = new SanctionsOptions { UseEmbeddedExcerpt = true },
            ReferenceDirectory = Directory.Exists(reference) ? reference : null,
            Model = model,
        };
    }

    /// <summary>Loads the dataset and reports, on stderr, what did not join.</summary>
    public static CaseDataset Load(string directory, TimeProvider? time, TextWriter stderr)
    {
        var data = CaseDataset.Load(directory, EngineFactory.Create(Choices(directory, time)));
        foreach (var problem in data.Problems.Take(20))
        {
            stderr.WriteLine($"hireguard: {problem}");
        }

        if (data.Problems.Count > 20)
        {
            stderr.WriteLine($"hireguard: … and {data.Problems.Count - 20} more unreadable or repeated cases.");
        }

        if (data.UnlabelledCaseIds.Count > 0)
        {
            stderr.WriteLine($"hireguard: {data.UnlabelledCaseIds.Count} case(s) have no label and were left out (first: {data.UnlabelledCaseIds[0]}).");
        }

        if (data.LabelsWithoutCase.Count > 0)
        {
            stderr.WriteLine($"hireguard: {data.LabelsWithoutCase.Count} label(s) have no case (first: {data.LabelsWithoutCase[0]}).");
        }

        return data;
    }

    /// <summary>Whether an exception is a data or configuration problem to report as exit code 2.</summary>
    public static bool IsDataError(Exception ex) => ex is IOException or UnauthorizedAccessException or HireGuardException
        or Microsoft.Extensions.Options.OptionsValidationException or ArgumentException;
}
