using HireGuard.Rules.BuiltIn;
using HireGuard.Signals;
using HireGuard.Tests.TestUtilities;

namespace HireGuard.Tests.Rules;

public sealed class DeviceRuleTests
{
    private static HiringCase Corporate(params Session[] sessions) => TestCases.WithCandidate("Jordan Hayes") with { Sessions = sessions };

    [Fact]
    public void ShipAddress_SameAddressDifferentSpelling_DoesNotFire()
    {
        var c = TestCases.WithCandidate("Jordan Hayes") with
        {
            Shipments = [new Shipment { DeliveryAddress = new PostalAddress { Street = "1 Main Street", PostalCode = "62701-0001", Country = "us" } }],
        };

        Assert.Null(RuleHarness.Run(new ShipAddressMismatchRule(), c).Finding("DEV.SHIP_ADDRESS_MISMATCH"));
    }

    [Theory]
    [InlineData("9 Other Rd", "62701", "US", false, 0.6)]
    [InlineData("1 Main St", "90210", "US", false, 0.6)]
    [InlineData("1 Main St", "62701", "CA", true, 1.0)]
    [InlineData("1 Main St", "62701", "US", true, 0.5)]
    public void ShipAddress_DifferentOrMailDrop_FiresWithStrength(string street, string postal, string country, bool mailDrop, double strength)
    {
        var c = TestCases.WithCandidate("Jordan Hayes") with
        {
            Shipments = [new Shipment { DeliveryAddress = new PostalAddress { Street = street, PostalCode = postal, Country = country }, MailDrop = mailDrop }],
        };

        Assert.Equal(strength, RuleHarness.Run(new ShipAddressMismatchRule(), c).Finding("DEV.SHIP_ADDRESS_MISMATCH")!.Strength, 9);
    }

    [Fact]
    public void Possession_DeliveredToHouseholdMember_DoesNotFire()
    {
        var c = TestCases.WithCandidate("Jordan Hayes") with
        {
            Candidate = TestCases.WithCandidate("Jordan Hayes").Candidate! with { HouseholdMembers = [new HouseholdMember { Name = "Sam Hayes" }] },
            Shipments = [new Shipment { DeliveredToName = "Sam Hayes", SerialCheck = CheckResult.Passed }],
        };

        var a = RuleHarness.Run(new DevicePossessionRule(), c);

        Assert.Null(a.Finding("DEV.POSSESSION_CHECK_FAIL"));
        Assert.NotNull(a.Finding("DEV.POSSESSION_VERIFIED"));
    }

    [Fact]
    public void Possession_SerialCheckFailed_FiresAndSuppressesVerified()
    {
        var c = TestCases.WithCandidate("Jordan Hayes") with
        {
            Shipments = [new Shipment { SerialCheck = CheckResult.Failed }, new Shipment { SerialCheck = CheckResult.Passed }],
        };

        var a = RuleHarness.Run(new DevicePossessionRule(), c);

        Assert.NotNull(a.Finding("DEV.POSSESSION_CHECK_FAIL"));
        Assert.Null(a.Finding("DEV.POSSESSION_VERIFIED"));
    }

    [Fact]
    public void RemoteAccess_UnapprovedToolOnCorporateDevice_Fires_ApprovedOrPersonalDoesNot()
    {
        var corporate = Corporate(new Session { CorporateDevice = true, RemoteAccessTools = ["anydesk", "TeamViewer"] });
        var personal = Corporate(new Session { CorporateDevice = false, Stage = CaseStage.Application, RemoteAccessTools = ["AnyDesk"] });

        var fired = RuleHarness.Run(new RemoteAccessToolRule(), corporate, o => o.Rules.ApprovedRemoteAccessTools.Add("teamviewer"));
        var allowed = RuleHarness.Run(new RemoteAccessToolRule(), corporate, o => o.Rules.ApprovedRemoteAccessTools.AddRange(["AnyDesk", "TeamViewer"]));

        var f = fired.Finding("DEV.UNSANCTIONED_RMM")!;
        Assert.Equal("AnyDesk", Assert.Single(f.Evidence).Observed);
        Assert.Equal("/sessions/0/remoteAccessTools/0", f.Evidence[0].Pointer);
        Assert.Null(allowed.Finding("DEV.UNSANCTIONED_RMM"));
        Assert.True(RuleHarness.Run(new RemoteAccessToolRule(), personal).IsMissing("DEV.UNSANCTIONED_RMM"));
    }

    [Theory]
    [InlineData("PiKVM v4 Plus", null, new[] { "hid" }, 1.0)]
    [InlineData("Composite Gadget", "1D6B", new[] { "hid" }, 0.9)]
    [InlineData("USB Device", "abcd", new[] { "hid", "massStorage", "audio" }, 0.6)]
    [InlineData("Dell Dock WD19", "413c", new[] { "hid", "audio", "network" }, 0.0)]
    [InlineData("Logitech Receiver", "046d", new[] { "hid" }, 0.0)]
    public void Kvm_RecognisesNamesGadgetIdsAndClassSignatures(string name, string? vendor, string[] classes, double strength)
    {
        var c = Corporate(new Session { CorporateDevice = true, UsbDevices = [new UsbDevice { Name = name, VendorId = vendor, Classes = classes }] });

        var f = RuleHarness.Run(new KvmHardwareRule(), c).Finding("DEV.IP_KVM_HARDWARE");

        Assert.Equal(strength, f?.Strength ?? 0.0, 9);
    }

    [Fact]
    public void DayOne_HighSeverityWithinWindowOfDelivery_Fires_LaterDoesNot()
    {
        var delivered = new DateTimeOffset(2026, 10, 3, 17, 0, 0, TimeSpan.Zero);
        HiringCase WithFinding(DateTimeOffset at, EdrSeverity severity) => TestCases.WithCandidate("A B") with
        {
            Shipments = [new Shipment { DeliveredAt = delivered }],
            Employment = new Employment { EdrFindings = [new EdrFinding { At = at, Kind = "infostealer", Severity = severity }] },
        };

        Assert.NotNull(RuleHarness.Run(new DayOneTamperingRule(), WithFinding(delivered.AddHours(3), EdrSeverity.Critical)).Finding("DEV.DAY1_TAMPERING"));
        Assert.Null(RuleHarness.Run(new DayOneTamperingRule(), WithFinding(delivered.AddDays(30), EdrSeverity.Critical)).Finding("DEV.DAY1_TAMPERING"));
        Assert.Null(RuleHarness.Run(new DayOneTamperingRule(), WithFinding(delivered.AddHours(3), EdrSeverity.Medium)).Finding("DEV.DAY1_TAMPERING"));
    }
}
