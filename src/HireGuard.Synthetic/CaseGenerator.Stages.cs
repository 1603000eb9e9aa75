using System.Globalization;
using HireGuard.Signals;

namespace HireGuard.Synthetic;

/// <summary>The sections of a case, stage by stage (§6.1), each drawn from the record's latents.</summary>
internal sealed partial class CaseGenerator
{
    private static readonly string[] DocumentLetters = ["A", "C", "D", "E", "H", "K", "L", "M", "P", "R", "T", "X"];

    private static bool IsDprk(Profile p) => p.Class == CaseClass.Dprk;

    private static bool Is(Profile p, string archetype) => p.Archetypes.Any(a => a.Name == archetype);

    private static void ApplicationSessions(Profile p, Place claimed, Timeline timeline, List<Session> sessions)
    {
        var r = p.Random;
        var astrill = Has(p, Signal.AstrillApp);
        var anonymous = !astrill && Has(p, Signal.AnonInfraApp);
        var hub = !astrill && !anonymous && (Has(p, Signal.HubEgress) || (IsDprk(p) && Has(p, Signal.GeoMismatchPre)));
        var browserElsewhere = Has(p, Signal.GeoMismatchPre);
        var count = r.Between(1, 3);
        var anyHour = Has(p, Signal.HoursInconsistent);

        // NET.REMOTE_DESKTOP_EXPOSURE on the personal device: homelab users and operators alike.
        var remoteDesktop = Has(p, Signal.RemoteDesktopExposure);
        var remoteTool = r.Pick(PopulationTables.RemoteAccessTools);
        for (var i = 0; i < count; i++)
        {
            var at = WorkingHours(r, timeline.Now.AddDays(i), claimed.TimeZone, anyHour);
            timeline.Touch(at);
            var (ip, client) = PreHireEgress(p, astrill, anonymous, hub);
            var zone = browserElsewhere ? Elsewhere(p, ip, claimed).TimeZone : claimed.TimeZone;
            sessions.Add(new Session
            {
                Stage = CaseStage.Application,
                Timestamp = at,
                IpAddress = ip,
                BrowserTimeZone = zone,
                UtcOffsetMinutes = Offset(zone, at),
                UserAgent = UserAgents[(int)(p.Person.Key % (ulong)UserAgents.Length)],
                DeviceId = p.PersonalDevice,
                CorporateDevice = false,
                AnonymizerClient = client,
                RemoteAccessTools = remoteDesktop ? [remoteTool] : [],
            });
        }

        // NET.IMPOSSIBLE_TRAVEL: two sign-ins hours apart from places thousands of kilometres apart
        // (an operator's slip past the proxy, or a traveller's VPN switching exits).
        if (Has(p, Signal.ImpossibleTravel) && sessions.Count > 0)
        {
            var first = sessions[^1];
            var far = IsDprk(p) ? p.Actual : p.TravelPlace ?? r.Pick(PopulationTables.TravelPlaces);
            var farIp = IsDprk(p) ? HubAddress(p) : NetworkPlan.Residential(far, false, 0, p.Person.Key ^ 0x7A7A);
            if (NetworkPlan.PlaceOf(farIp).Country == NetworkPlan.PlaceOf(first.IpAddress!).Country)
            {
                farIp = NetworkPlan.Residential(claimed, false, 0, p.Person.Key);
            }

            var at = first.Timestamp!.Value.AddMinutes(r.Between(30, 180));
            timeline.Touch(at);
            sessions.Add(first with { Timestamp = at, IpAddress = farIp, UtcOffsetMinutes = Offset(first.BrowserTimeZone!, at), AnonymizerClient = null });
        }
    }

