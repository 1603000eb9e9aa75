using System.Collections;
using System.Collections.Frozen;

namespace HireGuard.Model;

/// <summary>The rows of a label file, in file order, with lookup by case id.</summary>
/// <remarks>Immutable and thread-safe. Read one with <see cref="LabelFile.Read(string)"/>.</remarks>
public sealed class CaseLabels : IReadOnlyList<CaseLabel>
{
    private readonly CaseLabel[] _labels;
    private readonly FrozenDictionary<string, CaseLabel> _byId;

    internal CaseLabels(IEnumerable<CaseLabel> labels, IEnumerable<string> evaluationColumns)
    {
        _labels = [.. labels];
        _byId = _labels.ToFrozenDictionary(l => l.CaseId, StringComparer.Ordinal);
        EvaluationColumns = [.. evaluationColumns];
    }

    /// <summary>Gets the names of the evaluation-only (<c>eval_*</c>) columns, in file order.</summary>
    public IReadOnlyList<string> EvaluationColumns { get; }

    /// <inheritdoc/>
    public int Count => _labels.Length;

    /// <inheritdoc/>
    public CaseLabel this[int index] => _labels[index];

    /// <summary>Looks a label up by case id (ordinal).</summary>
    /// <param name="caseId">The case id.</param>
    /// <param name="label">The label, when found.</param>
    /// <returns>Whether the case is labelled.</returns>
    public bool TryGet(string caseId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CaseLabel? label)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        return _byId.TryGetValue(caseId, out label);
    }

    /// <inheritdoc/>
    public IEnumerator<CaseLabel> GetEnumerator() => ((IEnumerable<CaseLabel>)_labels).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
