using System.Net;

namespace HireGuard.IpIntelligence;

/// <content>The typed fast paths: one pass over a record, no allocation.</content>
public sealed unsafe partial class MmdbReader
{
    private const int SlotCount = (int)MmdbField.NetworkLastSeen + 1;

    private static readonly MmdbField[] CityFields =
    [
        MmdbField.ContinentCode, MmdbField.CountryIsoCode, MmdbField.CountryName, MmdbField.RegisteredCountryIsoCode,
        MmdbField.RegionIsoCode, MmdbField.RegionName, MmdbField.CityName, MmdbField.PostalCode,
        MmdbField.Latitude, MmdbField.Longitude, MmdbField.AccuracyRadius, MmdbField.TimeZone,
    ];

    private static readonly MmdbField[] AsnFields = [MmdbField.AutonomousSystemNumber, MmdbField.AutonomousSystemOrganization];

    private static readonly MmdbField[] IspFields =
        [MmdbField.AutonomousSystemNumber, MmdbField.AutonomousSystemOrganization, MmdbField.Isp, MmdbField.Organization];

    private static readonly MmdbField[] AnonymityFields =
    [
        MmdbField.IsAnonymous, MmdbField.IsAnonymousVpn, MmdbField.IsHostingProvider, MmdbField.IsPublicProxy,
        MmdbField.IsResidentialProxy, MmdbField.IsTorExitNode, MmdbField.ProviderName, MmdbField.AnonymizerConfidence,
        MmdbField.NetworkLastSeen,
    ];

    private readonly MmdbFieldPlan _cityPlan;
    private readonly MmdbFieldPlan _asnPlan;
    private readonly MmdbFieldPlan _ispPlan;
    private readonly MmdbFieldPlan _connectionTypePlan;
    private readonly MmdbFieldPlan _anonymityPlan;
    private readonly MmdbFieldPlan _allPlan;

    // Created on the first City read, so readers of other database types do not pay for it.
    private MmdbCityCache? _cityCache;

    /// <summary>Reads the City/Country fields for an address.</summary>
    /// <param name="address">The address.</param>
    /// <param name="city">The record; default when not found.</param>
    /// <returns>Whether the database has a record for the address (it may still lack some fields).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is null.</exception>
    /// <exception cref="ObjectDisposedException">The reader is disposed.</exception>
    /// <exception cref="InvalidDatabaseException">The tree or the record is corrupt.</exception>
    public bool TryCity(IPAddress address, out MmdbCity city) => TryCity(Find(address), out city);

    /// <summary>Reads the City/Country fields for an address given as 4 or 16 network-order bytes.</summary>
    /// <param name="address">The address bytes.</param>
    /// <param name="city">The record; default when not found.</param>
    /// <returns>Whether the database has a record for the address.</returns>
    /// <exception cref="ArgumentException"><paramref name="address"/> is neither 4 nor 16 bytes long.</exception>
    /// <exception cref="ObjectDisposedException">The reader is disposed.</exception>
    /// <exception cref="InvalidDatabaseException">The tree or the record is corrupt.</exception>
    public bool TryCity(ReadOnlySpan<byte> address, out MmdbCity city) => TryCity(Find(address), out city);

    /// <summary>Reads the ASN fields for an address.</summary>
    /// <param name="address">The address.</param>
    /// <param name="asn">The record; default when not found.</param>
    /// <returns>Whether the database has a record for the address.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is null.</exception>
    /// <exception cref="ObjectDisposedException">The reader is disposed.</exception>
    /// <exception cref="InvalidDatabaseException">The tree or the record is corrupt.</exception>
    public bool TryAsn(IPAddress address, out MmdbAsn asn)
    {
        var lookup = Find(address);
        if (!lookup.Found)
        {
            asn = default;
            return false;
        }

        Span<MmdbSlot> slots = stackalloc MmdbSlot[SlotCount];
        Fill(_asnPlan, lookup, slots);
        asn = new MmdbAsn(lookup, this, slots);
        return true;
    }