    /// <summary>The egress of a pre-hire session: Astrill, another anonymiser, the hub, or a clean residential address.</summary>
    private static (string Ip, string? Client) PreHireEgress(Profile p, bool astrill, bool anonymous, bool hub)
    {
        var r = p.Random;
        if (astrill)
        {
            return (NetworkPlan.AddressIn(NetworkKind.Astrill, r), r.Chance(PopulationTables.AstrillClientNamed) ? "Astrill VPN" : null);
        }

        if (anonymous)
        {
            var kind = Is(p, "privacy_minded") && r.Chance(PopulationTables.TorAmongPrivacyMinded) ? NetworkKind.TorExit
                : p.Tier == Tier.High && r.Chance(PopulationTables.ResidentialProxyAmongSophisticated) ? NetworkKind.ResidentialProxy
                : r.Chance(PopulationTables.ConsumerVpnVsHosting) ? NetworkKind.ConsumerVpn : NetworkKind.Hosting;
            return (NetworkPlan.AddressIn(kind, r), kind == NetworkKind.ConsumerVpn && r.Chance(PopulationTables.VpnClientNamed) ? "Example VPN" : kind == NetworkKind.TorExit ? "Tor Browser" : null);
        }

        if (hub)
        {
            return (HubAddress(p), null);
        }

        if (p.TravelPlace is { } travel)
        {
            return (NetworkPlan.Residential(travel, false, 0, p.Person.Key ^ 0x5A5A), null);
        }

        if (p.Facilitator is { } farm && (p.FacilitatorSelf || r.Chance(PopulationTables.FarmEgressBeforeHire)))
        {
            return (farm.EgressIp, null);
        }

        return (p.HomeIp!, null);
    }

    /// <summary>An address where the person really is: the cell's office (or, rarely, the DPRK's own allocation), a China expat's ISP.</summary>
    private static string HubAddress(Profile p)
    {
        var r = p.Random;
        if (p.Cell is { } cell)
        {
            if (cell.Place.Country == "KP")
            {
                return NetworkPlan.AddressIn(NetworkKind.DprkAllocation, r);
            }

            return r.Chance(PopulationTables.CellOfficeEgress) ? NetworkPlan.SharedEgress(cell.Place, cell.EgressSlot) : NetworkPlan.Residential(cell.Place, false, 0, r.NextUInt64());
        }

        return NetworkPlan.Residential(p.Actual, false, 0, p.Person.Key ^ 0xC0FFEE);
    }

    private static Place Elsewhere(Profile p, string ip, Place claimed)
    {
        if (p.Class == CaseClass.Dprk || p.TravelPlace is not null || Is(p, "china_expat"))
        {
            return p.Actual;
        }

        var where = NetworkPlan.PlaceOf(ip);
        return where.TimeZone != claimed.TimeZone ? where : p.Random.Pick(PopulationTables.TravelPlaces);
    }

