using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace HireGuard.IpIntelligence;

/// <summary>
/// Writes MMDB (format 2.0) databases: networks mapped to values, so users can compile their own
/// lists into one fast file and tests can build fixtures. Files it writes read identically with
/// <c>mmdblookup</c> (libmaxminddb) and <see cref="MmdbReader"/>.
/// </summary>
/// <remarks>
/// <para>
/// <b>Values</b> are string, bool, double, float, byte[], ushort (uint16), uint (uint32), int
/// (int32), ulong (uint64), <see cref="UInt128"/> (uint128), string-keyed dictionaries (maps, written
/// with keys in ordinal order) and other enumerables (arrays); <c>long</c> becomes uint32/uint64
/// (or int32 when negative). <see cref="MmdbReader"/> decodes them back to the same .NET types.
/// </para>
/// <para>
/// <b>Order and overlaps.</b> Inserts apply in order. With <see cref="MmdbMergeStrategy.Replace"/>
/// a later network replaces everything it covers, so insert broad networks before the more specific
/// ones that should win; the merge strategies combine values instead (see
/// <see cref="MmdbMergeStrategy"/>). <see cref="Remove"/> empties a network.
/// </para>
/// <para>
/// <b>IPv4 in IPv6.</b> In an IPv6 database IPv4 networks live at <c>::a.b.c.d/(96+n)</c>; with
/// <see cref="MmdbWriterOptions.AliasIPv4"/> (default) <c>::ffff:0:0/96</c> and <c>2002::/16</c> point
/// at the IPv4 subtree, and networks inserted inside them are stored as their IPv4 equivalents.
/// </para>
/// <para>Not thread-safe: build on one thread, then <see cref="Write(Stream)"/>. A writer can write several times.</para>
/// </remarks>
public sealed class MmdbWriter
{
    private static readonly UInt128 MappedPrefix = (UInt128)0xFFFF << 32;
    private static readonly UInt128 SixToFourPrefix = (UInt128)0x2002 << 112;

    private readonly MmdbWriterOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly MmdbWriterTrie _trie;

