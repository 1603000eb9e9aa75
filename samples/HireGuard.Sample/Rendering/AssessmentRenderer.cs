using System.Globalization;
using HireGuard.Scoring;
using Spectre.Console;

namespace HireGuard.Sample.Rendering;

/// <summary>Human-readable rendering of assessments for the console.</summary>
internal static class AssessmentRenderer
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static Table Summary(IEnumerable<(string Name, RiskAssessment Assessment)> rows)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]HireGuard assessments[/]");
        table.AddColumn("Case");
        table.AddColumn(new TableColumn("Score").RightAligned());
        table.AddColumn("Band");
        table.AddColumn("Recommendation");
        table.AddColumn("Top reasons (log-odds)");
        foreach (var (name, a) in rows)
        {
            var top = a.Reasons.Where(r => r.LogOdds > 0).Take(3).Select(r => $"{r.Code} {r.LogOdds.ToString("+0.00", Inv)}");
            table.AddRow(
                Markup.Escape(name),
                a.Score.ToString("0.0", Inv),
                BandMarkup(a.Band),
                a.Recommendation.ToString(),
                Markup.Escape(string.Join("\n", top.DefaultIfEmpty("—"))));
        }

        return table;
    }

    public static void Explain(IAnsiConsole console, string name, RiskAssessment a)
    {
        console.Write(new Rule($"[bold]Explanation: {Markup.Escape(name)}[/]").LeftJustified());
        console.MarkupLine(string.Create(Inv, $"Score [bold]{a.Score:0.00}[/] / 100, band {BandMarkup(a.Band)}, recommendation [bold]{a.Recommendation}[/]{(a.HumanReviewRequired ? ", human review required" : string.Empty)}"));
        if (a.Override is { } o)
        {
            console.MarkupLine($"[red]Override:[/] {Markup.Escape(o.Code)}: {Markup.Escape(o.Reason)}");
        }

        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn("Reason");
        table.AddColumn(new TableColumn("log-odds").RightAligned());
        table.AddColumn(new TableColumn("odds ×").RightAligned());
        table.AddColumn("Source");
        table.AddColumn("What was observed");
        table.AddRow("[grey]base (prior)[/]", a.BaseLogOdds.ToString("0.000", Inv), string.Empty, string.Empty, string.Empty);
        foreach (var r in a.Reasons)
        {
            table.AddRow(
                Markup.Escape(r.Code),
                r.LogOdds.ToString("+0.000;-0.000", Inv),
                r.OddsMultiplier.ToString("0.00", Inv),
                r.Source.ToString().ToLowerInvariant(),
                Markup.Escape(r.Text));
        }

        table.AddRow("[bold]total = logit(score/100)[/]", $"[bold]{a.LogOdds.ToString("0.000", Inv)}[/]", string.Empty, string.Empty, string.Empty);
        console.Write(table);

        if (a.RecommendedActions.Count > 0)
        {
            console.MarkupLine("[bold]Recommended verification steps[/] (the same steps for everyone at this band):");
            foreach (var action in a.RecommendedActions)
            {
                console.MarkupLine($"  • {Markup.Escape(action.Text)} [grey]({Markup.Escape(string.Join(", ", action.TriggeredBy))})[/]");
            }
        }

        if (a.MissingSignals.Count > 0)
        {
            console.MarkupLine("[bold]Missing signals[/] (not scored; missing is not clean):");
            foreach (var m in a.MissingSignals)
            {
                console.MarkupLine($"  • [yellow]{Markup.Escape(m.Signal)}[/]: {Markup.Escape(m.Reason)} [grey]{Markup.Escape(string.Join(", ", m.Indicators))}[/]");
            }
        }

        if (a.Warnings.Count > 0)
        {
            console.MarkupLine("[bold]Input warnings[/]:");
            foreach (var w in a.Warnings)
            {
                console.MarkupLine($"  • {Markup.Escape(w.Code)} at {Markup.Escape(w.Pointer)}: {Markup.Escape(w.Message)}");
            }
        }

        console.MarkupLine("[bold]Candidate statement[/]:");
        console.WriteLine(a.ToCandidateStatement().ToString());
        console.MarkupLine($"[grey]rule set {Markup.Escape(a.Provenance.RuleSetVersion)}, input sha256 {Markup.Escape(a.Provenance.InputSha256[..16])}…, library {Markup.Escape(a.Provenance.LibraryVersion)}[/]");
    }

    private static string BandMarkup(RiskBand band) => band switch
    {
        RiskBand.Low => "[green]Low[/]",
        RiskBand.Medium => "[yellow]Medium[/]",
        RiskBand.High => "[darkorange]High[/]",
        _ => "[red bold]Critical[/]",
    };
}
