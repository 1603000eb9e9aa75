using System.Buffers;
using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace HireGuard.IpIntelligence;

/// <summary>
/// A labelled list of networks (VPN exits such as <c>astrill</c>, <c>tor-exit</c>, <c>datacenter</c>,
/// your own <c>corporate-egress</c>, ...), loaded from a text file with one entry per line. An
/// allow-list's matches suppress findings instead of raising them.
/// </summary>
/// <remarks>
/// <para>
/// <b>Format.</b> One entry per line: an address (<c>192.0.2.7</c>, <c>2001:db8::7</c>), a CIDR
/// network (<c>192.0.2.0/24</c>, <c>2001:db8::/32</c>) or an inclusive range
/// (<c>192.0.2.10 - 192.0.2.20</c>, split into CIDR blocks). Blank lines are ignored; <c>#</c> starts a
/// comment anywhere on a line, and lines starting with <c>;</c> or <c>//</c> are comments. IPv4 must
/// be plain dotted decimal (no leading zeros, no octal or hex forms).
/// </para>
/// <para>
/// <b>Errors and warnings.</b> A line that is not an entry throws <see cref="IpListFormatException"/>
/// with <c>list:line:</c>. Recoverable oddities become <see cref="Warnings"/>: host bits set (the
/// network is masked), IPv4-mapped IPv6 entries (stored as IPv4), duplicates, entries covering a whole
/// address family, and an empty list.
/// </para>
/// <para>Immutable and thread-safe; a match costs one hash lookup per distinct prefix length in the list.</para>
/// </remarks>
public sealed class IpList
{
    private const int MaxWarnings = 100;

    private static readonly SearchValues<char> LabelCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789._-");

    private readonly Dictionary<uint, int>?[] _v4 = new Dictionary<uint, int>?[33];
    private readonly Dictionary<UInt128, int>?[] _v6 = new Dictionary<UInt128, int>?[129];
    private readonly int[] _v4Lengths;
    private readonly int[] _v6Lengths;

    private IpList(string name, string label, bool isAllowList, List<IPNetwork> networks, List<string> warnings)
    {
        Name = name;
        Label = label;
        IsAllowList = isAllowList;
        Networks = networks;
        Warnings = warnings;
        for (var i = 0; i < networks.Count; i++)
        {
            var network = networks[i];
            var value = IpText.ToNumber(network.BaseAddress);
            if (network.BaseAddress.AddressFamily == AddressFamily.InterNetwork)
            {
                (_v4[network.PrefixLength] ??= []).TryAdd((uint)value, i);
            }
            else
            {
                (_v6[network.PrefixLength] ??= []).TryAdd(value, i);
            }
        }

        _v4Lengths = [.. Enumerable.Range(0, 33).Where(l => _v4[l] is not null).OrderDescending()];
        _v6Lengths = [.. Enumerable.Range(0, 129).Where(l => _v6[l] is not null).OrderDescending()];
    }

    /// <summary>Gets the list's name (usually its file name).</summary>
    public string Name { get; }

    /// <summary>Gets the label its matches carry, e.g. <c>astrill</c> or <c>tor-exit</c>.</summary>
    public string Label { get; }

    /// <summary>Gets whether matches suppress findings (an allow-list such as corporate egress).</summary>
    public bool IsAllowList { get; }

    /// <summary>Gets the distinct networks of the list, in file order.</summary>
    public IReadOnlyList<IPNetwork> Networks { get; }

    /// <summary>Gets the warnings found while loading, each starting with <c>list:line:</c> (at most 100, then a summary).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Loads a list file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="label">The label (lower-case letters, digits, <c>.</c>, <c>_</c>, <c>-</c>; at most 64 characters).</param>
    /// <param name="isAllowList">Whether matches suppress findings.</param>
    /// <param name="name">The list's name; defaults to the file name.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="label"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="label"/> is not a valid label.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="IpListFormatException">A line is not an entry.</exception>
    public static IpList Load(string path, string label, bool isAllowList = false, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return Parse(reader, name ?? Path.GetFileName(path), label, isAllowList);
    }

    /// <summary>Parses a list from text.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="name">The list's name, used in messages and matches.</param>
    /// <param name="label">The label (lower-case letters, digits, <c>.</c>, <c>_</c>, <c>-</c>; at most 64 characters).</param>
    /// <param name="isAllowList">Whether matches suppress findings.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="label"/> is not a valid label.</exception>
    /// <exception cref="IOException">The text cannot be read.</exception>
    /// <exception cref="IpListFormatException">A line is not an entry.</exception>
    public static IpList Parse(TextReader reader, string name, string label, bool isAllowList = false)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(name);
        CheckLabel(label);
        var networks = new List<IPNetwork>();
        var firstLine = new Dictionary<IPNetwork, int>();
        var warnings = new List<string>();
        var suppressed = 0;
        var entriesOnLine = new List<IPNetwork>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            var line = raw.AsSpan();
            var hash = line.IndexOf('#');
            if (hash >= 0)
            {
                line = line[..hash];
            }

