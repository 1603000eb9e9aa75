using System.Buffers.Binary;
using System.Net;

namespace HireGuard.IpIntelligence;

/// <content>Whole-file verification and network enumeration.</content>
public sealed unsafe partial class MmdbReader
{
    /// <summary>
    /// Checks the whole file: the 16-byte separator, every search-tree record (no record into the
    /// separator or past the data section, no cycle, no path longer than the address), every value
    /// of the data section in order (types, sizes, UTF-8, pointer targets), and every record the
    /// tree points to, following pointers (depth ≤ 512, no pointer loops). A file that passes can be
    /// looked up and decoded for any address without an <see cref="InvalidDatabaseException"/>.
    /// </summary>
    /// <remarks>Reads the whole file: seconds for a large database. Lookups never need it.</remarks>
    /// <exception cref="ObjectDisposedException">The reader is disposed.</exception>
    /// <exception cref="InvalidDatabaseException">The file is corrupt; the message says where.</exception>
    public void Verify() => VerifyCore();

    /// <summary>Verifies the file and returns the number of networks (data records in the tree).</summary>
    internal long VerifyCore()
    {
        ThrowIfDisposed();
        for (var i = 0; i < 16; i++)
        {
            if (_base[_treeSize + i] != 0)
            {
                throw new InvalidDatabaseException("The MMDB data section separator is not 16 zero bytes.");
            }
        }

        var recordPositions = new HashSet<long>();
        long networks = 0;
        for (long node = 0; node < _nodeCount; node++)
        {
            for (var bit = 0; bit < 2; bit++)
            {
                var record = ReadRecord(node, bit);
                if (record == 0)
                {
                    throw new InvalidDatabaseException($"The MMDB search tree is corrupt: node {node} points back to the root node.");
                }

                if (record <= _nodeCount)
                {
                    continue;
                }

                if (record < _nodeCount + 16)
                {
                    throw new InvalidDatabaseException($"The MMDB search tree is corrupt: node {node} has a record ({record}) that points into the data section separator.");
                }

                var position = _dataStart + (record - _nodeCount - 16);
                if (position >= _dataEnd)
                {
                    throw new InvalidDatabaseException($"The MMDB search tree is corrupt: node {node} has a record ({record}) that points past the end of the data section.");
                }

                recordPositions.Add(position);
                networks++;
            }
        }

        VerifyTreeShape();

        var decoder = DataDecoder;
        var starts = new HashSet<long>();
        var pos = _dataStart;
        var budget = (_dataEnd - _dataStart) + 1;
        while (pos < _dataEnd)
        {
            starts.Add(pos);
            decoder.Validate(ref pos, 0, ref budget, follow: false);
        }

        foreach (var position in recordPositions)
        {
            if (!starts.Contains(position))
            {
                throw new InvalidDatabaseException($"The MMDB search tree points to data offset {position - _dataStart}, which is not the start of a value.");
            }

            var p = position;
            var recordBudget = Math.Min(decoder.DefaultBudget, MaxValuesPerRecord);
            decoder.Validate(ref p, 0, ref recordBudget, follow: true);
        }

        return networks;
    }

    /// <summary>
    /// Enumerates the networks that have data as (network in tree terms, record
    /// position). In an IPv6 tree, IPv4 networks appear as <c>::a.b.c.d/(96+n)</c>; the
    /// <c>::ffff:0:0/96</c> and <c>2002::/16</c> aliases of the IPv4 subtree are skipped.
    /// </summary>
    internal IEnumerable<(IPNetwork Network, long Position)> EnumerateNetworks()
    {
        ThrowIfDisposed();
        var bits = _isIPv6 ? 128 : 32;
        var stack = new Stack<(long Node, int Depth, UInt128 Prefix)>();
        if (_nodeCount > 0)
        {
            stack.Push((0, 0, UInt128.Zero));
        }
        else
        {
            yield break;
        }

        while (stack.Count > 0)
        {
            var (node, depth, prefix) = stack.Pop();
            if (depth >= bits)
            {
                throw new InvalidDatabaseException("The MMDB search tree is corrupt: a path is longer than the address (a cycle).");
            }

            for (var bit = 1; bit >= 0; bit--)
            {
                var record = ReadRecord(node, bit);
                var childPrefix = bit == 0 ? prefix : prefix | (UInt128.One << (bits - 1 - depth));
                if (record < _nodeCount)
                {
                    if (_isIPv6 && record == _ipv4Start && !(depth + 1 == 96 && childPrefix == UInt128.Zero))
                    {
                        // An alias (::ffff:0:0/96, 2002::/16) of the IPv4 subtree: enumerated once, at ::/96.
                        continue;
                    }

                    stack.Push((record, depth + 1, childPrefix));
                }
            }

            for (var bit = 0; bit < 2; bit++)
            {
                var record = ReadRecord(node, bit);
                if (record > _nodeCount)
                {
                    var childPrefix = bit == 0 ? prefix : prefix | (UInt128.One << (bits - 1 - depth));
                    var position = Resolve(record, depth + 1, (ulong)(childPrefix >> 64), (ulong)childPrefix, isIPv4: false);
                    yield return (ToNetwork(childPrefix, depth + 1, _isIPv6), position);
                }
            }
        }
    }

    private static IPNetwork ToNetwork(UInt128 prefix, int length, bool ipv6)
    {
        if (!ipv6)
        {
            Span<byte> v4 = stackalloc byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(v4, (uint)prefix);
            return new IPNetwork(new IPAddress(v4), length);
        }

        Span<byte> v6 = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128BigEndian(v6, prefix);
        return new IPNetwork(new IPAddress(v6), length);
    }

    private void VerifyTreeShape()
    {
        if (_nodeCount == 0)
        {
            return;
        }

        var bits = _isIPv6 ? 128 : 32;
        var state = new byte[_nodeCount];
        var height = new byte[_nodeCount];
        var stack = new Stack<long>();
        long reachable = 0;
        stack.Push(0);
        while (stack.Count > 0)
        {
            var node = stack.Peek();
            if (state[node] == 0)
            {
                state[node] = 1;
            }

            var pending = false;
            var max = 0;
            for (var bit = 0; bit < 2; bit++)
            {
                var child = ReadRecord(node, bit);
                if (child >= _nodeCount)
                {
                    continue;
                }

                switch (state[child])
                {
                    case 0:
                        stack.Push(child);
                        pending = true;
                        break;
                    case 1:
                        throw new InvalidDatabaseException($"The MMDB search tree is corrupt: node {node} points back to node {child} (a cycle).");
                    default:
                        max = Math.Max(max, height[child]);
                        break;
                }
            }

            if (pending)
            {
                continue;
            }

            stack.Pop();
            var h = max + 1;
            if (h > bits)
            {
                throw new InvalidDatabaseException($"The MMDB search tree is corrupt: paths through node {node} are longer than the {bits} bits of an address.");
            }

            if (state[node] != 2)
            {
                reachable++;
            }

            height[node] = (byte)h;
            state[node] = 2;
        }

        if (reachable != _nodeCount)
        {
            throw new InvalidDatabaseException($"The MMDB search tree is corrupt: node_count is {_nodeCount} but only {reachable} nodes are reachable from the root.");
        }
    }
}
