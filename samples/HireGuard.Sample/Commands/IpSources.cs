using System.CommandLine;
using HireGuard.IpIntelligence;

namespace HireGuard.Sample.Commands;

/// <summary>The IP intelligence options of <c>score</c> (<c>--mmdb FILE</c>, <c>--ip-list LABEL=FILE</c>), and how they become <see cref="IpIntelligenceOptions"/>.</summary>
internal sealed class IpSources
{
    public Option<string[]> Databases { get; } = new("--mmdb")
    {
        Description = "An MMDB file to enrich session addresses with (GeoIP2, DB-IP, IPinfo, ip-location-db, or one built with 'hireguard ip build'); repeatable, first wins per field.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string[]> Lists { get; } = new("--ip-list")
    {
        Description = "A labelled IP list as LABEL=FILE (e.g. astrill=astrill.txt, tor-exit=tor.txt); repeatable. Prefix the label with 'allow:' for an allow-list (allow:corporate-egress=egress.txt).",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Databases);
        command.Options.Add(Lists);
    }

    /// <summary>Builds the options, or null when neither option was given; <paramref name="error"/> explains a malformed <c>--ip-list</c>.</summary>
    public IpIntelligenceOptions? ToOptions(ParseResult parseResult, out string? error)
    {
        error = null;
        var databases = parseResult.GetValue(Databases) ?? [];
        var lists = parseResult.GetValue(Lists) ?? [];
        if (databases.Length == 0 && lists.Length == 0)
        {
            return null;
        }

        var options = new IpIntelligenceOptions();
        foreach (var path in databases)
        {
            options.Databases.Add(new MmdbDatabaseOptions { Path = path });
        }

        foreach (var item in lists)
        {
            var equals = item.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == item.Length - 1)
            {
                error = $"--ip-list expects LABEL=FILE, got '{item}'.";
                return null;
            }

            var label = item[..equals];
            var allow = label.StartsWith("allow:", StringComparison.Ordinal);
            options.Lists.Add(new IpListOptions { Label = allow ? label["allow:".Length..] : label, Path = item[(equals + 1)..], IsAllowList = allow });
        }

        return options;
    }
}
