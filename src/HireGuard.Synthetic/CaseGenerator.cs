using System.Globalization;

namespace HireGuard.Synthetic;

/// <summary>
/// Generates the population record by record: class, latent structure (cell, operator, persona,
/// facilitator), then every section of the case, drawn jointly from those latents (§6.3–§6.6).
/// Not thread-safe; one instance per enumeration.
/// </summary>
internal sealed partial class CaseGenerator
{
    private const ulong ClassStream = 1;
    private const ulong PersonStream = 2;
    private const ulong CellStream = 3;
    private const ulong PersonaStream = 4;
    private const ulong CaseStream = 5;
    private const ulong FacilitatorStream = 6;
    private const int Employers = 200;

    private static readonly string[] IdentityTypes = ["stolen", "rented", "synthetic", "fabricated"];

    private readonly SyntheticPopulationOptions _options;
    private readonly BaseRates _rates;
    private readonly double _dprkShare;
    private readonly DateTimeOffset _start;
    private readonly Dictionary<int, Cell> _cells = [];
    private readonly double[] _cellWeights;
    private readonly double[] _facilitatorWeights;
    private readonly Dictionary<int, Facilitator> _facilitators = [];
    private readonly int[] _ipv4Counters = new int[NetworkPlan.ResidentialPlaces.Count];

