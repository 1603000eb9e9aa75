using System.Globalization;
using System.Text;
using HireGuard.Signals;

namespace HireGuard.Tests.Model;

/// <summary>
/// A small, seeded, hand-built labelled population for the learning-loop tests: confirmed DPRK cases
/// in operator cells of three, other-fraud cases (proxy interviewing) and cleared cases, some of them
/// look-alikes (travelling engineers, crypto-native contractors). Signals are noisy on both sides so
/// the classes overlap. An <c>eval_nationality</c> column is drawn independently of the outcome.
/// </summary>
internal static class LabelledCases
{
    public const string Header = "case_id,outcome,decided_at,group,segment,eval_nationality";

    private static readonly string[] Nationalities = ["US", "IN", "KR", "CN", "MX", "NG", "DE"];
    private static readonly string[] Names = ["Jordan Hayes", "Maria Alvarez", "Kim Min-jun", "Olusegun Adeyemi", "Nguyen Van An", "Lena Fischer", "Priya Raman", "Zhang Wei"];

    public static (List<HiringCase> Cases, string LabelsCsv) Create(int count, int seed)
    {
        var r = new Random(seed);
        var cases = new List<HiringCase>(count);
        var labels = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < count; i++)
        {
            var kind = (i % 10) switch { < 3 => "confirmed_dprk", 3 => "other_fraud", _ => "cleared" };
            var segment = kind == "cleared" ? (i % 5 == 0 ? "travelling-engineer" : i % 7 == 0 ? "crypto-contractor" : "ordinary") : kind == "other_fraud" ? "proxy-interview" : "laptop-farm";
            var id = "case-" + i.ToString("0000", CultureInfo.InvariantCulture);
            var group = kind == "confirmed_dprk" ? "cell-" + (i / 30).ToString(CultureInfo.InvariantCulture) + "-" + (i % 3).ToString(CultureInfo.InvariantCulture) : id;
            cases.Add(Build(r, id, kind, segment));
            labels.Append(CultureInfo.InvariantCulture, $"{id},{kind},2026-11-{1 + (i % 20):00},{group},{segment},{Nationalities[r.Next(Nationalities.Length)]}\n");
        }

        return (cases, labels.ToString());
    }

    /// <summary>Writes <c>cases.jsonl</c> and <c>labels.csv</c> into a directory.</summary>
    public static void Write(string directory, int count, int seed)
    {
        var (cases, labels) = Create(count, seed);
        File.WriteAllLines(Path.Combine(directory, "cases.jsonl"), cases.Select(c => HiringCaseJson.Write(c)));
        File.WriteAllText(Path.Combine(directory, "labels.csv"), labels);
    }

    private static HiringCase Build(Random r, string id, string kind, string segment)
    {
        var dprk = kind == "confirmed_dprk";
        var proxy = kind == "other_fraud";
        bool P(double positive, double negative) => r.NextDouble() < (dprk ? positive : negative);
        var name = Names[r.Next(Names.Length)];
        var start = new DateTimeOffset(2026, 9, 1, 15, 0, 0, TimeSpan.Zero).AddDays(r.Next(30));
        var travelling = segment == "travelling-engineer";
        var crypto = segment == "crypto-contractor";
        var payroll = new List<PayrollInstruction>
        {
            new() { Rail = crypto || P(0.3, 0.02) ? PayoutRail.Crypto : PayoutRail.DomesticBank, BankCountry = "US", HolderName = name, ChangedAt = start.AddDays(3) },
        };
        if (P(0.6, 0.05))
        {
            payroll.Add(new PayrollInstruction { Rail = PayoutRail.Fintech, BankCountry = "US", HolderName = "Casey Morgan Consulting", ChangedAt = start.AddDays(20) });
        }

        var usb = P(0.4, 0.01) ? new[] { new UsbDevice { Name = "Composite KVM Gadget", VendorId = "1d6b", ProductId = "0104", Classes = ["hid", "massStorage"] } } : [];
        var offset = travelling || P(0.5, 0.03) ? 480 : -360;
        return new HiringCase
        {
            CaseId = id,
            Candidate = new Candidate
            {
                FullName = name,
                Residence = new ClaimedResidence { Country = "US", Region = "IL", City = "Chicago", PostalCode = "60601", TimeZone = "America/Chicago", Street = "1 Main St" },
            },
            Documents =
            [
                new IdentityDocument
                {
                    Kind = DocumentKind.Passport,
                    Nationality = "US",
                    Verification = new DocumentVerification
                    {
                        TamperScore = Math.Round(dprk ? 0.2 + (0.7 * r.NextDouble()) : 0.4 * r.NextDouble(), 3),
                        SelfieMatchScore = Math.Round(proxy ? 0.5 + (0.4 * r.NextDouble()) : 0.7 + (0.3 * r.NextDouble()), 3),
                        DocumentLive = !P(0.4, 0.05),
                        LivenessPassed = true,
                    },
                },
            ],
            Sessions =
            [
                new Session { Stage = CaseStage.Interview, Timestamp = start, IpAddress = "198.51.100." + r.Next(1, 250).ToString(CultureInfo.InvariantCulture), UtcOffsetMinutes = offset },
                new Session
                {
                    Stage = CaseStage.Employment,
                    Timestamp = start.AddDays(25),
                    IpAddress = "203.0.113." + r.Next(1, 250).ToString(CultureInfo.InvariantCulture),
                    UtcOffsetMinutes = offset,
                    CorporateDevice = true,
                    RemoteAccessTools = P(0.4, 0.03) ? ["AnyDesk"] : [],
                    UsbDevices = usb,
                    AnonymizerClient = P(0.3, 0.1) ? "Astrill" : null,
                    InputLatency = new InputLatency { P50Ms = 40, P95Ms = Math.Round(dprk ? 120 + (200 * r.NextDouble()) : 40 + (100 * r.NextDouble()), 1), NetworkRttMs = 20, Samples = 1000 },
                },
            ],
            Shipments =
            [
                new Shipment { Equipment = "laptop", DeliveryAddress = new PostalAddress { Country = "US", PostalCode = P(0.5, 0.05) ? "85031" : "60601", Street = "1 Main St" }, MailDrop = P(0.4, 0.02), RerouteRequests = P(0.4, 0.05) ? 1 : 0 },
            ],
            Payroll = payroll,
            Interviews =
            [
                new Interview { Round = 1, At = start, CameraOnRatio = Math.Round(P(0.6, 0.08) ? 0.1 * r.NextDouble() : 0.6 + (0.4 * r.NextDouble()), 3), InPersonDeclined = P(0.5, 0.1) },
                new Interview { Round = 2, At = start.AddDays(5), CameraOnRatio = Math.Round(0.3 + (0.7 * r.NextDouble()), 3), PersonMatchScore = Math.Round(proxy || P(0.3, 0.02) ? 0.2 + (0.3 * r.NextDouble()) : 0.8 + (0.2 * r.NextDouble()), 3), DeepfakeScore = Math.Round(dprk ? 0.9 * r.NextDouble() : 0.3 * r.NextDouble(), 3) },
            ],
        };
    }
}
