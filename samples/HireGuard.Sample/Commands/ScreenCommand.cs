using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using HireGuard.Sanctions;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace HireGuard.Sample.Commands;

/// <summary><c>hireguard screen</c>: screens one party against OFAC's lists (or the embedded excerpt).</summary>
internal static class ScreenCommand
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static Command Create()
    {
        var sources = new SanctionsSources();
        var name = new Option<string?>("--name") { Description = "The name to screen (person or organisation)." };
        var dob = new Option<string?>("--dob") { Description = "Date of birth, YYYY-MM-DD (corroborates a name match)." };
        var wallet = new Option<string?>("--wallet") { Description = "A cryptocurrency address, matched exactly." };
        var ids = new Option<string[]>("--id") { Description = "A passport, national-ID or registration number (repeatable)." };
        var nationality = new Option<string?>("--nationality") { Description = "Document nationality, ISO alpha-2 (corroboration only)." };
        var related = new Option<string[]>("--related") { Description = "Another party in the same case, e.g. the employer (repeatable)." };
        var kind = new Option<SanctionsPartyKind>("--kind") { Description = "Individual, Organization or Unknown.", DefaultValueFactory = _ => SanctionsPartyKind.Unknown };
        var json = new Option<bool>("--json") { Description = "Write the result as JSON on stdout." };

        var command = new Command("screen", "Screen a name, wallet or ID number against sanctions lists.");
        sources.AddTo(command);
        foreach (var option in new Option[] { name, dob, wallet, ids, nationality, related, kind, json })
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult =>
        {
            var query = new SanctionsQuery
            {
                Name = parseResult.GetValue(name),
                WalletAddress = parseResult.GetValue(wallet),
                IdentifierNumbers = parseResult.GetValue(ids) ?? [],
                Nationality = parseResult.GetValue(nationality),
                RelatedNames = parseResult.GetValue(related) ?? [],
                Kind = parseResult.GetValue(kind),
            };
            if (query.Name is null && query.WalletAddress is null && query.IdentifierNumbers.Count == 0)
            {
                Console.Error.WriteLine("screen: give --name, --wallet or --id.");
                return 1;
            }

            if (parseResult.GetValue(dob) is { } dobText)
            {
                if (!DateOnly.TryParseExact(dobText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    Console.Error.WriteLine($"screen: --dob '{dobText}' is not YYYY-MM-DD.");
                    return 1;
                }

                query = query with { DateOfBirth = parsed };
            }

            var options = sources.ToOptions(parseResult, out var embeddedOnly);
            if (embeddedOnly)
            {
                Console.Error.WriteLine("No --sanctions directory: screening against the embedded DPRK IT-worker excerpt only. Load OFAC's current files for real screening.");
            }

            SanctionsScreener screener;
            try
            {
                screener = SanctionsScreener.Create(options);
            }
            catch (SanctionsListException ex)
            {
                Console.Error.WriteLine("screen: " + ex.Message);
                return 2;
            }
            catch (OptionsValidationException ex)
            {
                Console.Error.WriteLine("screen: " + ex.Message);
                return 1;
            }

            foreach (var warning in screener.LoadWarnings)
            {
                Console.Error.WriteLine("warning: " + warning);
            }

            var result = screener.Screen(query);
            if (parseResult.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(result, Json));
                return 0;
            }

            Print(result);
            return 0;
        });
        return command;
    }

    private static void Print(SanctionsScreeningResult result)
    {
        foreach (var list in result.Lists)
        {
            AnsiConsole.MarkupLine($"[grey]{Markup.Escape(list.Name)}: {list.Records} entries, list date {list.BuildDate:yyyy-MM-dd}[/]");
        }

        if (result.Hits.Count == 0)
        {
            AnsiConsole.MarkupLine("[green]No hit at or above the review threshold.[/]");
            return;
        }

        var table = new Table().AddColumns("Confidence", "Listed entry", "Matched on", "Name", "Score", "Corroborated by / conflicts");
        foreach (var hit in result.Hits)
        {
            var confidence = hit.Confidence == SanctionsMatchConfidence.Definitive ? "[red]Definitive[/]" : "[yellow]Review[/]";
            var details = string.Join(", ", hit.Corroboration.Concat(hit.Conflicts.Select(c => "conflict:" + c)));
            table.AddRow(
                confidence,
                Markup.Escape($"{hit.EntryName} [{hit.EntryId}, {string.Join("/", hit.Programs)}]"),
                Markup.Escape($"{hit.MatchedOn}: {hit.MatchedName}"),
                hit.NameSimilarity.ToString("F2", CultureInfo.InvariantCulture),
                hit.MatchScore.ToString("F2", CultureInfo.InvariantCulture),
                Markup.Escape(details));
        }

        AnsiConsole.Write(table);
    }
}