    private static void InterviewStage(Profile p, Place claimed, Timeline timeline, List<Session> sessions, List<Interview> interviews)
    {
        var r = p.Random;
        var rounds = r.Between(1, PopulationTables.InterviewRoundsMax);
        var avoidsCamera = Has(p, Signal.CameraAvoidance);
        var synthetic = !avoidsCamera && Has(p, Signal.SyntheticMedia);
        var voice = IsDprk(p) && r.Chance(PopulationTables.VoiceChanger);
        var switchRound = Has(p, Signal.PersonSwitch) || (p.Facilitator?.StandsIn ?? false) ? (rounds >= 2 ? r.Between(2, rounds) : 1) : -1;
        var avoidsInPerson = Has(p, Signal.InPersonAvoidance);
        var aiCheater = p.FraudType == "ai_cheater";
        var astrill = Has(p, Signal.AstrillApp);
        var anonymous = !astrill && Has(p, Signal.AnonInfraApp);
        var hub = !astrill && !anonymous && IsDprk(p) && Has(p, Signal.GeoMismatchPre);
        var offers = 0;
        for (var round = 1; round <= rounds; round++)
        {
            timeline.Advance(round == 1 ? 3 : 2, round == 1 ? 10 : 7);
            var at = WorkingHours(r, timeline.Now, claimed.TimeZone, false);
            timeline.Touch(at);
            var offered = r.Chance(PopulationTables.InPersonOffered) || (avoidsInPerson && rounds >= 2 && offers < 2 && round >= rounds - 1);
            offers += offered ? 1 : 0;
            var failures = synthetic && r.Chance(PopulationTables.SyntheticChallengeFailures) ? r.Between(2, 3)
                : aiCheater && r.Chance(PopulationTables.AiCheaterChallengeFailures) ? r.Between(2, 4)
                : r.Chance(PopulationTables.SingleChallengeFailure) ? 1 : 0;
            interviews.Add(new Interview
            {
                Round = round,
                At = at,
                CameraOnRatio = Math.Round(avoidsCamera ? r.Uniform(0, 0.4) : r.Uniform(0.75, 1.0), 3),
                DeepfakeScore = avoidsCamera ? null : Math.Round(synthetic ? r.Uniform(0.8, 0.99) : r.Score(0.08, 0.06), 3),
                VoiceCloneScore = Math.Round(voice ? r.Uniform(0.7, 0.95) : r.Score(0.06, 0.05), 3),
                PersonMatchScore = avoidsCamera ? null : Math.Round(round == switchRound ? r.Uniform(0.1, 0.45) : r.Uniform(0.75, 0.99), 3),
                ChallengeFailures = failures,
                InPersonDeclined = offered ? avoidsInPerson || r.Chance(PopulationTables.InPersonDeclinedOtherwise) : null,
            });
            var (ip, client) = PreHireEgress(p, astrill, anonymous, hub);
            sessions.Add(new Session
            {
                Stage = CaseStage.Interview,
                Timestamp = at,
                IpAddress = ip,
                BrowserTimeZone = claimed.TimeZone,
                UtcOffsetMinutes = Offset(claimed.TimeZone, at),
                UserAgent = UserAgents[(int)(p.Person.Key % (ulong)UserAgents.Length)],
                DeviceId = p.PersonalDevice,
                CorporateDevice = false,
                AnonymizerClient = client,
                VirtualCamera = synthetic ? r.Chance(PopulationTables.SyntheticVirtualCamera) : r.Chance(PopulationTables.VirtualCameraOtherwise),
            });
        }
    }

