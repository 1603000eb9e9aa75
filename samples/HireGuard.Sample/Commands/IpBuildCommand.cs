using System.CommandLine;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using HireGuard.IpIntelligence;

namespace HireGuard.Sample.Commands;

/// <summary>
/// <c>hireguard ip build --list LABEL=FILE... [--allow LABEL=FILE...] --out FILE</c>: compiles labelled
/// CIDR lists into one MMDB whose records are <c>{"labels": [...], "allow_labels": [...]}</c>, which
/// <see cref="IpIntelligenceService"/> reads as list matches (database role Lists).
/// </summary>
internal static class IpBuildCommand
{
    public static Command Create()
    {
        var lists = new Option<string[]>("--list") { Description = "A list whose matches raise findings, as LABEL=FILE (e.g. astrill=astrill.txt); repeatable.", Arity = ArgumentArity.ZeroOrMore };
        var allows = new Option<string[]>("--allow") { Description = "An allow-list whose matches suppress findings, as LABEL=FILE (e.g. corporate-egress=egress.txt); repeatable.", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string>("--out") { Description = "The MMDB file to write (replaced atomically).", Required = true };
        var dprk = new Option<bool>("--include-dprk") { Description = "Also include the built-in DPRK allocation list (label dprk-allocation)." };
        var ipVersion = new Option<int>("--ip-version") { Description = "Tree type: 6 (IPv4 and IPv6, default) or 4 (IPv4 only).", DefaultValueFactory = _ => 6 };
        var recordSize = new Option<int>("--record-size") { Description = "Record size in bits: 24, 28, 32, or 0 for the smallest that fits (default).", DefaultValueFactory = _ => 0 };
        var databaseType = new Option<string>("--database-type") { Description = "The metadata database_type.", DefaultValueFactory = _ => "HireGuard-IP-Lists" };
        var description = new Option<string?>("--description") { Description = "An English description stored in the metadata." };
        var json = new Option<bool>("--json") { Description = "Print the summary as one JSON line." };
        var command = new Command("build", "Compile labelled CIDR lists (one address, CIDR or range per line; # comments) into one MMDB file.");
        foreach (var option in new Option[] { lists, allows, output, dprk, ipVersion, recordSize, databaseType, description, json })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => Run(
            parse.GetValue(lists) ?? [],
            parse.GetValue(allows) ?? [],
            parse.GetValue(output)!,
            parse.GetValue(dprk),
            parse.GetValue(ipVersion),
            parse.GetValue(recordSize),
            parse.GetValue(databaseType)!,
            parse.GetValue(description),
            parse.GetValue(json)));
        return command;
    }

    private static int Run(string[] lists, string[] allows, string output, bool dprk, int ipVersion, int recordSize, string databaseType, string? description, bool json)
    {
        if (lists.Length == 0 && allows.Length == 0 && !dprk)
        {
            Console.Error.WriteLine("error: give at least one --list, --allow or --include-dprk");
            return 1;
        }

        if (ipVersion is not (4 or 6) || recordSize is not (0 or 24 or 28 or 32))
        {
            Console.Error.WriteLine("error: --ip-version is 4 or 6; --record-size is 0, 24, 28 or 32");
            return 1;
        }

        var sources = new List<(string Label, string Path, bool Allow)>();
        foreach (var (specs, allow) in new[] { (lists, false), (allows, true) })
        {
            foreach (var spec in specs)
            {
                var equals = spec.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0 || equals == spec.Length - 1)
                {
                    Console.Error.WriteLine($"error: '{spec}' is not LABEL=FILE");
                    return 1;
                }

                sources.Add((spec[..equals], spec[(equals + 1)..], allow));
            }
        }

        try
        {
            var loaded = new List<IpList>();
            foreach (var (label, path, allow) in sources)
            {
                var list = IpList.Load(path, label, allow);
                foreach (var warning in list.Warnings)
                {
                    Console.Error.WriteLine("warning: " + warning);
                }

                loaded.Add(list);
            }

            if (dprk)
            {
                loaded.Add(DprkAddressSpace.CreateList());
            }

            var options = new MmdbWriterOptions
            {
                DatabaseType = databaseType,
                IpVersion = ipVersion,
                RecordSize = recordSize,
                MergeStrategy = MmdbMergeStrategy.MergeDeep,
                Languages = { "en" },
            };
            if (description is not null)
            {
                options.Description["en"] = description;
            }

            var writer = new MmdbWriter(options);
            var networks = 0;
            var skipped = 0;
            foreach (var list in loaded)
            {
                var value = new Dictionary<string, object> { [list.IsAllowList ? "allow_labels" : "labels"] = new[] { list.Label } };
                foreach (var network in list.Networks)
                {
                    if (ipVersion == 4 && network.BaseAddress.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6)
                    {
                        skipped++;
                        continue;
                    }

                    writer.Insert(network, value);
                    networks++;
                }
            }

            if (skipped > 0)
            {
                Console.Error.WriteLine($"warning: {skipped} IPv6 networks skipped (--ip-version 4)");
            }

            writer.Write(output);
            using var reader = MmdbReader.Open(output);
            reader.Verify();
            var sha256 = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(output)));
            var size = new FileInfo(output).Length;
            if (json)
            {
                using var stdout = Console.OpenStandardOutput();
                using (var summary = new Utf8JsonWriter(stdout, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                {
                    summary.WriteStartObject();
                    summary.WriteString("output", output);
                    summary.WriteNumber("lists", loaded.Count);
                    summary.WriteNumber("networks", networks);
                    summary.WriteNumber("nodes", reader.Metadata.NodeCount);
                    summary.WriteNumber("recordSize", reader.Metadata.RecordSize);
                    summary.WriteNumber("bytes", size);
                    summary.WriteString("buildDate", reader.Metadata.BuildDate?.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
                    summary.WriteString("sha256", sha256);
                    summary.WriteEndObject();
                }

                stdout.Write("\n"u8);
            }
            else
            {
                Console.WriteLine($"Wrote {output}: {loaded.Count} lists, {networks} networks, {reader.Metadata.NodeCount} nodes, {reader.Metadata.RecordSize}-bit records, {size} bytes, sha256 {sha256}.");
            }

            return 0;
        }
        catch (IpListFormatException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
    }
}
