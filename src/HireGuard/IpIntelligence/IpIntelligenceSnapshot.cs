using System.Buffers.Binary;
using System.Net;
using System.Security.Cryptography;
using HireGuard.Evidence;

namespace HireGuard.IpIntelligence;

/// <summary>
/// One immutable generation of loaded reference data. Reference-counted: the service holds one
/// reference while it is current and every lookup holds one while it runs; the readers are disposed
/// when the last reference goes, so a swapped-out memory map is never released under a lookup.
/// </summary>
internal sealed class IpIntelligenceSnapshot
{
    private readonly IReadOnlyList<IpIntelligenceDatabase> _databases;
    private readonly IReadOnlyList<(IpList List, IpFileStamp? Stamp)> _lists;
    private readonly bool _decode6to4;
    private readonly bool _decodeTeredo;
    private int _references = 1;

    private IpIntelligenceSnapshot(
        IReadOnlyList<IpIntelligenceDatabase> databases,
        IReadOnlyList<(IpList List, IpFileStamp? Stamp)> lists,
        IReadOnlyList<DataSourceInfo> sources,
        IReadOnlyList<string> warnings,
        IpIntelligenceOptions options)
    {
        _databases = databases;
        _lists = lists;
        Sources = sources;
        Warnings = warnings;
        _decode6to4 = options.Decode6to4;
        _decodeTeredo = options.DecodeTeredo;
    }

