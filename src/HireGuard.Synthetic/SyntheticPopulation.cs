using System.Globalization;
using System.Text;
using System.Text.Json;
using HireGuard.IpIntelligence;
using HireGuard.Signals;

namespace HireGuard.Synthetic;

/// <summary>
/// Generates a synthetic population of hiring cases with labels (INDICATORS.md §6) and writes it with
/// the reference data its cases need: <c>cases.jsonl</c>, <c>labels.csv</c>, <c>reference/ip.mmdb</c>,
/// <c>reference/lists/&lt;label&gt;.txt</c> and <c>manifest.json</c>.
/// </summary>
/// <remarks>
/// <para>Deterministic: the same options give byte-identical files. Randomness comes only from the seed, time only from the start date.</para>
/// <para>
/// Protected attributes (sex, national-origin group, citizenship, immigrant status, disability,
/// primary language, age band) are drawn from one distribution for every class and written only
/// to the labels file's <c>eval_</c> columns; a document's nationality field follows the same draw.
/// </para>
/// <para>Thread-safe: each call works on its own state.</para>
/// </remarks>
public static class SyntheticPopulation
{
    /// <summary>The generator version written to the manifest; bumped whenever the same options would give different output.</summary>
    public const string GeneratorVersion = "1.0.0";

    /// <summary>The header of <c>labels.csv</c> up to the evaluation-only columns.</summary>
    public const string LabelsHeader = "case_id,outcome,decided_at,group,segment";

    /// <summary>Generates the cases lazily, in application order, holding only the population structure in memory.</summary>
    /// <param name="options">The options; validated first.</param>
    /// <returns>The records; enumerating twice gives the same records.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The options are invalid (every failure listed).</exception>
    public static IEnumerable<SyntheticRecord> Generate(SyntheticPopulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        SyntheticPopulationOptionsCustomValidator.ThrowIfInvalid(options);
        return Enumerate(Copy(options));
    }

    /// <summary>Writes the population and its reference data into <paramref name="directory"/> (created if missing; existing files replaced).</summary>
    /// <param name="options">The options; validated first.</param>
    /// <param name="directory">The output directory.</param>
    /// <returns>What was written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty.</exception>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The options are invalid.</exception>
    /// <exception cref="IOException">A file could not be written.</exception>
    public static SyntheticPopulationSummary Write(SyntheticPopulationOptions options, string directory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        SyntheticPopulationOptionsCustomValidator.ThrowIfInvalid(options);
        var copy = Copy(options);
        Directory.CreateDirectory(directory);
        var generator = new CaseGenerator(copy);
        WriteReferenceData(copy, Path.Combine(directory, "reference"));

        var outcomes = new SortedDictionary<string, int>(StringComparer.Ordinal) { ["cleared"] = 0, ["confirmed_dprk"] = 0, ["other_fraud"] = 0 };
        var segments = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var count = 0;
        DateTimeOffset? first = null;
        var last = generator.Start;
        var utf8 = new UTF8Encoding(false);
        using (var cases = new StreamWriter(Path.Combine(directory, "cases.jsonl"), false, utf8) { NewLine = "\n" })
        using (var labels = new StreamWriter(Path.Combine(directory, "labels.csv"), false, utf8) { NewLine = "\n" })
        {
            var headerWritten = false;
            foreach (var record in generator.Generate())
            {
                if (!headerWritten)
                {
                    labels.Write(LabelsHeader);
                    foreach (var (key, _) in record.Label.Evaluation)
                    {
                        labels.Write(",eval_");
                        labels.Write(key);
                    }

                    labels.Write('\n');
                    headerWritten = true;
                }

                cases.Write(HiringCaseJson.Write(record.Case));
                cases.Write('\n');
                WriteLabel(labels, record.Label);
                count++;
                var outcome = CaseGenerator.OutcomeText(record.Label.Outcome);
                outcomes[outcome]++;
                segments[record.Label.Segment] = segments.GetValueOrDefault(record.Label.Segment) + 1;
                var applied = record.Case.Sessions.Count > 0 ? record.Case.Sessions[0].Timestamp ?? generator.Start : generator.Start;
                first = first is null || applied < first ? applied : first;
                last = record.Label.DecidedAt > last ? record.Label.DecidedAt : last;
            }
        }

        var summary = new SyntheticPopulationSummary
        {
            Directory = directory,
            Count = count,
            Seed = copy.Seed,
            Scenario = ScenarioText(copy.Scenario),
            DprkShare = generator.DprkShare,
            Outcomes = outcomes,
            Segments = segments,
            FirstApplication = first ?? generator.Start,
            LastDecision = last,
        };
        WriteManifest(Path.Combine(directory, "manifest.json"), copy, summary);
        return summary;
    }