    private static RecordCheckResult Onboarding(Profile p, Place claimed, ClaimedResidence residence, Timeline timeline, List<IdentityDocument> documents, List<Shipment> shipments, List<PayrollInstruction> payroll)
    {
        var r = p.Random;
        var offer = timeline.Advance(3, 10);

        // Identity documents (IDD.*).
        var inconsistent = Has(p, Signal.ClaimDocumentInconsistency);
        var tampered = Has(p, Signal.PhotoSubstitution);
        var nonLive = Has(p, Signal.NonLiveDocument);
        var selfieFail = Has(p, Signal.SelfieLivenessFail);
        var photoReuse = p.Cell is not null && Has(p, Signal.ProfilePhotoReuse);
        var person = p.Person;
        var visa = person.ImmigrantStatus == "visa_holder";
        var kind = visa ? DocumentKind.Passport : claimed.Country == "US" ? DocumentKind.DriverLicense : DocumentKind.NationalId;
        var issued = DateOnly.FromDateTime(offer.UtcDateTime).AddDays(-r.Between(200, 3000));
        documents.Add(new IdentityDocument
        {
            Kind = kind,
            IssuingCountry = visa ? person.OriginCountry : claimed.Country,
            Number = r.Pick(DocumentLetters) + r.Digits(8),
            Surname = inconsistent && r.Chance(0.5) ? r.Pick(person.Origin.Family) : person.FamilyName,
            GivenNames = person.GivenName,
            DateOfBirth = inconsistent ? person.DateOfBirth.AddDays(r.Between(40, 900)) : person.DateOfBirth,
            Nationality = person.Citizenship,
            IssuedOn = issued,
            ExpiresOn = issued.AddYears(kind == DocumentKind.DriverLicense ? 8 : 10),
            ImageSha256 = photoReuse ? r.Pick(p.Cell!.PhotoHashes) : r.Hex(64),
            Verification = new DocumentVerification
            {
                Vendor = "Synthetic IDV",
                TamperScore = Math.Round(tampered ? r.Uniform(0.72, 0.99) : r.Score(0.08, 0.07), 3),
                DocumentLive = !nonLive,
                SelfieMatchScore = Math.Round(selfieFail ? r.Uniform(0.2, 0.55) : r.Uniform(0.86, 0.99), 3),
                LivenessPassed = !(selfieFail && r.Chance(PopulationTables.LivenessFailGivenSelfieFail)),
                InjectionDetected = selfieFail && (IsDprk(p) || p.FraudType == "identity_thief") && r.Chance(PopulationTables.InjectionGivenSelfieFail),
            },
        });
        if (visa)
        {
            documents.Add(new IdentityDocument
            {
                Kind = DocumentKind.ResidencePermit,
                IssuingCountry = claimed.Country,
                Number = r.Pick(DocumentLetters) + r.Digits(9),
                Surname = person.FamilyName,
                GivenNames = person.GivenName,
                DateOfBirth = person.DateOfBirth,
                Nationality = person.Citizenship,
                IssuedOn = issued.AddDays(30),
                ExpiresOn = issued.AddYears(3),
            });
        }

        var ssn = RecordCheckResult.NotRun;
        if (claimed.Country == "US")
        {
            ssn = Has(p, Signal.SsnMismatch)
                ? (r.Chance(PopulationTables.DeceasedShareOfSsnFailures) ? RecordCheckResult.Deceased : RecordCheckResult.Mismatch)
                : RecordCheckResult.Match;
        }

        // Equipment (DEV.*): BYOD/VDI personas (§6.6) get no laptop.
        var farm = p.Facilitator is { ReceivesLaptop: true } f ? f : null;
        var byod = IsDprk(p) && farm is null && r.Chance(PopulationTables.ByodWithoutFarm);
        if (!byod)
        {
            var requested = offer.AddDays(r.Between(1, 3));
            var delivered = requested.AddDays(r.Between(2, 5));
            timeline.Touch(delivered);
            var possessionFail = Has(p, Signal.PossessionCheckFail) || (farm?.StandsIn ?? false);
            var serialChecked = r.Chance(PopulationTables.EmployerSerialCheck);
            PostalAddress address;
            bool mailDrop = false, forwarder = false, hold = false;
            var reroutes = 0;
            if (farm is not null)
            {
                address = new PostalAddress { Street = farm.Street, City = farm.Place.City, Region = farm.Place.Region, PostalCode = farm.PostalCode, Country = farm.Place.Country };
                if (farm.Reships)
                {
                    forwarder = r.Chance(PopulationTables.ReshipForwarder);
                    reroutes = r.Between(0, 1);
                }
            }
            else if (Has(p, Signal.ShipAddressMismatch))
            {
                var place = p.TravelPlace is { } travel && r.Chance(0.3) ? travel : claimed;
                address = new PostalAddress { Street = string.Create(CultureInfo.InvariantCulture, $"{r.Between(1, 9999)} {r.Pick(Streets)}"), City = place.City, Region = place.Region, PostalCode = place.PostalPrefix + r.Digits(2), Country = place.Country };
                if (IsDprk(p) || p.FraudType == "identity_thief")
                {
                    mailDrop = r.Chance(PopulationTables.FraudMailDrop);
                    forwarder = r.Chance(PopulationTables.FraudForwarder);
                    hold = r.Chance(PopulationTables.FraudHoldForPickup);
                    reroutes = r.Chance(PopulationTables.FraudReroute) ? r.Between(1, 2) : 0;
                }
                else
                {
                    hold = r.Chance(PopulationTables.LegitHoldForPickup);
                }
            }
            else
            {
                address = new PostalAddress { Street = residence.Street, City = residence.City, Region = residence.Region, PostalCode = residence.PostalCode, Country = residence.Country };
            }

            shipments.Add(new Shipment
            {
                Equipment = "laptop",
                RequestedAt = requested,
                DeliveredAt = delivered,
                DeliveryAddress = address,
                MailDrop = mailDrop,
                FreightForwarder = forwarder,
                HoldForPickup = hold,
                RerouteRequests = reroutes,
                DeliveredToName = possessionFail && farm is not null ? farm.Name : person.FullName,
                SerialCheck = serialChecked ? (possessionFail ? CheckResult.Failed : CheckResult.Passed) : CheckResult.NotDone,
            });
        }

        Payroll(p, claimed, offer, payroll);
        timeline.Advance(PopulationTables.OnboardingDaysMin, PopulationTables.OnboardingDaysMax);
        return ssn;
    }

