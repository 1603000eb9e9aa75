using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HireGuard.IpIntelligence;
using Spectre.Console;

namespace HireGuard.Sample.Commands;

/// <summary><c>hireguard ip lookup --mmdb FILE IP... [--json]</c>: the record, network and prefix of each address in each database.</summary>
internal static class IpLookupCommand
{
    public static Command Create()
    {
        var databases = new Option<string[]>("--mmdb")
        {
            Description = "An MMDB file (GeoIP2, DB-IP, IPinfo, ip-location-db, or one built with 'hireguard ip build'); repeat for several.",
            Required = true,
            Arity = ArgumentArity.OneOrMore,
        };
        var addresses = new Argument<string[]>("IP") { Description = "IPv4 or IPv6 addresses.", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per address and database instead of a table." };
        var verify = new Option<bool>("--verify") { Description = "Verify each whole database first (slower; reports any corruption)." };
        var command = new Command("lookup", "Look addresses up in MMDB files (reads the file's own schema; prefix lengths are in the family of the address asked about).");
        command.Options.Add(databases);
        command.Arguments.Add(addresses);
        command.Options.Add(json);
        command.Options.Add(verify);
        command.SetAction(parse => Run(parse.GetValue(databases)!, parse.GetValue(addresses)!, parse.GetValue(json), parse.GetValue(verify)));
        return command;
    }

    private static int Run(string[] paths, string[] texts, bool json, bool verify)
    {
        var parsed = new List<(string Text, IPAddress Address)>();
        foreach (var text in texts)
        {
            if (!IPAddress.TryParse(text, out var address) || text.Contains('%', StringComparison.Ordinal))
            {
                Console.Error.WriteLine($"error: '{text}' is not an IP address");
                return 2;
            }

            parsed.Add((text, address));
        }

        var readers = new List<(string Name, MmdbReader Reader)>();
        try
        {
            foreach (var path in paths)
            {
                var reader = MmdbReader.Open(path);
                readers.Add((Path.GetFileName(path), reader));
                if (verify)
                {
                    reader.Verify();
                }
            }

            return json ? WriteJson(parsed, readers) : WriteTable(parsed, readers);
        }
        catch (Exception e) when (e is InvalidDatabaseException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
        finally
        {
            foreach (var (_, reader) in readers)
            {
                reader.Dispose();
            }
        }
    }

    private static int WriteJson(List<(string Text, IPAddress Address)> addresses, List<(string Name, MmdbReader Reader)> readers)
    {
        using var stdout = Console.OpenStandardOutput();
        foreach (var (text, address) in addresses)
        {
            foreach (var (name, reader) in readers)
            {
                var result = reader.Find(address);
                using (var writer = new Utf8JsonWriter(stdout, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                {
                    writer.WriteStartObject();
                    writer.WriteString("ip", text);
                    writer.WriteString("database", name);
                    writer.WriteString("databaseType", reader.Metadata.DatabaseType);
                    writer.WriteBoolean("found", result.Found);
                    writer.WriteString("network", result.Network.ToString());
                    writer.WriteNumber("prefixLength", result.PrefixLength);
                    writer.WritePropertyName("record");
                    result.WriteJson(writer);
                    writer.WriteEndObject();
                }

                stdout.Write("\n"u8);
            }
        }

        return 0;
    }

    private static int WriteTable(List<(string Text, IPAddress Address)> addresses, List<(string Name, MmdbReader Reader)> readers)
    {
        var table = new Table().AddColumns("IP", "Database", "Network", "Answer");
        foreach (var (text, address) in addresses)
        {
            foreach (var (name, reader) in readers)
            {
                var result = reader.Find(address);
                table.AddRow(Markup.Escape(text), Markup.Escape(name), Markup.Escape(result.Network.ToString()), Markup.Escape(result.Found ? Summary(reader, address, result) : "(not found)"));
            }
        }

        AnsiConsole.Write(table);
        return 0;
    }

    /// <summary>The typed fields the record has (location, owner, anonymity), else its JSON, shortened.</summary>
    private static string Summary(MmdbReader reader, IPAddress address, MmdbLookupResult result)
    {
        var parts = new List<string>();
        if (reader.TryCity(address, out var city))
        {
            var place = string.Join(", ", new[] { city.CountryIsoCode.Value, city.RegionName.Value ?? city.RegionIsoCode.Value, city.CityName.Value, city.PostalCode.Value }.OfType<string>());
            if (place.Length > 0)
            {
                parts.Add(place);
            }

            if (city.Latitude is { } latitude && city.Longitude is { } longitude)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"({latitude}, {longitude}{(city.AccuracyRadius is { } radius ? $" ±{radius} km" : string.Empty)})"));
            }

            if (city.TimeZone.Value is { } zone)
            {
                parts.Add(zone);
            }
        }

        if (reader.TryIsp(address, out var isp))
        {
            if (isp.AutonomousSystemNumber is { } asn)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"AS{asn} {isp.AutonomousSystemOrganization.Value}").TrimEnd());
            }

            if (isp.Isp.Value is { } provider && provider != isp.AutonomousSystemOrganization.Value)
            {
                parts.Add("ISP " + provider);
            }
        }

        if (reader.TryConnectionType(address, out var connection) && connection.ConnectionType.Value is { } type)
        {
            parts.Add(type);
        }

        if (reader.TryAnonymity(address, out var anonymity))
        {
            var flags = new[]
            {
                anonymity.IsAnonymousVpn ? "vpn" : null, anonymity.IsHostingProvider ? "hosting" : null, anonymity.IsPublicProxy ? "public-proxy" : null,
                anonymity.IsResidentialProxy ? "residential-proxy" : null, anonymity.IsTorExitNode ? "tor-exit" : null, anonymity.ProviderName.Value,
            }.OfType<string>().ToList();
            if (flags.Count > 0)
            {
                parts.Add("anonymous: " + string.Join(" ", flags));
            }
        }

        if (parts.Count > 0)
        {
            return string.Join("; ", parts);
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            result.WriteJson(writer);
        }

        var json = Encoding.UTF8.GetString(buffer.ToArray());
        return json.Length <= 120 ? json : json[..117] + "...";
    }
}