            line = line.Trim();
            if (line.IsEmpty || line[0] == ';' || line.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            entriesOnLine.Clear();
            var dash = line.IndexOf('-');
            if (dash >= 0)
            {
                if (!IpText.TryParseRange(line[..dash], line[(dash + 1)..], entriesOnLine, out var rangeError))
                {
                    throw new IpListFormatException(name, lineNumber, rangeError);
                }
            }
            else
            {
                if (line.ContainsAny(' ', '\t', ','))
                {
                    throw new IpListFormatException(name, lineNumber, $"'{Shorten(line)}' has more than one field; put one address, network or range per line");
                }

                if (!IpText.TryParseNetwork(line, out var network, out var hadHostBits, out var error))
                {
                    throw new IpListFormatException(name, lineNumber, error);
                }

                if (hadHostBits)
                {
                    Warn($"{name}:{lineNumber}: '{line}' has host bits set; using {network}");
                }

                entriesOnLine.Add(network);
            }

            foreach (var entry in entriesOnLine)
            {
                var network = entry;
                if (IsIPv4Mapped(network))
                {
                    network = new IPNetwork(network.BaseAddress.MapToIPv4(), network.PrefixLength - 96);
                    Warn($"{name}:{lineNumber}: IPv4-mapped {entry} is stored as {network}");
                }

                if (network.PrefixLength == 0)
                {
                    Warn($"{name}:{lineNumber}: {network} covers every {(network.BaseAddress.AddressFamily == AddressFamily.InterNetwork ? "IPv4" : "IPv6")} address");
                }

                if (firstLine.TryGetValue(network, out var earlier))
                {
                    Warn($"{name}:{lineNumber}: {network} duplicates line {earlier}");
                    continue;
                }

                firstLine[network] = lineNumber;
                networks.Add(network);
            }
        }

        if (networks.Count == 0)
        {
            Warn($"{name}:{lineNumber}: the list has no entries");
        }

        if (suppressed > 0)
        {
            warnings.Add($"{name}: {suppressed} more warnings not shown");
        }

        return new IpList(name, label, isAllowList, networks, warnings);

        void Warn(string warning)
        {
            if (warnings.Count < MaxWarnings)
            {
                warnings.Add(warning);
            }
            else
            {
                suppressed++;
            }
        }
    }

    /// <summary>Creates a list from networks.</summary>
    /// <param name="name">The list's name.</param>
    /// <param name="label">The label (lower-case letters, digits, <c>.</c>, <c>_</c>, <c>-</c>; at most 64 characters).</param>
    /// <param name="networks">The networks; IPv4-mapped ones are stored as IPv4, duplicates dropped.</param>
    /// <param name="isAllowList">Whether matches suppress findings.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="label"/> is not a valid label.</exception>
    public static IpList Create(string name, string label, IEnumerable<IPNetwork> networks, bool isAllowList = false)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(networks);
        CheckLabel(label);
        var distinct = new List<IPNetwork>();
        var seen = new HashSet<IPNetwork>();
        foreach (var entry in networks)
        {
            var network = IsIPv4Mapped(entry) ? new IPNetwork(entry.BaseAddress.MapToIPv4(), entry.PrefixLength - 96) : entry;
            if (seen.Add(network))
            {
                distinct.Add(network);
            }
        }

        return new IpList(name, label, isAllowList, distinct, []);
    }

    /// <summary>Finds the most specific entry containing an address (IPv4-mapped addresses match IPv4 entries).</summary>
    /// <param name="address">The address.</param>
    /// <param name="network">The matching entry.</param>
    /// <returns>Whether the list contains the address.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is null.</exception>
    public bool TryMatch(IPAddress address, out IPNetwork network)
    {
        ArgumentNullException.ThrowIfNull(address);
        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out var written);
        if (TryMatch(bytes[..written], out var index))
        {
            network = Networks[index];
            return true;
        }

        network = default;
        return false;
    }

    /// <summary>Finds the index of the most specific entry containing an address given as 4 or 16 bytes.</summary>
    internal bool TryMatch(ReadOnlySpan<byte> address, out int index)
    {
        if (address.Length == 16)
        {
            var high = BinaryPrimitives.ReadUInt64BigEndian(address);
            var low = BinaryPrimitives.ReadUInt64BigEndian(address[8..]);
            if (high == 0 && (low >> 32) == 0xFFFF)
            {
                return MatchIPv4((uint)low, out index);
            }

            var value = ((UInt128)high << 64) | low;
            foreach (var length in _v6Lengths)
            {
                var mask = length == 0 ? UInt128.Zero : UInt128.MaxValue << (128 - length);
                if (_v6[length]!.TryGetValue(value & mask, out index))
                {
                    return true;
                }
            }

            index = -1;
            return false;
        }

        if (address.Length == 4)
        {
            return MatchIPv4(BinaryPrimitives.ReadUInt32BigEndian(address), out index);
        }

        index = -1;
        return false;
    }

    /// <summary>Checks a label: lower-case letters, digits, '.', '_', '-', starting with a letter or digit, at most 64 characters.</summary>
    internal static bool IsValidLabel(string? label) =>
        label is { Length: > 0 and <= 64 }
        && (char.IsAsciiLetterLower(label[0]) || char.IsAsciiDigit(label[0]))
        && !label.AsSpan().ContainsAnyExcept(LabelCharacters);

    private static void CheckLabel(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (!IsValidLabel(label))
        {
            throw new ArgumentException($"'{label}' is not a valid list label: use 1–64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit.", nameof(label));
        }
    }

    private static bool IsIPv4Mapped(IPNetwork network) =>
        network.BaseAddress.AddressFamily == AddressFamily.InterNetworkV6
        && network.BaseAddress.IsIPv4MappedToIPv6
        && network.PrefixLength >= 96;

    private static string Shorten(ReadOnlySpan<char> text) => text.Length <= 60 ? text.ToString() : string.Concat(text[..57], "...");

    private bool MatchIPv4(uint value, out int index)
    {
        foreach (var length in _v4Lengths)
        {
            var mask = length == 0 ? 0u : uint.MaxValue << (32 - length);
            if (_v4[length]!.TryGetValue(value & mask, out index))
            {
                return true;
            }
        }

        index = -1;
        return false;
    }
}