    /// <summary>Writes only the reference data (<c>ip.mmdb</c> and the CIDR lists) into <paramref name="referenceDirectory"/>; it is the same for every seed and scenario.</summary>
    /// <param name="options">The options (the start date stamps the MMDB build time).</param>
    /// <param name="referenceDirectory">The directory, usually <c>&lt;out&gt;/reference</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">A file could not be written.</exception>
    public static void WriteReferenceData(SyntheticPopulationOptions options, string referenceDirectory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(referenceDirectory);
        NetworkPlan.Write(referenceDirectory, new DateTimeOffset(options.StartDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
    }

    /// <summary>
    /// Returns IP-intelligence options that read the reference data of a written population:
    /// <c>reference/ip.mmdb</c> (GeoIP2-style schema; roles location, owner and anonymity) and the
    /// <c>astrill</c>, <c>tor-exit</c> and <c>datacenter</c> lists, plus the built-in DPRK allocation list.
    /// Pass them to <see cref="IpIntelligenceService.Create"/>.
    /// </summary>
    /// <param name="directory">The directory <see cref="Write"/> wrote to (the one holding <c>reference/</c>).</param>
    /// <returns>New options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
    public static IpIntelligenceOptions CreateIpIntelligenceOptions(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return NetworkPlan.Options(Path.Combine(directory, "reference"));
    }

    /// <summary>Returns the text form of a scenario (<c>general</c>, <c>low_base_rate</c>, <c>high_base_rate</c>, <c>adversarial</c>).</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The text form.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scenario"/> is not defined.</exception>
    public static string ScenarioText(SyntheticScenario scenario) => scenario switch
    {
        SyntheticScenario.General => "general",
        SyntheticScenario.LowBaseRate => "low_base_rate",
        SyntheticScenario.HighBaseRate => "high_base_rate",
        SyntheticScenario.Adversarial => "adversarial",
        _ => throw new ArgumentOutOfRangeException(nameof(scenario), scenario, "Unknown scenario."),
    };

    /// <summary>Parses a scenario's text form (case-insensitive; hyphens allowed for underscores).</summary>
    /// <param name="text">The text.</param>
    /// <param name="scenario">The scenario, when recognised.</param>
    /// <returns>Whether the text names a scenario.</returns>
    public static bool TryParseScenario(string? text, out SyntheticScenario scenario)
    {
        var normalized = text?.Trim().Replace('-', '_').ToLowerInvariant();
        foreach (var value in Enum.GetValues<SyntheticScenario>())
        {
            if (string.Equals(ScenarioText(value), normalized, StringComparison.Ordinal))
            {
                scenario = value;
                return true;
            }
        }

        scenario = default;
        return false;
    }

    private static IEnumerable<SyntheticRecord> Enumerate(SyntheticPopulationOptions options)
    {
        // A fresh generator per enumeration: its address counters and caches start from the seed again.
        foreach (var record in new CaseGenerator(options).Generate())
        {
            yield return record;
        }
    }

    private static SyntheticPopulationOptions Copy(SyntheticPopulationOptions o) => new()
    {
        Count = o.Count,
        Seed = o.Seed,
        Scenario = o.Scenario,
        StartDate = o.StartDate,
        DurationDays = o.DurationDays,
        DprkShareOverride = o.DprkShareOverride,
        LabelNoise = o.LabelNoise,
    };

    private static void WriteLabel(StreamWriter writer, SyntheticLabel label)
    {
        writer.Write(Csv(label.CaseId));
        writer.Write(',');
        writer.Write(CaseGenerator.OutcomeText(label.Outcome));
        writer.Write(',');
        writer.Write(label.DecidedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        writer.Write(',');
        writer.Write(Csv(label.Group));
        writer.Write(',');
        writer.Write(Csv(label.Segment));
        foreach (var (_, value) in label.Evaluation)
        {
            writer.Write(',');
            writer.Write(Csv(value));
        }

        writer.Write('\n');
    }

    /// <summary>RFC 4180 quoting: fields with commas, quotes or line breaks are quoted, quotes doubled.</summary>
    internal static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static void WriteManifest(string path, SyntheticPopulationOptions options, SyntheticPopulationSummary summary)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("generator", "HireGuard.Synthetic");
        json.WriteString("generatorVersion", GeneratorVersion);
        json.WriteNumber("seed", options.Seed);
        json.WriteString("scenario", summary.Scenario);
        json.WriteNumber("count", summary.Count);
        json.WriteNumber("dprkShare", summary.DprkShare);
        json.WriteBoolean("dprkShareOverridden", options.DprkShareOverride is not null);
        json.WriteNumber("otherFraudShare", PopulationTables.BaseRates(options.Scenario).OtherFraud);
        json.WriteBoolean("labelNoise", options.LabelNoise);
        json.WriteString("startDate", options.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteNumber("durationDays", options.DurationDays);
        json.WriteString("firstApplication", summary.FirstApplication.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        json.WriteString("lastDecision", summary.LastDecision.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        json.WriteStartObject("outcomes");
        foreach (var (key, value) in summary.Outcomes)
        {
            json.WriteNumber(key, value);
        }

        json.WriteEndObject();
        json.WriteStartObject("segments");
        foreach (var (key, value) in summary.Segments)
        {
            json.WriteNumber(key, value);
        }

        json.WriteEndObject();
        json.WriteStartObject("files");
        json.WriteString("cases", "cases.jsonl");
        json.WriteString("labels", "labels.csv");
        json.WriteString("mmdb", "reference/" + NetworkPlan.MmdbFileName);
        json.WriteStartArray("lists");
        foreach (var label in NetworkPlan.ListLabels)
        {
            json.WriteStringValue("reference/lists/" + label + ".txt");
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteString("addressSpace", "198.18.0.0/15 (RFC 2544), 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 (RFC 5737), 2001:db8::/32 (RFC 3849); plus the DPRK allocation 175.45.176.0/22");
        json.WriteString("note", "Synthetic data from modelling assumptions (INDICATORS.md §6); eval_ columns are evaluation-only and must never be features.");
        json.WriteEndObject();
    }
}