    private static void Payroll(Profile p, Place claimed, DateTimeOffset offer, List<PayrollInstruction> payroll)
    {
        var r = p.Random;
        var person = p.Person;
        var nameMismatch = Has(p, Signal.PayoutNameMismatch);
        var churn = Has(p, Signal.PayoutChurn);
        var sharedInstrument = p.Cell is not null && Has(p, Signal.SharedPii);
        var ownershipChecked = r.Chance(PopulationTables.EmployerOwnershipCheck);
        int rail;
        if (IsDprk(p))
        {
            rail = r.Pick(p.EuropeanRole ? PopulationTables.PayoutRailEurope : PopulationTables.PayoutRailUs);
            rail = rail switch { 0 => 0, 1 => 1, 2 => 2, _ => 3 };
        }
        else
        {
            rail = Has(p, Signal.CryptoPayout) ? 2 : Has(p, Signal.PayoutGeoInconsistent) ? 3 : r.Chance(p.EuropeanRole ? 0.1 : 0.05) ? 1 : 0;
        }

        if (p.Sanctioned == 0)
        {
            rail = 2;
        }

        var holder = nameMismatch
            ? (p.Facilitator is { OpensAccount: true } f ? f.Name : p.HouseholdPartnerName ?? DrawPerson(r, claimed, p.AppliedAt.Year).FullName)
            : person.FullName;
        if (p.Sanctioned == 1)
        {
            holder = PopulationTables.SanctionedHolder;
        }

        var count = churn ? r.Between(2, 3) : 1;
        var at = offer.AddDays(r.Between(2, 6));
        for (var i = 0; i < count; i++)
        {
            var last = i == count - 1;
            var instruction = rail switch
            {
                0 when claimed.Country == "US" => new PayrollInstruction
                {
                    Rail = PayoutRail.DomesticBank,
                    RoutingNumber = p.Facilitator is { OpensAccount: true } farm ? farm.RoutingNumber : Routing(r),
                    AccountNumber = sharedInstrument ? r.Pick(p.Cell!.SharedAccounts) : p.Facilitator is { OpensAccount: true } farm2 ? farm2.AccountNumber : r.Digits(10),
                    BankCountry = "US",
                    BankName = r.Pick(PopulationTables.UsBanks),
                },
                0 => new PayrollInstruction { Rail = PayoutRail.DomesticBank, Iban = Iban(r, claimed.Country), AccountNumber = Iban(r, claimed.Country) is null ? r.Digits(10) : null, BankCountry = claimed.Country, BankName = "Synthetic Bank " + claimed.City },
                1 => new PayrollInstruction { Rail = PayoutRail.Fintech, PlatformName = r.Pick(PopulationTables.Fintechs), AccountNumber = sharedInstrument ? r.Pick(p.Cell!.SharedAccounts) : r.Digits(9) },
                2 => new PayrollInstruction
                {
                    Rail = PayoutRail.Crypto,
                    WalletAddress = p.Sanctioned == 0 ? PopulationTables.AndreyevWallet : p.Cell is not null && (sharedInstrument || r.Chance(PopulationTables.CellWalletOtherwise)) ? r.Pick(p.Cell.SharedWallets) : "0x" + r.Hex(40),
                    Chain = p.Sanctioned == 0 ? "bitcoin" : "ethereum",
                },
                _ => ForeignBank(p, r),
            };
            payroll.Add(instruction with
            {
                HolderName = last || !nameMismatch ? holder : person.FullName,
                ChangedAt = at,
                OwnershipCheck = last && ownershipChecked ? (holder == person.FullName ? CheckResult.Passed : CheckResult.Failed) : null,
            });
            at = at.AddDays(r.Between(5, 40));
        }
    }

