using System.Text;

namespace HireGuard.Scoring;

/// <summary>
/// The principal reasons behind an assessment in plain language, specific and tied to factors that
/// were really used, for telling a candidate why more verification is needed (at most four by
/// default, as adverse-action practice recommends). No internal jargon, no model internals.
/// </summary>
public sealed record CandidateStatement
{
    /// <summary>Gets the reasons, most important first.</summary>
    public required IReadOnlyList<CandidateStatementItem> Items { get; init; }

    /// <summary>Returns the statement as text: an opening line and one bullet per reason.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        if (Items.Count == 0)
        {
            return "Our checks found nothing that needs further verification.";
        }

        var builder = new StringBuilder("Before we continue, we need to verify some information. The main reasons are:");
        foreach (var item in Items)
        {
            builder.Append('\n').Append("- ").Append(item.Text);
        }

        builder.Append('\n').Append("You can ask for these findings to be reviewed by a person and correct any information that is wrong.");
        return builder.ToString();
    }
}
