using HireGuard.Scoring;
using HireGuard.Signals;

namespace HireGuard.Model;

/// <summary>
/// Labelled hiring cases turned into a training or evaluation table: every case is run through a
/// <see cref="RiskEngine"/> (enrichment and rules, without a model), its allow-listed features are
/// extracted exactly as <see cref="ClassifierRiskModel"/> extracts them at scoring time, and it is
/// joined with its label by case id.
/// </summary>
/// <remarks>
/// The table's label is "confirmed DPRK" (<see cref="CaseOutcome.ConfirmedDprk"/>); other fraud and
/// cleared cases are negatives. Its group ids are the label file's <c>group</c> column, so
/// <see cref="DataOperationsCatalog.TrainTestSplit"/> and the trainers' hold-outs split by group,
/// never by record. Cases without a label, labels without a case and unreadable case documents are
/// reported, not silently dropped. Immutable and thread-safe.
/// </remarks>
public sealed class CaseDataset
{
    private CaseDataset(
        FeatureTable features,
        IReadOnlyList<CaseLabel> labels,
        IReadOnlyList<HiringCase> cases,
        IReadOnlyList<string> unlabelled,
        IReadOnlyList<string> labelsWithoutCase,
        IReadOnlyList<string> problems,
        IReadOnlyList<string> evaluationColumns)
    {
        Features = features;
        Labels = labels;
        Cases = cases;
        UnlabelledCaseIds = unlabelled;
        LabelsWithoutCase = labelsWithoutCase;
        Problems = problems;
        EvaluationColumns = evaluationColumns;
    }

    /// <summary>The name of the case file in a data directory (one hiring case per line).</summary>
    public const string CasesFileName = "cases.jsonl";

    /// <summary>The name of the label file in a data directory (see <see cref="LabelFile"/>).</summary>
    public const string LabelsFileName = "labels.csv";

    /// <summary>Gets the feature table: one row per labelled case, label = confirmed DPRK, groups from the label file.</summary>
    public FeatureTable Features { get; }

    /// <summary>Gets the label of every row, in row order.</summary>
    public IReadOnlyList<CaseLabel> Labels { get; }

    /// <summary>Gets the case of every row, in row order.</summary>
    public IReadOnlyList<HiringCase> Cases { get; }

    /// <summary>Gets the ids of cases that have no label (left out of the table).</summary>
    public IReadOnlyList<string> UnlabelledCaseIds { get; }

    /// <summary>Gets the case ids that are labelled but have no case.</summary>
    public IReadOnlyList<string> LabelsWithoutCase { get; }

    /// <summary>Gets the case documents that could not be read or were repeated (<c>file:line: problem</c>), left out of the table.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Gets the label file's evaluation-only (<c>eval_*</c>) columns.</summary>
    public IReadOnlyList<string> EvaluationColumns { get; }

    /// <summary>Gets the number of rows.</summary>
    public int Count => Labels.Count;

    /// <summary>Builds a dataset from cases and labels.</summary>
    /// <param name="cases">The hiring cases.</param>
    /// <param name="labels">Their labels.</param>
    /// <param name="engine">The engine whose enrichment and rules produce the evidence and findings (its model, if any, is not used).</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No case has a label.</exception>
    public static CaseDataset Build(IEnumerable<HiringCase> cases, CaseLabels labels, RiskEngine engine)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(engine);
        return Build(cases.Select(c => (c, (string?)null)), labels, engine, []);
    }

    /// <summary>
    /// Loads a data directory: <c>cases.jsonl</c> (one hiring case per line) or, without it, every
    /// <c>*.json</c> file (one hiring case each), plus <c>labels.csv</c> (see <see cref="LabelFile"/>).
    /// </summary>
    /// <param name="directory">The directory.</param>
    /// <param name="engine">The engine whose enrichment and rules produce the evidence and findings.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The directory, its cases or <c>labels.csv</c> cannot be read.</exception>
    /// <exception cref="LabelFileException"><c>labels.csv</c> is invalid.</exception>
    /// <exception cref="ArgumentException">No case has a label.</exception>
    public static CaseDataset Load(string directory, RiskEngine engine)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(engine);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The data directory {directory} does not exist.");
        }

        var labelsPath = Path.Combine(directory, LabelsFileName);
        if (!File.Exists(labelsPath))
        {
            throw new FileNotFoundException($"The data directory has no {LabelsFileName}.", labelsPath);
        }

        var labels = LabelFile.Read(labelsPath);
        var problems = new List<string>();
        return Build(ReadCases(directory, problems), labels, engine, problems);
    }

    private static IEnumerable<(HiringCase Case, string? Location)> ReadCases(string directory, List<string> problems)
    {
        var jsonl = Path.Combine(directory, CasesFileName);
        if (File.Exists(jsonl))
        {
            using var reader = new StreamReader(jsonl, System.Text.Encoding.UTF8);
            foreach (var line in HiringCaseJson.ReadLines(reader))
            {
                var location = $"{CasesFileName}:{line.LineNumber}";
                if (line.Result is { } result)
                {
                    yield return (result.Case, location);
                }
                else
                {
                    problems.Add($"{location}: {line.Error?.Message}");
                }
            }

            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            HiringCaseReadResult? read = null;
            try
            {
                read = HiringCaseJson.Read(File.ReadAllBytes(file));
            }
            catch (HireGuardInputException ex)
            {
                problems.Add($"{Path.GetFileName(file)}: {ex.Message}");
            }

            if (read is not null)
            {
                yield return (read.Case, Path.GetFileName(file));
            }
        }
    }

    private static CaseDataset Build(IEnumerable<(HiringCase Case, string? Location)> cases, CaseLabels labels, RiskEngine engine, List<string> problems)
    {
        var schema = CaseFeatureSchema.Current;
        var values = new List<double>();
        var rowLabels = new List<CaseLabel>();
        var rowCases = new List<HiringCase>();
        var unlabelled = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var vector = new double[schema.Count];
        foreach (var (hiringCase, location) in cases)
        {
            ArgumentNullException.ThrowIfNull(hiringCase, nameof(cases));
            if (!seen.Add(hiringCase.CaseId))
            {
                problems.Add($"{location ?? "case"}: case id '{hiringCase.CaseId}' appears more than once; only the first is used.");
                continue;
            }

            if (!labels.TryGet(hiringCase.CaseId, out var label))
            {
                unlabelled.Add(hiringCase.CaseId);
                continue;
            }

            var (evidence, findings) = engine.Analyze(hiringCase);
            CaseFeatureExtractor.Extract(schema, evidence, findings, vector);
            values.AddRange(vector);
            rowLabels.Add(label);
            rowCases.Add(hiringCase);
        }

        if (rowLabels.Count == 0)
        {
            throw new ArgumentException("No case has a label: nothing to train or evaluate on.", nameof(labels));
        }

        var missing = labels.Where(l => !seen.Contains(l.CaseId)).Select(l => l.CaseId).ToList();
        var table = new FeatureTable(
            schema.Manifest,
            values.ToArray(),
            rowLabels.Select(l => l.IsPositive).ToArray(),
            default,
            rowLabels.Select(l => l.Group).ToList());
        return new CaseDataset(table, rowLabels, rowCases, unlabelled, missing, problems, labels.EvaluationColumns);
    }
}