    private static PayrollInstruction ForeignBank(Profile p, SyntheticRandom r)
    {
        var country = p.Cell?.Place.Country ?? p.Person.OriginCountry;
        var iban = Iban(r, country);
        return new PayrollInstruction
        {
            Rail = PayoutRail.ForeignBank,
            Iban = iban,
            AccountNumber = iban is null ? r.Digits(12) : null,
            BankCountry = country,
            BankName = "Synthetic Foreign Bank " + country,
        };
    }

    private static Employment EmploymentStage(Profile p, Place claimed, Timeline timeline, List<Session> sessions)
    {
        var r = p.Random;
        var start = timeline.Now;
        var farm = p.Facilitator is { ReceivesLaptop: true } f ? f : null;
        var reshipped = farm?.Reships ?? false;
        var rmm = farm is not null ? farm.InstallsRmm : Has(p, Signal.UnsanctionedRmm) || (IsDprk(p) && Has(p, Signal.RemoteDesktopExposure));
        var rmmTool = farm?.RmmTool ?? r.Pick(PopulationTables.RemoteAccessTools);
        var kvm = farm is not null ? farm.InstallsKvm : Has(p, Signal.IpKvm);
        var remoteControlled = IsDprk(p) && (rmm || kvm || !p.FacilitatorSelf);
        var highLatency = IsDprk(p) ? remoteControlled && Has(p, Signal.InputLatencyHigh) : Has(p, Signal.InputLatencyHigh);
        var astrill = Has(p, Signal.AstrillPost);
        var geoPost = Has(p, Signal.GeoMismatchPost);
        var anyHour = Has(p, Signal.HoursInconsistent);
        var satellite = p.Satellite;
        var laptop = "laptop-" + r.Hex(10);
        var count = r.Between(3, 6);
        for (var i = 0; i < count; i++)
        {
            var day = start.AddDays(r.Between(0, 60));
            var at = WorkingHours(r, day, claimed.TimeZone, anyHour);
            timeline.Touch(at);
            string ip;
            var zone = claimed.TimeZone;
            if (astrill && (farm is null || r.Chance(PopulationTables.AstrillAtFarm)))
            {
                ip = NetworkPlan.AddressIn(NetworkKind.Astrill, r);
            }
            else if (IsDprk(p) && (reshipped || (farm is null && geoPost)))
            {
                ip = HubAddress(p);
                zone = r.Chance(PopulationTables.RelocatedDeviceLocalZone) ? p.Actual.TimeZone : claimed.TimeZone;
            }
            else if (farm is not null)
            {
                ip = farm.EgressIp;
            }
            else if (IsDprk(p))
            {
                ip = r.Chance(PopulationTables.ConsumerVpnVsResidentialProxyAfterHire) ? NetworkPlan.AddressIn(NetworkKind.ConsumerVpn, r) : NetworkPlan.AddressIn(NetworkKind.ResidentialProxy, r);
            }
            else if (p.TravelPlace is { } travel && geoPost)
            {
                ip = Has(p, Signal.AnonInfraApp) ? NetworkPlan.AddressIn(NetworkKind.ConsumerVpn, r) : NetworkPlan.Residential(travel, false, 0, p.Person.Key ^ 0x5A5A);
                zone = travel.TimeZone;
            }
            else if (Is(p, "china_expat"))
            {
                ip = astrill ? NetworkPlan.AddressIn(NetworkKind.Astrill, r) : HubAddress(p);
            }
            else
            {
                ip = p.HomeIp!;
            }

            var usb = new List<UsbDevice>();
            if (kvm)
            {
                var d = r.Pick(PopulationTables.KvmDevices);
                usb.Add(new UsbDevice { Name = d.Name, VendorId = d.VendorId, ProductId = d.ProductId, Classes = d.Classes });
            }

            for (var u = r.Between(0, 2); u > 0; u--)
            {
                var d = r.Pick(PopulationTables.OrdinaryUsbDevices);
                usb.Add(new UsbDevice { Name = d.Name, VendorId = d.VendorId, ProductId = d.ProductId, Classes = d.Classes });
            }

            // The device's own round trip: local on a US farm or at home, trans-oceanic when the laptop
            // itself is abroad, long on satellite. A remote-control hop (operator → farm) adds input
            // latency the device's own round trip does not explain (NET.INPUT_LATENCY); a slow line does not.
            var abroad = IsDprk(p) && NetworkPlan.PlaceOf(ip).Country != claimed.Country;
            var rtt = satellite || (!IsDprk(p) && highLatency) ? r.Uniform(550, 700) : abroad ? r.Uniform(150, 300) : r.Uniform(8, 45);
            var p50 = rtt + (IsDprk(p) && highLatency ? r.LogNormal(PopulationTables.RemoteLatencyMedianMs - 60, 0.3) : r.LogNormal(PopulationTables.LocalLatencyMedianMs - 20, 0.35));
            sessions.Add(new Session
            {
                Stage = CaseStage.Employment,
                Timestamp = at,
                IpAddress = ip,
                BrowserTimeZone = zone,
                UtcOffsetMinutes = Offset(zone, at),
                UserAgent = UserAgents[0],
                DeviceId = laptop,
                CorporateDevice = true,
                AnonymizerClient = astrill && r.Chance(PopulationTables.AstrillClientNamed) ? "Astrill VPN" : null,
                RemoteAccessTools = rmm ? [rmmTool] : [],
                UsbDevices = usb,
                InputLatency = new InputLatency
                {
                    P50Ms = Math.Round(p50, 1),
                    P95Ms = Math.Round(p50 * r.Uniform(1.6, 2.5), 1),
                    Samples = r.Between(200, 5000),
                    NetworkRttMs = Math.Round(rtt, 1),
                },
            });
        }

        var hours = Has(p, Signal.MultiOperator) ? r.Uniform(16, 22) : p.FraudType == "overemployed" ? r.Uniform(2.5, 5) : r.Uniform(5, 9);
        var findings = new List<EdrFinding>();
        if (Has(p, Signal.DayOneTampering))
        {
            findings.Add(new EdrFinding { At = start.AddHours(r.Between(2, 120)), Kind = r.Chance(0.5) ? "security-tool-tampering" : "credential-access", Severity = r.Chance(0.3) ? EdrSeverity.Critical : EdrSeverity.High });
        }

        if (IsDprk(p) && r.Chance(PopulationTables.DataStaging))
        {
            findings.Add(new EdrFinding { At = start.AddDays(r.Between(20, 60)), Kind = "data-staging", Severity = EdrSeverity.Medium });
        }
        else if (r.Chance(PopulationTables.BenignEdrFinding))
        {
            findings.Add(new EdrFinding { At = start.AddDays(r.Between(1, 60)), Kind = "policy-violation", Severity = EdrSeverity.Low });
        }

        foreach (var finding in findings)
        {
            timeline.Touch(finding.At!.Value);
        }

        var mfa = p.Cell is { } cell && Has(p, Signal.SharedMfa) ? r.Pick(cell.MfaIds) : "authenticator-" + r.Hex(12);
        return new Employment
        {
            StartDate = DateOnly.FromDateTime(start.UtcDateTime),
            InteractiveHoursPerDay = Math.Round(hours, 1),
            MfaAuthenticatorIds = [mfa],
            EdrFindings = findings,
        };
    }
}