    public IReadOnlyList<DataSourceInfo> Sources { get; }

    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Opens every configured source; on failure closes what was opened and rethrows.</summary>
    public static IpIntelligenceSnapshot Load(IpIntelligenceOptions options)
    {
        var databases = new List<IpIntelligenceDatabase>();
        try
        {
            var sources = new List<DataSourceInfo>();
            var warnings = new List<string>();
            foreach (var configured in options.Databases)
            {
                var stamp = IpFileStamp.Of(configured.Path);
                var probe = options.LoadIntoMemory ? MmdbReader.Load(configured.Path) : MmdbReader.Open(configured.Path);
                MmdbReader reader;
                try
                {
                    var fieldMap = configured.FieldMap(probe.Metadata.DatabaseType);
                    reader = fieldMap == probe.FieldMap ? probe : Reopen(probe, configured.Path, fieldMap, options.LoadIntoMemory);
                }
                catch
                {
                    probe.Dispose();
                    throw;
                }

                var name = configured.Name ?? reader.Metadata.DatabaseType;
                var roles = IpIntelligenceDatabase.ResolveRoles(configured.Roles, reader.Metadata.DatabaseType);
                databases.Add(new IpIntelligenceDatabase(reader, name, roles, stamp));
                long? records = options.VerifyDatabases ? reader.VerifyCore() : null;
                sources.Add(new DataSourceInfo(name, "mmdb", reader.Metadata.BuildDate, reader.ComputeSha256(), records));
            }

            var lists = new List<(IpList, IpFileStamp?)>();
            foreach (var configured in options.Lists)
            {
                var stamp = IpFileStamp.Of(configured.Path);
                var bytes = File.ReadAllBytes(configured.Path);
                using var reader = new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true);
                var list = IpList.Parse(reader, configured.Name ?? Path.GetFileName(configured.Path), configured.Label, configured.IsAllowList);
                lists.Add((list, stamp));
                warnings.AddRange(list.Warnings);
                sources.Add(new DataSourceInfo(
                    list.Name,
                    "ip-list",
                    new DateTimeOffset(stamp.LastWriteUtc, TimeSpan.Zero),
                    Convert.ToHexStringLower(SHA256.HashData(bytes)),
                    list.Networks.Count));
            }

            if (options.IncludeDprkAddressSpace)
            {
                lists.Add((DprkAddressSpace.CreateList(), null));
                sources.Add(DprkAddressSpace.Source);
            }

            return new IpIntelligenceSnapshot(databases, lists, sources, warnings, options);
        }
        catch
        {
            foreach (var database in databases)
            {
                database.Reader.Dispose();
            }

            throw;
        }
    }

    /// <summary>Whether any source file was replaced or changed since it was loaded.</summary>
    public bool HasChanged() =>
        _databases.Any(d => d.Stamp.HasChanged()) || _lists.Any(l => l.Stamp is { } stamp && stamp.HasChanged());

    /// <summary>Takes a reference; false when the snapshot has already been released for good.</summary>
    public bool TryAcquire()
    {
        while (true)
        {
            var current = Volatile.Read(ref _references);
            if (current == 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _references, current + 1, current) == current)
            {
                return true;
            }
        }
    }

    /// <summary>Drops a reference; the last one closes the databases.</summary>
    public void Release()
    {
        if (Interlocked.Decrement(ref _references) == 0)
        {
            foreach (var database in _databases)
            {
                database.Reader.Dispose();
            }
        }
    }

    /// <summary>Answers one address from every source (precedence: configuration order, field by field).</summary>
    public IpIntelligenceResult Lookup(IPAddress address)
    {
        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out var length);
        var given = length;
        length = IpAddressNormalizer.Normalize(bytes, length, _decode6to4, _decodeTeredo);
        var key = bytes[..length];
        var lookupAddress = length != given ? IpText.FromNumber(BinaryPrimitives.ReadUInt32BigEndian(key), 32).ToString() : null;

        var geo = new PartBuilder();
        var owner = new PartBuilder();
        var anonymity = new PartBuilder();
        string? countryCode = null, regionCode = null, regionName = null, city = null, postal = null, timeZone = null;
        string? registered = null, continent = null, countryName = null;
        double? latitude = null, longitude = null;
        int? radius = null;
        long? asn = null;
        string? asOrganization = null, isp = null, organization = null, connectionType = null;
        bool isAnonymous = false, isVpn = false, isHosting = false, isPublicProxy = false, isResidentialProxy = false, isTor = false;
        string? provider = null;
        int? confidence = null;
        DateOnly? lastSeen = null;
        List<string>? warnings = null;
        var matches = new List<IpListMatch>();
        string? bestNetwork = null;
        var bestPrefix = -1;
        Span<MmdbSlot> slots = stackalloc MmdbSlot[MmdbReader.FieldSlotCount];

        foreach (var database in _databases)
        {
            var reader = database.Reader;
            try
            {
                var found = reader.Find(key);
                if (!found.Found)
                {
                    continue;
                }

                var network = found.Network.ToString();
                if (found.PrefixLength > bestPrefix)
                {
                    bestPrefix = found.PrefixLength;
                    bestNetwork = network;
                }

                if ((database.Roles & MmdbDatabaseRoles.Lists) != 0)
                {
                    AddListMatches(found.Decode(), database.Name, network, matches);
                }

                if ((database.Roles & (MmdbDatabaseRoles.Location | MmdbDatabaseRoles.Owner | MmdbDatabaseRoles.Anonymity)) == 0)
                {
                    continue;
                }

                reader.ReadAll(found, slots);
                if ((database.Roles & MmdbDatabaseRoles.Location) != 0)
                {
                    var before = geo.Filled;
                    geo.Fill(ref countryCode, Text(reader, slots, MmdbField.CountryIsoCode));
                    geo.Fill(ref regionCode, Text(reader, slots, MmdbField.RegionIsoCode));
                    geo.Fill(ref regionName, Text(reader, slots, MmdbField.RegionName));
                    geo.Fill(ref city, Text(reader, slots, MmdbField.CityName));
                    geo.Fill(ref postal, Text(reader, slots, MmdbField.PostalCode));
                    geo.Fill(ref timeZone, Text(reader, slots, MmdbField.TimeZone));
                    geo.Fill(ref registered, Text(reader, slots, MmdbField.RegisteredCountryIsoCode));
                    geo.Fill(ref continent, Text(reader, slots, MmdbField.ContinentCode));
                    geo.Fill(ref countryName, Text(reader, slots, MmdbField.CountryName));
                    geo.Fill(ref latitude, MmdbSlotValues.Number(reader, slots[(int)MmdbField.Latitude]));
                    geo.Fill(ref longitude, MmdbSlotValues.Number(reader, slots[(int)MmdbField.Longitude]));
                    var r = MmdbSlotValues.Integer(reader, slots[(int)MmdbField.AccuracyRadius]);
                    geo.Fill(ref radius, r is >= 0 and <= int.MaxValue ? (int)r.Value : null);
                    geo.Contributed(before, database.Name, network);
                }

                if ((database.Roles & MmdbDatabaseRoles.Owner) != 0)
                {
                    var before = owner.Filled;
                    owner.Fill(ref asn, MmdbSlotValues.Integer(reader, slots[(int)MmdbField.AutonomousSystemNumber]));
                    owner.Fill(ref asOrganization, Text(reader, slots, MmdbField.AutonomousSystemOrganization));
                    owner.Fill(ref isp, Text(reader, slots, MmdbField.Isp));
                    owner.Fill(ref organization, Text(reader, slots, MmdbField.Organization));
                    owner.Fill(ref connectionType, Text(reader, slots, MmdbField.ConnectionType));
                    owner.Contributed(before, database.Name, network);
                }

                if ((database.Roles & MmdbDatabaseRoles.Anonymity) != 0)
                {
                    var flags = new MmdbAnonymity(found, reader, slots);
                    isAnonymous |= flags.IsAnonymous;
                    isVpn |= flags.IsAnonymousVpn;
                    isHosting |= flags.IsHostingProvider;
                    isPublicProxy |= flags.IsPublicProxy;
                    isResidentialProxy |= flags.IsResidentialProxy;
                    isTor |= flags.IsTorExitNode;
                    anonymity.Fill(ref provider, flags.ProviderName.Value);
                    anonymity.Fill(ref confidence, flags.AnonymizerConfidence);
                    anonymity.Fill(ref lastSeen, flags.NetworkLastSeen);

                    // A record of an anonymity database is an answer even when every flag is false.
                    anonymity.Answered(database.Name, network);
                }
            }
            catch (InvalidDatabaseException e)
            {
                (warnings ??= []).Add($"{database.Name}: {e.Message}");
            }
        }

        foreach (var (list, _) in _lists)
        {
            if (list.TryMatch(key, out var index))
            {
                matches.Add(new IpListMatch(list.Label, list.Name, list.Networks[index].ToString(), list.IsAllowList));
            }
        }

        if (bestNetwork is null && matches.Count == 0 && warnings is null && lookupAddress is null)
        {
            return IpIntelligenceResult.NotFound;
        }

        return new IpIntelligenceResult
        {
            Network = bestNetwork,
            LookupAddress = lookupAddress,
            Warnings = (IReadOnlyList<string>?)warnings ?? [],
            ListMatches = matches,
            Geolocation = geo.Sources is null ? null : new IpGeolocation
            {
                CountryCode = countryCode,
                RegionCode = regionCode,
                RegionName = regionName,
                City = city,
                PostalCode = postal,
                Latitude = latitude,
                Longitude = longitude,
                AccuracyRadiusKm = radius,
                TimeZone = timeZone,
                RegisteredCountryCode = registered,
                ContinentCode = continent,
                CountryName = countryName,
                Network = geo.Network,
                Source = geo.Sources,
            },
            Owner = owner.Sources is null ? null : new IpNetworkOwner
            {
                Asn = asn,
                AsOrganization = asOrganization,
                Isp = isp,
                Organization = organization,
                ConnectionType = connectionType,
                Network = owner.Network,
                Source = owner.Sources,
            },
            Anonymity = anonymity.Sources is null ? null : new IpAnonymity
            {
                IsAnonymous = isAnonymous,
                IsVpn = isVpn,
                IsHosting = isHosting,
                IsPublicProxy = isPublicProxy,
                IsResidentialProxy = isResidentialProxy,
                IsTorExit = isTor,
                ProviderName = provider,
                AnonymizerConfidence = confidence,
                NetworkLastSeen = lastSeen,
                Network = anonymity.Network,
                Source = anonymity.Sources,
            },
        };
    }

    private static MmdbReader Reopen(MmdbReader probe, string path, MmdbFieldMap fieldMap, bool inMemory)
    {
        probe.Dispose();
        return inMemory ? MmdbReader.Load(path, fieldMap) : MmdbReader.Open(path, fieldMap);
    }

    private static string? Text(MmdbReader reader, Span<MmdbSlot> slots, MmdbField field) =>
        MmdbSlotValues.Text(reader, slots[(int)field]).Value;

    private static void AddListMatches(object? record, string databaseName, string network, List<IpListMatch> matches)
    {
        if (record is not IReadOnlyDictionary<string, object> map)
        {
            return;
        }

        foreach (var (key, allow) in new[] { ("labels", false), ("allow_labels", true) })
        {
            if (map.TryGetValue(key, out var value) && value is IReadOnlyList<object> labels)
            {
                foreach (var label in labels)
                {
                    if (label is string text)
                    {
                        matches.Add(new IpListMatch(text, databaseName, network, allow));
                    }
                }
            }
        }
    }

    /// <summary>Tracks which databases filled fields of one result part (first one fixes the part's network).</summary>
    private sealed class PartBuilder
    {
        public int Filled { get; private set; }

        public string? Sources { get; private set; }

        public string? Network { get; private set; }

        public void Fill<T>(ref T? field, T? value)
            where T : class
        {
            if (field is null && value is not null)
            {
                field = value;
                Filled++;
            }
        }

        public void Fill<T>(ref T? field, T? value)
            where T : struct
        {
            if (field is null && value is not null)
            {
                field = value;
                Filled++;
            }
        }

        public void Contributed(int filledBefore, string name, string network)
        {
            if (Filled != filledBefore)
            {
                Answered(name, network);
            }
        }

        public void Answered(string name, string network)
        {
            Sources = Sources is null ? name : Sources + ", " + name;
            Network ??= network;
        }
    }
}
