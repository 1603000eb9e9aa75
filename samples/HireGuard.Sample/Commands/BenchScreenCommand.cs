using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using HireGuard.Sanctions;
using Microsoft.Extensions.Options;

namespace HireGuard.Sample.Commands;

/// <summary>
/// <c>hireguard bench screen</c>: loads the lists, screens names single-threaded and prints one JSON
/// line with the load time, throughput and latency percentiles.
/// </summary>
internal static class BenchScreenCommand
{
    // Without --names: the DPRK designations under their listed names and realistic variants, and
    // ordinary candidate names from many cultures (most queries in hiring are innocent).
    private static readonly string[] DefaultNames =
    [
        "Kim Ung Sun", "Kim Ung-sun", "Ung Sun Kim", "Vitaliy Sergeyevich Andreyev", "Vitaly Andreev", "Korea Sinjin Trading Corporation",
        "Shenyang Geumpungri Network Technology Co., Ltd", "Chinyong IT Cooperation Company", "Jo Kyong Hun", "Myong Chol Min",
        "Kim Se Un", "Korea Sobaeksu Trading Company", "Son Kyong Sik", "Jong In Chol", "Gayk Asatryan", "Yanbian Silverstar",
        "James Smith", "Maria Garcia", "Wei Zhang", "Min-jun Kim", "Priya Sharma", "Mohamed Hassan", "Dmitry Ivanov",
        "Chinedu Okafor", "Anh Nguyen", "Haruto Sato", "Lukas Müller", "Camille Dubois", "João Silva", "Mehmet Yılmaz",
        "Jakub Nowak", "Juan Dela Cruz", "Ayesha Khan", "Oleksandr Shevchenko", "Reza Hosseini", "Brian Kamau",
        "Jennifer Johnson", "Alejandra Hernández", "Xiaoling Chen", "Seo-yeon Park", "Rahul Gupta", "Fatima Ibrahim",
        "Elena Petrova", "Ngozi Adeyemi", "Linh Tran", "Yui Tanaka", "Anna Schmidt", "Lucas Martin", "Ana Santos",
        "Ayşe Kaya", "Zuzanna Kowalska", "Maria Santos", "Bilal Ahmed", "Olena Kovalenko", "Maryam Ahmadi", "Faith Otieno",
        "Robert Williams", "Luis Rodríguez", "Jun Wang", "Ji-ho Lee", "Arjun Reddy", "Omar Mahmoud", "Sergey Smirnov",
        "Emeka Eze", "Minh Pham", "Sota Suzuki", "Felix Weber", "Hugo Bernard", "Pedro Oliveira", "Emre Demir",
        "Acme Software Solutions LLC", "Globex International Trading Co", "Northwind Staffing Partners", "Contoso Payroll Services Ltd",
    ];

    public static Command Create()
    {
        var sources = new SanctionsSources();
        var names = new Option<string?>("--names") { Description = "A file with one name per line to screen (default: built-in DPRK and ordinary names)." };
        var queries = new Option<int>("--queries") { Description = "How many queries to time.", DefaultValueFactory = _ => 20_000 };
        var command = new Command("screen", "Time name screening: load time, queries/s, p50/p90/p99 latency (one JSON line).");
        sources.AddTo(command);
        command.Options.Add(names);
        command.Options.Add(queries);
        command.SetAction(parseResult =>
        {
            var count = parseResult.GetValue(queries);
            if (count is <= 0 or > 10_000_000)
            {
                Console.Error.WriteLine("bench screen: --queries must be between 1 and 10,000,000.");
                return 1;
            }

            string[] queryNames;
            if (parseResult.GetValue(names) is { } file)
            {
                try
                {
                    queryNames = File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    Console.Error.WriteLine($"bench screen: cannot read {file}: {ex.Message}");
                    return 2;
                }

                if (queryNames.Length == 0)
                {
                    Console.Error.WriteLine($"bench screen: {file} holds no names.");
                    return 2;
                }
            }
            else
            {
                queryNames = DefaultNames;
            }

            var options = sources.ToOptions(parseResult, out _);
            SanctionsScreener screener;
            var load = Stopwatch.StartNew();
            try
            {
                screener = SanctionsScreener.Create(options);
            }
            catch (SanctionsListException ex)
            {
                Console.Error.WriteLine("bench screen: " + ex.Message);
                return 2;
            }
            catch (OptionsValidationException ex)
            {
                Console.Error.WriteLine("bench screen: " + ex.Message);
                return 1;
            }

            var loadMs = load.Elapsed.TotalMilliseconds;

            // Warm up (JIT, tiering), then time each query on this thread.
            for (var i = 0; i < Math.Min(count, 5_000); i++)
            {
                screener.Screen(new SanctionsQuery { Name = queryNames[i % queryNames.Length] });
            }

            var latencies = new double[count];
            var hits = 0;
            var total = Stopwatch.StartNew();
            for (var i = 0; i < count; i++)
            {
                var query = new SanctionsQuery { Name = queryNames[i % queryNames.Length] };
                var start = Stopwatch.GetTimestamp();
                var result = screener.Screen(query);
                latencies[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
                hits += result.Hits.Count > 0 ? 1 : 0;
            }

            var seconds = total.Elapsed.TotalSeconds;
            Array.Sort(latencies);
            var line = new
            {
                command = "bench screen",
                lists = screener.Lists.Select(l => l.Name).ToArray(),
                entries = screener.EntryCount,
                names = screener.NameCount,
                distinctQueries = queryNames.Length,
                queries = count,
                loadMs = Math.Round(loadMs, 1),
                queriesPerSecond = Math.Round(count / seconds, 0),
                p50Us = Math.Round(Percentile(latencies, 0.50), 1),
                p90Us = Math.Round(Percentile(latencies, 0.90), 1),
                p99Us = Math.Round(Percentile(latencies, 0.99), 1),
                maxUs = Math.Round(latencies[^1], 1),
                hitRate = Math.Round((double)hits / count, 4),
            };
            Console.Out.WriteLine(JsonSerializer.Serialize(line, ScreenCommand.Json));
            return 0;
        });
        return command;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