    /// <summary>Reads the ISP / organisation fields for an address.</summary>
    /// <param name="address">The address.</param>
    /// <param name="isp">The record; default when not found.</param>
    /// <returns>Whether the database has a record for the address.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is null.</exception>
    /// <exception cref="ObjectDisposedException">The reader is disposed.</exception>
    /// <exception cref="InvalidDatabaseException">The tree or the record is corrupt.</exception>
    public bool TryIsp(IPAddress address, out MmdbIsp isp)
    {
        var lookup = Find(address);
        if (!lookup.Found)
        {
            isp = default;
            return false;
        }

        Span<MmdbSlot> slots = stackalloc MmdbSlot[SlotCount];
        Fill(_ispPlan, lookup, slots);
        isp = new MmdbIsp(lookup, this, slots);
        return true;
    }

    /// <summary>Reads the connection type for an address.</summary>
    /// <param name="address">The address.</param>
    /// <param name="connectionType">The record; default when not found.</param>
    /// <returns>Whether the database has a record for the address.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is null.</exception>
    /// <exception cref="ObjectDisposedException">The reader is disposed.</exception>
    /// <exception cref="InvalidDatabaseException">The tree or the record is corrupt.</exception>
    public bool TryConnectionType(IPAddress address, out MmdbConnectionType connectionType)
    {
        var lookup = Find(address);
        if (!lookup.Found)
        {
            connectionType = default;
            return false;
        }

        Span<MmdbSlot> slots = stackalloc MmdbSlot[SlotCount];
        Fill(_connectionTypePlan, lookup, slots);
        connectionType = new MmdbConnectionType(lookup, this, slots);
        return true;
    }

    /// <summary>Reads the anonymity flags and provider for an address.</summary>
    /// <param name="address">The address.</param>
    /// <param name="anonymity">The record; default when not found.</param>
    /// <returns>Whether the database has a record for the address (an Anonymous-IP database answers <c>{}</c>, all flags false, for most public space).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is null.</exception>
    /// <exception cref="ObjectDisposedException">The reader is disposed.</exception>
    /// <exception cref="InvalidDatabaseException">The tree or the record is corrupt.</exception>
    public bool TryAnonymity(IPAddress address, out MmdbAnonymity anonymity)
    {
        var lookup = Find(address);
        if (!lookup.Found)
        {
            anonymity = default;
            return false;
        }

        Span<MmdbSlot> slots = stackalloc MmdbSlot[SlotCount];
        Fill(_anonymityPlan, lookup, slots);
        anonymity = new MmdbAnonymity(lookup, this, slots);
        return true;
    }

    /// <summary>Fills every typed field of a found record in one pass (used by <see cref="IpIntelligenceService"/>).</summary>
    internal void ReadAll(in MmdbLookupResult lookup, Span<MmdbSlot> slots) => Fill(_allPlan, lookup, slots);

    /// <summary>Gets the number of typed-field slots.</summary>
    internal static int FieldSlotCount => SlotCount;

    private bool TryCity(in MmdbLookupResult lookup, out MmdbCity city)
    {
        if (!lookup.Found)
        {
            city = default;
            return false;
        }

        var cache = Volatile.Read(ref _cityCache) ?? CreateCityCache();
        if (!cache.TryGet(lookup.Position, out var values))
        {
            values = ReadCity(lookup);
            cache.Store(lookup.Position, values);
        }

        city = new MmdbCity(lookup, this, values);
        return true;
    }

    private MmdbCityCache CreateCityCache()
    {
        Interlocked.CompareExchange(ref _cityCache, new MmdbCityCache(), null);
        return _cityCache!;
    }

    private MmdbCityValues ReadCity(in MmdbLookupResult lookup)
    {
        Span<MmdbSlot> slots = stackalloc MmdbSlot[SlotCount];
        Fill(_cityPlan, lookup, slots);
        return MmdbCityValues.From(this, slots);
    }

    private void Fill(MmdbFieldPlan plan, in MmdbLookupResult lookup, Span<MmdbSlot> slots)
    {
        slots.Fill(MmdbSlot.Empty);
        plan.Fill(DataDecoder, lookup.Position, slots);
    }
}
