using System.CommandLine;
using HireGuard.Sanctions;

namespace HireGuard.Sample.Commands;

/// <summary>The list options <c>screen</c> and <c>bench screen</c> share, and how they become <see cref="SanctionsOptions"/>.</summary>
internal sealed class SanctionsSources
{
    public Option<string?> Directory { get; } = new("--sanctions")
    {
        Description = "Directory with OFAC's CSV files (sdn.csv, alt.csv, add.csv, sdn_comments.csv; cons_*.csv optional). Download them yourself; HireGuard never downloads.",
    };

    public Option<string[]> Watchlists { get; } = new("--watchlist")
    {
        Description = "An internal watchlist in HireGuard's CSV or JSON format (repeatable).",
    };

    public Option<bool> WithExcerpt { get; } = new("--with-excerpt")
    {
        Description = "Also load the embedded DPRK IT-worker excerpt (2023-2025 designations).",
    };

    public Option<bool> AllowIncomplete { get; } = new("--allow-incomplete")
    {
        Description = "Load an OFAC set with companion files missing or remarks cut without continuation (reported as warnings).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Directory);
        command.Options.Add(Watchlists);
        command.Options.Add(WithExcerpt);
        command.Options.Add(AllowIncomplete);
    }

    /// <summary>Builds the options; <paramref name="embeddedOnly"/> tells whether only the embedded excerpt is used.</summary>
    public SanctionsOptions ToOptions(ParseResult parseResult, out bool embeddedOnly)
    {
        var options = new SanctionsOptions
        {
            ListDirectory = parseResult.GetValue(Directory),
            UseEmbeddedExcerpt = parseResult.GetValue(WithExcerpt),
            AllowIncompleteListSet = parseResult.GetValue(AllowIncomplete),
        };
        foreach (var file in parseResult.GetValue(Watchlists) ?? [])
        {
            options.WatchlistFiles.Add(file);
        }

        embeddedOnly = options.ListDirectory is null && options.WatchlistFiles.Count == 0;
        if (embeddedOnly)
        {
            options.UseEmbeddedExcerpt = true;
        }

        return options;
    }
}