    public CaseGenerator(SyntheticPopulationOptions options)
    {
        _options = options;
        _rates = PopulationTables.BaseRates(options.Scenario);
        _dprkShare = options.DprkShareOverride ?? _rates.Dprk;
        _start = new DateTimeOffset(options.StartDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

        // About 25 records per cell, so a group split has many groups; at least three cells.
        var cellCount = Math.Max(3, (int)Math.Ceiling(options.Count * _dprkShare / 25.0));
        _cellWeights = new double[cellCount];
        var total = 0.0;
        for (var i = 0; i < cellCount; i++)
        {
            total += new SyntheticRandom(options.Seed, CellStream, i).Between(PopulationTables.CellSizeMin, PopulationTables.CellSizeMax);
            _cellWeights[i] = total;
        }

        // §6.3.4: facilitators host K devices, K heavy-tailed. Each hosts its own cell's laptops, and a
        // facilitated record picks its farm in proportion to K, so a farm's realised load follows K:
        // the pool's total capacity matches the expected number of laptops shipped to farms.
        var meanCapacity = PopulationTables.FarmDevicesMedian * Math.Exp(PopulationTables.FarmDevicesSigma * PopulationTables.FarmDevicesSigma / 2);
        // Only records that reach onboarding ship a laptop, so capacity is matched against those.
        var shipped = PopulationTables.StageDprk[2] + PopulationTables.StageDprk[3];
        var facilitated = options.Count * _dprkShare * (1 - PopulationTables.EuropeanRoleShare) * (PopulationTables.FacilitatorSelfShare + AttachedShare) * shipped;
        var facilitatorCount = Math.Max(3, (int)Math.Ceiling(facilitated / meanCapacity));
        _facilitatorWeights = new double[facilitatorCount];
        total = 0.0;
        for (var f = 0; f < facilitatorCount; f++)
        {
            total += Capacity(new SyntheticRandom(options.Seed, FacilitatorStream, f));
            _facilitatorWeights[f] = total;
        }
    }

    /// <summary>Gets the share of US-role operator records with a facilitator: P(s ≠ low) × 0.7 (§6.3.4).</summary>
    private static double AttachedShare => (1 - PopulationTables.SophisticationWeights[0]) * PopulationTables.FacilitatorAttach;

    private static int Capacity(SyntheticRandom r) =>
        Math.Clamp((int)Math.Round(r.LogNormal(PopulationTables.FarmDevicesMedian, PopulationTables.FarmDevicesSigma)), 1, PopulationTables.FarmDevicesMax);

    public DateTimeOffset Start => _start;

    public double DprkShare => _dprkShare;

    public IEnumerable<SyntheticRecord> Generate()
    {
        long index = 0;
        var emitted = 0;
        while (emitted < _options.Count)
        {
            var profile = CreateProfile(index);
            if (profile.Segment == "household_pair" && emitted + 1 < _options.Count)
            {
                var partner = CreatePartner(profile, index + 1);
                profile.HouseholdPartnerId = partner.CaseId;
                profile.HouseholdPartnerName = partner.Person.FullName;
                partner.HouseholdPartnerId = profile.CaseId;
                partner.HouseholdPartnerName = profile.Person.FullName;
                yield return Build(profile);
                yield return Build(partner);
                emitted += 2;
                index += 2;
                continue;
            }

            if (profile.Segment == "household_pair")
            {
                profile.Archetypes.Clear();
                profile.Segment = "general";
            }

            yield return Build(profile);
            emitted++;
            index++;
        }
    }

    private string CaseId(long index) => string.Create(CultureInfo.InvariantCulture, $"syn-{_options.Seed}-{index:D7}");

    private Profile CreateProfile(long index)
    {
        var classRandom = new SyntheticRandom(_options.Seed, ClassStream, index);
        var u = classRandom.NextDouble();
        var klass = u < _dprkShare ? CaseClass.Dprk : u < _dprkShare + _rates.OtherFraud ? CaseClass.OtherFraud : CaseClass.Legit;
        var time = Math.Clamp((index + classRandom.NextDouble()) / _options.Count, 0, 1);
        var appliedAt = _start.AddMinutes(Math.Floor(time * _options.DurationDays * 24 * 60));
        var employer = classRandom.Next(Employers);
        var crypto = employer < (int)Math.Round(_rates.CryptoEmployer * Employers);
        var europe = classRandom.Chance(PopulationTables.EuropeanRoleShare);
        var stageWeights = klass switch
        {
            CaseClass.Dprk => PopulationTables.StageDprk,
            CaseClass.OtherFraud => PopulationTables.StageOtherFraud,
            _ => PopulationTables.StageLegit,
        };
        var stage = classRandom.Pick(stageWeights);
        var random = new SyntheticRandom(_options.Seed, CaseStream, index);

        // Protected attributes and the presented identity come from one draw for every class.
        var home = europe ? classRandom.Pick(PopulationTables.EuropePlaces) : classRandom.Pick(PopulationTables.UsPlaces);
        if (klass == CaseClass.Dprk)
        {
            return CreateDprk(index, classRandom, random, time, appliedAt, employer, crypto, stage, europe);
        }

        var person = DrawPerson(new SyntheticRandom(_options.Seed, PersonStream, index), home, _start.Year);

        var profile = new Profile
        {
            Index = index,
            CaseId = CaseId(index),
            Class = klass,
            Person = person,
            Random = random,
            Time = time,
            AppliedAt = appliedAt,
            Employer = employer,
            CryptoEmployer = crypto,
            StageReached = stage,
            Actual = person.Home,
            EuropeanRole = europe,
        };
        if (person.Immigrant)
        {
            profile.Archetypes.Add(PopulationTables.ImmigrantEffects);
        }

        if (klass == CaseClass.OtherFraud)
        {
            var weights = PopulationTables.OtherFraudTypes.Select(t => t.Share).ToArray();
            var type = PopulationTables.OtherFraudTypes[classRandom.Pick(weights)];
            profile.Archetypes.Add(type);
            profile.Segment = type.Name;
            profile.FraudType = type.Name;
            profile.Group = "fraud-" + profile.CaseId;
            return profile;
        }

        profile.Group = Cohort(employer, appliedAt);
        if (person.Disability && classRandom.Chance(PopulationTables.DisabilityArchetype.Share))
        {
            profile.Archetypes.Add(PopulationTables.DisabilityArchetype);
            profile.Segment = PopulationTables.DisabilityArchetype.Name;
            return profile;
        }

        var cryptoShare = crypto ? PopulationTables.CryptoNativeAtCryptoEmployer : PopulationTables.CryptoNativeElsewhere;
        var archetypes = PopulationTables.LegitArchetypes;
        Span<double> shares = stackalloc double[archetypes.Length + 1];
        var used = 0.0;
        for (var i = 0; i < archetypes.Length; i++)
        {
            shares[i] = archetypes[i].Name == "crypto_native" ? cryptoShare : archetypes[i].Share;
            used += shares[i];
        }

        shares[^1] = Math.Max(0, 1 - used);
        var pick = classRandom.Pick(shares);
        if (pick < archetypes.Length)
        {
            var archetype = archetypes[pick];
            profile.Archetypes.Add(archetype);
            profile.Segment = archetype.Name;
            if (archetype.Name == "traveller")
            {
                profile.TravelPlace = random.Pick(PopulationTables.TravelPlaces);
                profile.TravelDeclared = random.Chance(PopulationTables.TravelDeclared);
                profile.Actual = profile.TravelPlace;
            }
            else if (archetype.Name == "china_expat")
            {
                profile.Actual = PopulationTables.ChinaExpatPlace;
            }
        }

        return profile;
    }

    private Profile CreatePartner(Profile first, long index)
    {
        var random = new SyntheticRandom(_options.Seed, CaseStream, index);
        var drawn = DrawPerson(new SyntheticRandom(_options.Seed, PersonStream, index), first.Person.Home, _start.Year);
        var person = drawn with { Street = first.Person.Street, PostalCode = first.Person.PostalCode };
        var partner = new Profile
        {
            Index = index,
            CaseId = CaseId(index),
            Class = CaseClass.Legit,
            Person = person,
            Random = random,
            Time = first.Time,
            AppliedAt = first.AppliedAt.AddDays(random.Between(1, 20)),
            Employer = first.Employer,
            CryptoEmployer = first.CryptoEmployer,
            StageReached = random.Pick(PopulationTables.StageLegit),
            Actual = first.Person.Home,
            EuropeanRole = first.EuropeanRole,
            Segment = first.Segment,
            Group = first.Group,
        };
        partner.Archetypes.AddRange(first.Archetypes);
        if (person.Immigrant && !partner.Archetypes.Contains(PopulationTables.ImmigrantEffects))
        {
            partner.Archetypes.Add(PopulationTables.ImmigrantEffects);
        }

        first.HomeIp = NetworkPlan.Residential(first.Person.Home, true, NextHost(first.Person.Home), first.Person.Key);
        partner.HomeIp = first.HomeIp;
        return partner;
    }

    private Profile CreateDprk(long index, SyntheticRandom classRandom, SyntheticRandom random, double time, DateTimeOffset appliedAt, int employer, bool crypto, int stage, bool europe)
    {
        // Facilitated records (a facilitator applying themself, or a mid/high operator on a US role with
        // a farm) choose the farm first, by capacity; the farm's cell follows. The rest choose a cell by size.
        var facilitatorSelf = !europe && classRandom.Chance(PopulationTables.FacilitatorSelfShare);
        var attached = !europe && !facilitatorSelf && classRandom.Chance(AttachedShare / (1 - PopulationTables.FacilitatorSelfShare));
        Facilitator? facilitator = null;
        int cellIndex;
        if (facilitatorSelf || attached)
        {
            facilitator = GetFacilitator(PickWeighted(classRandom, _facilitatorWeights));
            cellIndex = facilitator.Cell;
        }
        else
        {
            cellIndex = PickWeighted(classRandom, _cellWeights);
        }

        var cell = GetCell(cellIndex);
        var wantLow = !attached && !facilitatorSelf && classRandom.Chance(europe
            ? PopulationTables.SophisticationWeights[0]
            : PopulationTables.SophisticationWeights[0] / (1 - PopulationTables.FacilitatorSelfShare - AttachedShare));
        var candidates = Enumerable.Range(0, cell.Sophistication.Length).Where(o => (cell.Sophistication[o] == 0) == wantLow).ToList();
        var operatorIndex = candidates.Count > 0 ? classRandom.Pick(candidates) : classRandom.Next(cell.Sophistication.Length);
        var sophistication = facilitatorSelf ? 1 : cell.Sophistication[operatorIndex];
        var personaIndex = classRandom.Next(cell.Personas[operatorIndex]);

        // A persona is a stable identity reused across applications; drawn like every other person.
        var personaKey = ((long)cellIndex * 4096) + (operatorIndex * 64) + personaIndex;
        var personaRandom = new SyntheticRandom(_options.Seed, PersonaStream, personaKey);
        var claimedHome = europe ? personaRandom.Pick(PopulationTables.EuropePlaces) : personaRandom.Pick(PopulationTables.UsPlaces);
        // A facilitator applying themself is a US person living at the farm: the same draw, homed there.
        var persona = facilitatorSelf
            ? DrawPerson(new SyntheticRandom(_options.Seed, PersonStream, index), facilitator!.Place, _start.Year)
            : DrawPerson(personaRandom, claimedHome, _start.Year);
        var profile = new Profile
        {
            Index = index,
            CaseId = CaseId(index),
            Class = CaseClass.Dprk,
            Person = persona,
            Random = random,
            Time = time,
            AppliedAt = appliedAt,
            Employer = employer,
            CryptoEmployer = crypto,
            StageReached = stage,
            Actual = cell.Place,
            EuropeanRole = europe,
            Cell = cell,
            Sophistication = sophistication,
            Group = cell.Id,
            FacilitatorSelf = facilitatorSelf,
        };
        if (persona.Immigrant)
        {
            profile.Archetypes.Add(PopulationTables.ImmigrantEffects);
        }

        var identityWeights = europe ? PopulationTables.IdentityTypeEurope : PopulationTables.IdentityTypeUs;
        profile.IdentityType = facilitatorSelf
            ? (classRandom.Chance(PopulationTables.FacilitatorSelfRented) ? "rented" : "own")
            : IdentityTypes[personaRandom.Pick(identityWeights)];

        attached = attached && sophistication > 0;
        profile.Facilitator = facilitatorSelf || attached ? facilitator : null;

        if (facilitatorSelf)
        {
            profile.Actual = profile.Facilitator!.Place;
        }

        profile.Tier = sophistication switch
        {
            0 => Tier.Low,
            _ when attached || facilitatorSelf => Tier.High,
            _ => Tier.Mid,
        };
        profile.Segment = facilitatorSelf ? "dprk_facilitator_self" : sophistication switch
        {
            0 => "dprk_operator_low",
            1 => "dprk_operator_mid",
            _ => "dprk_operator_high",
        };
        return profile;
    }

    private static int PickWeighted(SyntheticRandom random, double[] cumulative)
    {
        var u = random.NextDouble() * cumulative[^1];
        var i = Array.BinarySearch(cumulative, u);
        return Math.Min(i < 0 ? ~i : i, cumulative.Length - 1);
    }

    private Cell GetCell(int index)
    {
        if (_cells.TryGetValue(index, out var cached))
        {
            return cached;
        }

        var r = new SyntheticRandom(_options.Seed, CellStream, index);
        var size = r.Between(PopulationTables.CellSizeMin, PopulationTables.CellSizeMax);
        var locations = PopulationTables.CellLocations;
        var location = locations[r.Pick(locations.Select(l => l.Weight).ToArray())];
        var sophistication = new int[size];
        var personas = new int[size];
        for (var i = 0; i < size; i++)
        {
            sophistication[i] = r.Pick(PopulationTables.SophisticationWeights);
            personas[i] = Math.Clamp((int)Math.Round(r.LogNormal(PopulationTables.PersonasMedian, PopulationTables.PersonasSigma)), 1, PopulationTables.PersonasMax);
        }

        var id = string.Create(CultureInfo.InvariantCulture, $"cell-{index:D4}");
        var cell = new Cell
        {
            Index = index,
            Id = id,
            Place = location.Place,
            LocationName = location.Name,
            Sophistication = sophistication,
            Personas = personas,
            SharedPhones = [.. Enumerable.Range(0, 3).Select(_ => Phone(r))],
            SharedEmails = [.. Enumerable.Range(0, 3).Select(_ => "dev." + r.Hex(6) + "@proton.me")],
            SharedWallets = [.. Enumerable.Range(0, 2).Select(_ => "0x" + r.Hex(40))],
            SharedAccounts = [.. Enumerable.Range(0, 2).Select(_ => r.Digits(10))],
            MfaIds = [.. Enumerable.Range(0, 2).Select(_ => "authenticator-" + r.Hex(12))],
            PhotoHashes = [.. Enumerable.Range(0, 3).Select(_ => r.Hex(64))],
            TemplateEmployers = [.. Enumerable.Range(0, 3).Select(_ => EmployerName(r))],
            EgressSlot = index,
        };
        _cells[index] = cell;
        return cell;
    }

    private Facilitator GetFacilitator(int index)
    {
        if (_facilitators.TryGetValue(index, out var cached))
        {
            return cached;
        }

        var r = new SyntheticRandom(_options.Seed, FacilitatorStream, index);
        var capacity = Capacity(r);
        var cell = (int)((uint)(index * 7919) % (uint)_cellWeights.Length);
        var place = r.Pick(PopulationTables.UsPlaces.Where(p => p.Country == "US").ToArray());
        var name = DrawPerson(r, place, _start.Year);
        var facilitator = new Facilitator
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"farm-{index:D4}"),
            Cell = cell,
            Name = name.FullName,
            Place = place,
            Street = name.Street,
            PostalCode = name.PostalCode,
            EgressIp = NetworkPlan.SharedEgress(place, index),
            Capacity = capacity,
            ReceivesLaptop = r.Chance(PopulationTables.FacilitatorReceivesLaptop),
            InstallsRmm = r.Chance(PopulationTables.FacilitatorInstallsRmm),
            RmmTool = r.Pick(PopulationTables.RemoteAccessTools),
            InstallsKvm = r.Chance(PopulationTables.FacilitatorInstallsKvm),
            Reships = r.Chance(PopulationTables.FacilitatorReships),
            OpensAccount = r.Chance(PopulationTables.FacilitatorOpensAccount),
            StandsIn = r.Chance(PopulationTables.FacilitatorStandsIn),
            AccountNumber = r.Digits(10),
            RoutingNumber = Routing(r),
        };
        _facilitators[index] = facilitator;
        return facilitator;
    }

    private int NextHost(Place place)
    {
        var i = NetworkPlan.ResidentialPlaces.Select((p, n) => (p, n)).First(x => x.p == place).n;
        return _ipv4Counters[i]++;
    }

    private static string Cohort(int employer, DateTimeOffset at) =>
        string.Create(CultureInfo.InvariantCulture, $"cohort-{employer:D3}-{at.Year}q{((at.Month - 1) / 3) + 1}");
}