    /// <summary>Initializes a new instance of the <see cref="MmdbWriter"/> class.</summary>
    /// <param name="options">The layout; read once here (later changes to it have no effect).</param>
    /// <param name="timeProvider">The clock for <c>build_epoch</c> when <see cref="MmdbWriterOptions.BuildTime"/> is null; defaults to the system clock.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The IP version is not 4 or 6, or the record size is not 0, 24, 28 or 32.</exception>
    /// <exception cref="ArgumentException">The database type is empty.</exception>
    public MmdbWriter(MmdbWriterOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DatabaseType, nameof(options));
        if (options.IpVersion is not (4 or 6))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.IpVersion, "IpVersion must be 4 or 6.");
        }

        if (options.RecordSize is not (0 or 24 or 28 or 32))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.RecordSize, "RecordSize must be 0 (automatic), 24, 28 or 32.");
        }

        _options = new MmdbWriterOptions
        {
            DatabaseType = options.DatabaseType,
            IpVersion = options.IpVersion,
            RecordSize = options.RecordSize,
            BuildTime = options.BuildTime,
            AliasIPv4 = options.AliasIPv4 && options.IpVersion == 6,
            MergeStrategy = options.MergeStrategy,
            MergeAdjacentNetworks = options.MergeAdjacentNetworks,
        };
        foreach (var language in options.Languages)
        {
            _options.Languages.Add(language);
        }

        foreach (var (language, text) in options.Description)
        {
            _options.Description[language] = text;
        }

        _timeProvider = timeProvider ?? TimeProvider.System;
        _trie = new MmdbWriterTrie(options.IpVersion == 6 ? 128 : 32);
    }

    /// <summary>Gets the number of <see cref="Insert(IPNetwork, object)"/> and <see cref="Remove"/> calls so far.</summary>
    public int Operations { get; private set; }

    /// <summary>Maps a network to a value, using <see cref="MmdbWriterOptions.MergeStrategy"/> where it overlaps earlier inserts.</summary>
    /// <param name="network">The network (IPv4 or IPv6).</param>
    /// <param name="value">The value (see the type remarks for what can be stored).</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException">The value cannot be stored, or the network cannot be stored in this database (IPv6 in an IPv4 database; inside the 6to4 alias and smaller than /48).</exception>
    public void Insert(IPNetwork network, object value) => Insert(network, value, _options.MergeStrategy);

    /// <summary>Maps a network to a value with an explicit merge strategy.</summary>
    /// <param name="network">The network (IPv4 or IPv6).</param>
    /// <param name="value">The value (see the type remarks for what can be stored).</param>
    /// <param name="strategy">What to do where the network overlaps earlier inserts.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException">The value or the network cannot be stored in this database.</exception>
    public void Insert(IPNetwork network, object value, MmdbMergeStrategy strategy)
    {
        ArgumentNullException.ThrowIfNull(value);
        var normalized = MmdbWriterValues.Normalize(value, nameof(value));
        var (address, prefix) = ToTree(network);
        _trie.Insert(address, prefix, _trie.ValueRecord(normalized), strategy);
        Operations++;
    }

    /// <summary>Removes a network: lookups inside it find nothing (unless a later insert covers them).</summary>
    /// <param name="network">The network.</param>
    /// <exception cref="ArgumentException">The network cannot be stored in this database.</exception>
    public void Remove(IPNetwork network)
    {
        var (address, prefix) = ToTree(network);
        _trie.Insert(address, prefix, 0, MmdbMergeStrategy.Replace);
        Operations++;
    }

    /// <summary>Writes the database to a file atomically: a temporary file beside it, then a rename over the target.</summary>
    /// <param name="path">The target file.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The directory may not be written.</exception>
    /// <exception cref="InvalidOperationException">The data does not fit the configured record size.</exception>
    public void Write(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                Write(stream);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Writes the database to a stream.</summary>
    /// <param name="output">The stream (left open).</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    /// <exception cref="InvalidOperationException">The data does not fit the configured record size.</exception>
    public void Write(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (_options.MergeAdjacentNetworks)
        {
            _trie.MergeAdjacent();
        }

        if (_options.AliasIPv4)
        {
            var ipv4 = _trie.RecordAt(UInt128.Zero, 96);
            _trie.Insert(MappedPrefix, 96, ipv4, MmdbMergeStrategy.Replace);
            _trie.Insert(SixToFourPrefix, 16, ipv4, MmdbMergeStrategy.Replace);
        }

        // Number the reachable nodes depth-first, left child first (aliases make the trie a DAG):
        // a node's left child is then the next node, usually in the same cache line, which saves
        // memory stalls on the deep levels of every lookup (for any reader of the file).
        var ids = new int[_trie.NodeCount];
        Array.Fill(ids, -1);
        var order = new List<int>(_trie.NodeCount);
        var pending = new Stack<int>();
        pending.Push(0);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (ids[node] >= 0)
            {
                continue;
            }

            ids[node] = order.Count;
            order.Add(node);
            var right = _trie.Get(node, 1);
            var left = _trie.Get(node, 0);
            if (right > 0 && ids[right] < 0)
            {
                pending.Push(right);
            }

            if (left > 0 && ids[left] < 0)
            {
                pending.Push(left);
            }
        }

        var data = new MmdbDataWriter(deduplicate: true);
        var offsets = new long[_trie.Values.Count];
        Array.Fill(offsets, -1);
        foreach (var node in order)
        {
            for (var bit = 0; bit < 2; bit++)
            {
                var record = _trie.Get(node, bit);
                if (record < 0 && offsets[-record - 1] < 0)
                {
                    offsets[-record - 1] = data.WriteRecord(_trie.Values[-record - 1]);
                }
            }
        }

        long nodeCount = order.Count;
        var largest = nodeCount + 16 + data.Length;
        var recordSize = _options.RecordSize;
        if (recordSize == 0)
        {
            recordSize = largest < (1L << 24) ? 24 : largest < (1L << 28) ? 28 : 32;
        }

        if (largest >= (1L << recordSize))
        {
            throw new InvalidOperationException($"{nodeCount} nodes and {data.Length} bytes of data do not fit {recordSize}-bit records.");
        }

        var nodeBytes = recordSize / 4;
        var chunk = new byte[nodeBytes * 4096];
        var filled = 0;
        foreach (var node in order)
        {
            var left = Encode(_trie.Get(node, 0), ids, offsets, nodeCount);
            var right = Encode(_trie.Get(node, 1), ids, offsets, nodeCount);
            WriteNode(chunk.AsSpan(filled, nodeBytes), recordSize, left, right);
            filled += nodeBytes;
            if (filled == chunk.Length)
            {
                output.Write(chunk, 0, filled);
                filled = 0;
            }
        }

        output.Write(chunk, 0, filled);
        output.Write(new byte[16]);
        output.Write(data.WrittenSpan);
        output.Write([0xAB, 0xCD, 0xEF, .. "MaxMind.com"u8]);
        var metadata = new MmdbDataWriter(deduplicate: false);
        metadata.WriteValue(MetadataValue(nodeCount, recordSize));
        output.Write(metadata.WrittenSpan);
    }

    private static long Encode(int record, int[] ids, long[] offsets, long nodeCount) => record switch
    {
        0 => nodeCount,
        > 0 => ids[record],
        _ => nodeCount + 16 + offsets[-record - 1],
    };

    private static void WriteNode(Span<byte> node, int recordSize, long left, long right)
    {
        switch (recordSize)
        {
            case 24:
                node[0] = (byte)(left >> 16);
                node[1] = (byte)(left >> 8);
                node[2] = (byte)left;
                node[3] = (byte)(right >> 16);
                node[4] = (byte)(right >> 8);
                node[5] = (byte)right;
                break;
            case 28:
                node[0] = (byte)(left >> 16);
                node[1] = (byte)(left >> 8);
                node[2] = (byte)left;
                node[3] = (byte)(((left >> 20) & 0xF0) | ((right >> 24) & 0x0F));
                node[4] = (byte)(right >> 16);
                node[5] = (byte)(right >> 8);
                node[6] = (byte)right;
                break;
            default:
                BinaryPrimitives.WriteUInt32BigEndian(node, (uint)left);
                BinaryPrimitives.WriteUInt32BigEndian(node[4..], (uint)right);
                break;
        }
    }

    private object MetadataValue(long nodeCount, int recordSize)
    {
        var buildTime = _options.BuildTime ?? _timeProvider.GetUtcNow();
        var epoch = (ulong)Math.Max(0, buildTime.ToUnixTimeSeconds());
        var map = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["binary_format_major_version"] = (ushort)2,
            ["binary_format_minor_version"] = (ushort)0,
            ["build_epoch"] = epoch,
            ["database_type"] = _options.DatabaseType,
            ["description"] = new Dictionary<string, object>(_options.Description.Select(d => new KeyValuePair<string, object>(d.Key, d.Value)), StringComparer.Ordinal),
            ["ip_version"] = (ushort)_options.IpVersion,
            ["languages"] = _options.Languages.ToList(),
            ["node_count"] = (uint)nodeCount,
            ["record_size"] = (ushort)recordSize,
        };
        return MmdbWriterValues.Normalize(map, "metadata");
    }

    private (UInt128 Address, int Prefix) ToTree(IPNetwork network)
    {
        var address = network.BaseAddress ?? throw new ArgumentException("The network has no base address.", nameof(network));
        var prefix = network.PrefixLength;
        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out var written);
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var v4 = BinaryPrimitives.ReadUInt32BigEndian(bytes);
            return _options.IpVersion == 4 ? (v4, prefix) : (v4, 96 + prefix);
        }

        if (written != 16)
        {
            throw new ArgumentException("The network is neither IPv4 nor IPv6.", nameof(network));
        }

        var v6 = BinaryPrimitives.ReadUInt128BigEndian(bytes);
        var mapped = prefix >= 96 && (v6 >> 32) == 0xFFFF;
        if (_options.IpVersion == 4)
        {
            return mapped
                ? ((uint)v6, prefix - 96)
                : throw new ArgumentException($"{network} is an IPv6 network; an IPv4 database (IpVersion 4) holds only IPv4 networks.", nameof(network));
        }

        if (_options.AliasIPv4)
        {
            if (mapped)
            {
                return ((uint)v6, prefix);
            }

            if (prefix >= 16 && (v6 >> 112) == 0x2002)
            {
                return prefix <= 48
                    ? ((uint)(v6 >> 80) & (prefix == 16 ? 0u : uint.MaxValue << (48 - prefix)), 96 + prefix - 16)
                    : throw new ArgumentException($"{network} lies inside the 6to4 alias 2002::/16 and is smaller than one IPv4 address; insert the IPv4 address instead.", nameof(network));
            }
        }

        return (v6, prefix);
    }
}
