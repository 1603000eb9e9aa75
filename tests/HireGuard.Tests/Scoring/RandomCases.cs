using FsCheck;
using FsCheck.Fluent;
using HireGuard.Signals;

namespace HireGuard.Tests.Scoring;

/// <summary>FsCheck generators of plausible (and implausible) hiring cases.</summary>
internal static class RandomCases
{
    private static readonly string[] Names = ["Maria Alvarez", "Jordan Hayes", "Kim Min-jun", "Olusegun Adeyemi", "Анна Петрова", "Nguyen Van An", "Cassandra Patterson", "Lena Fischer", "O'Brien Sean"];
    private static readonly string[] Countries = ["US", "DE", "GB", "IN", "BR", "CN", "RU", "KR", "NG", "XX"];
    private static readonly string[] Zones = ["America/Chicago", "Europe/Berlin", "Asia/Shanghai", "Asia/Pyongyang", "Africa/Lagos", "Bad/Zone"];
    private static readonly string[] Tools = ["AnyDesk", "TeamViewer", "rustdesk", "SomethingRemote", "Zoom"];

    public static Gen<HiringCase> Gen() =>
        from seed in FsCheck.Fluent.Gen.Choose(0, int.MaxValue)
        select Build(new Random(seed));

    private static HiringCase Build(Random r)
    {
        T Pick<T>(T[] items) => items[r.Next(items.Length)];
        double? Ratio() => r.Next(5) == 0 ? null : Math.Round(r.NextDouble() * 1.1, 3);
        bool? Flag() => r.Next(3) switch { 0 => null, 1 => true, _ => false };
        var name = Pick(Names);
        var start = new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero).AddHours(r.Next(2000));
        return new HiringCase
        {
            CaseId = "rnd-" + r.Next(),
            Context = new CaseContext { CryptoNativeEmployer = Flag() },
            Candidate = r.Next(6) == 0 ? null : new Candidate
            {
                FullName = name,
                Residence = new ClaimedResidence { Country = Pick(Countries), TimeZone = Pick(Zones), PostalCode = r.Next(99999).ToString("00000", System.Globalization.CultureInfo.InvariantCulture), Street = r.Next(100) + " Main St" },
                References = [.. Enumerable.Range(0, r.Next(3)).Select(_ => new Reference { Email = r.Next(2) == 0 ? "x@gmail.com" : "x@corp.example", Organization = "Corp", ContactVerified = Flag() })],
                EmploymentHistory = [.. Enumerable.Range(0, r.Next(3)).Select(_ => new EmploymentHistoryEntry { Employer = "E", Verified = Flag() })],
            },
            Documents = [.. Enumerable.Range(0, r.Next(2)).Select(_ => new IdentityDocument
            {
                Nationality = Pick(Countries),
                Verification = new DocumentVerification { TamperScore = Ratio(), SelfieMatchScore = Ratio(), LivenessPassed = Flag(), InjectionDetected = Flag(), DocumentLive = Flag() },
            })],
            Sessions = [.. Enumerable.Range(0, r.Next(5)).Select(i => new Session
            {
                Timestamp = start.AddHours(i * 30),
                UtcOffsetMinutes = r.Next(4) == 0 ? null : (r.Next(-12, 15) * 60),
                IpAddress = r.Next(4) == 0 ? "not-an-ip" : $"198.51.100.{r.Next(256)}",
                CorporateDevice = Flag(),
                Stage = (CaseStage)r.Next(5),
                RemoteAccessTools = [.. Enumerable.Range(0, r.Next(2)).Select(_ => Pick(Tools))],
                UsbDevices = r.Next(4) == 0 ? [new UsbDevice { VendorId = r.Next(2) == 0 ? "1d6b" : "046d", Classes = ["hid", "massStorage"] }] : [],
            })],
            Shipments = [.. Enumerable.Range(0, r.Next(2)).Select(_ => new Shipment
            {
                DeliveryAddress = new PostalAddress { Country = Pick(Countries), PostalCode = r.Next(99999).ToString(System.Globalization.CultureInfo.InvariantCulture) },
                MailDrop = Flag(),
                SerialCheck = (CheckResult)r.Next(3),
                DeliveredToName = r.Next(2) == 0 ? name : Pick(Names),
            })],
            Payroll = [.. Enumerable.Range(0, r.Next(4)).Select(i => new PayrollInstruction
            {
                Rail = (PayoutRail)r.Next(4),
                HolderName = r.Next(3) == 0 ? Pick(Names) : name,
                BankCountry = Pick(Countries),
                ChangedAt = start.AddDays(i * r.Next(1, 60)),
                OwnershipCheck = (CheckResult)r.Next(3),
            })],
            Interviews = [.. Enumerable.Range(0, r.Next(4)).Select(_ => new Interview
            {
                CameraOnRatio = Ratio(),
                DeepfakeScore = Ratio(),
                PersonMatchScore = Ratio(),
                InPersonDeclined = Flag(),
                ChallengeFailures = r.Next(5) - 1,
            })],
        };
    }
}
