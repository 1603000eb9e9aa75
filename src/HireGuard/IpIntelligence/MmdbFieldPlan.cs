using System.Runtime.CompilerServices;

namespace HireGuard.IpIntelligence;

/// <summary>
/// A field map compiled into a trie of keys, so one pass over a record finds every wanted field:
/// unwanted map values are skipped without decoding, and a map is left as soon as every wanted key
/// has been seen.
/// </summary>
[SkipLocalsInit]
internal sealed class MmdbFieldPlan
{
    private readonly MmdbPlanNode _root;

    private MmdbFieldPlan(MmdbPlanNode root)
    {
        _root = root;
    }

    /// <summary>Compiles the paths of <paramref name="fields"/>; slot index = (int)field.</summary>
    /// <exception cref="ArgumentException">A path is not valid.</exception>
    public static MmdbFieldPlan Compile(MmdbFieldMap map, IEnumerable<MmdbField> fields)
    {
        var root = new MmdbPlanNode();
        foreach (var field in fields)
        {
            var spec = map.GetPath(field);
            if (spec is null)
            {
                continue;
            }

            if (!MmdbFieldPath.TryParse(spec, out var path, out var error))
            {
                throw new ArgumentException($"The field map's {field} path is invalid: {error}.", nameof(map));
            }

            var kind = MmdbFieldMap.KindOf(field);
            for (var priority = 0; priority < path!.Alternatives.Count; priority++)
            {
                var node = root;
                foreach (var segment in path.Alternatives[priority])
                {
                    node = node.ChildFor(segment);
                }

                node.AddTarget(new MmdbPlanTarget((int)field, priority, kind));
            }
        }

        root.Freeze();
        return new MmdbFieldPlan(root);
    }

    /// <summary>Fills <paramref name="slots"/> (pre-set to <see cref="MmdbSlot.Empty"/>) from the record at <paramref name="position"/>.</summary>
    public void Fill(in MmdbDecoder decoder, long position, Span<MmdbSlot> slots) => Fill(decoder, _root, position, slots, needEnd: false);

    /// <summary>Fills from the value at <paramref name="pos"/>; returns the position after it, or -1 when <paramref name="needEnd"/> is false and the walk left early.</summary>
    private static long Fill(in MmdbDecoder decoder, MmdbPlanNode node, long pos, Span<MmdbSlot> slots, bool needEnd)
    {
        var start = pos;
        var type = decoder.ReadHeader(ref pos, out var size);
        if (type == MmdbType.Pointer)
        {
            var after = pos;
            var target = decoder.PointerTarget(size);

            // A shared map seen before: copy the result without touching its bytes (often a cache miss).
            if (node.Targets.Length == 0 && node.Caches && node.ResultCache.TryApply(target, slots))
            {
                return after;
            }

            var payload = target;
            type = decoder.ReadHeader(ref payload, out size);
            if (type == MmdbType.Pointer)
            {
                throw MmdbDecoder.Corrupt("a pointer points to another pointer");
            }

            Assign(node, type, size, payload, slots);
            if (node.Caches && type is MmdbType.Map or MmdbType.Array)
            {
                // Shared maps (country, city, ...) are walked once; later visits copy the result.
                var cache = node.ResultCache;
                if (node.Targets.Length == 0 || !cache.TryApply(target, slots))
                {
                    Span<MmdbSlot> scratch = stackalloc MmdbSlot[slots.Length];
                    scratch.Fill(MmdbSlot.Empty);
                    FillChildren(decoder, node, type, size, payload, scratch, needEnd: false);
                    cache.Store(target, scratch);
                    for (var i = 0; i < scratch.Length; i++)
                    {
                        if (scratch[i].Priority < slots[i].Priority)
                        {
                            slots[i] = scratch[i];
                        }
                    }
                }
            }
            else if (node.HasChildren && type is MmdbType.Map or MmdbType.Array)
            {
                FillChildren(decoder, node, type, size, payload, slots, needEnd: false);
            }

            return after;
        }

        Assign(node, type, size, pos, slots);
        if (node.HasChildren && type is MmdbType.Map or MmdbType.Array)
        {
            return FillChildren(decoder, node, type, size, pos, slots, needEnd);
        }

        if (!needEnd)
        {
            return -1;
        }

        decoder.Skip(ref start, 0);
        return start;
    }

    private static long FillChildren(in MmdbDecoder decoder, MmdbPlanNode node, MmdbType type, long size, long payload, Span<MmdbSlot> slots, bool needEnd)
    {
        var p = payload;
        if (type == MmdbType.Map)
        {
            var remaining = node.Keys.Length;
            for (long i = 0; i < size; i++)
            {
                if (remaining == 0)
                {
                    if (!needEnd)
                    {
                        return -1;
                    }

                    decoder.Skip(ref p, 0);
                    decoder.Skip(ref p, 0);
                    continue;
                }

                var match = MatchKey(decoder, node, ref p);
                if (match < 0)
                {
                    decoder.Skip(ref p, 0);
                    continue;
                }

                remaining--;
                var childNeedsEnd = needEnd || remaining > 0;
                p = Fill(decoder, node.KeyChildren[match], p, slots, childNeedsEnd);
                if (!childNeedsEnd)
                {
                    return -1;
                }
            }

            return p;
        }

        var indexes = node.Indexes;
        for (long i = 0; i < size; i++)
        {
            for (var k = 0; k < indexes.Length; k++)
            {
                var wanted = indexes[k];
                if (wanted == i || (wanted < 0 && size + wanted == i))
                {
                    Fill(decoder, node.IndexChildren[k], p, slots, needEnd: false);
                }
            }

            if (!needEnd && !node.HasNegativeIndex && i >= node.MaxIndex)
            {
                return -1;
            }

            decoder.Skip(ref p, 0);
        }

        return p;
    }

    private static void Assign(MmdbPlanNode node, MmdbType type, long size, long payload, Span<MmdbSlot> slots)
    {
        foreach (var target in node.Targets)
        {
            ref var slot = ref slots[target.Slot];
            if (target.Priority < slot.Priority && Accepts(target.Kind, type))
            {
                slot.Type = type;
                slot.Size = size;
                slot.Payload = payload;
                slot.Priority = target.Priority;
            }
        }
    }

    private static int MatchKey(in MmdbDecoder decoder, MmdbPlanNode node, ref long p)
    {
        var type = decoder.ReadHeader(ref p, out var size);
        if (type == MmdbType.Utf8String)
        {
            var inline = decoder.Span(p, size);
            p += size;
            return node.FindKey(inline);
        }

        if (type != MmdbType.Pointer)
        {
            throw MmdbDecoder.Corrupt($"a map key has type {type}, not utf8_string");
        }

        var target = decoder.PointerTarget(size);
        var cached = node.CachedKey(target);
        if (cached != -2)
        {
            return cached;
        }

        var payload = target;
        if (decoder.ReadHeader(ref payload, out var length) != MmdbType.Utf8String)
        {
            throw MmdbDecoder.Corrupt("a map key points to a value that is not a utf8_string");
        }

        var match = node.FindKey(decoder.Span(payload, length));
        node.RememberKey(target, match);
        return match;
    }

    private static bool Accepts(MmdbSlotKind kind, MmdbType type) => kind switch
    {
        MmdbSlotKind.Text or MmdbSlotKind.Date => type == MmdbType.Utf8String,
        MmdbSlotKind.Boolean => type is MmdbType.Boolean or MmdbType.UInt16 or MmdbType.UInt32 or MmdbType.Int32 or MmdbType.UInt64 or MmdbType.Utf8String,
        _ => type is MmdbType.Double or MmdbType.Float or MmdbType.UInt16 or MmdbType.UInt32 or MmdbType.Int32 or MmdbType.UInt64 or MmdbType.Utf8String,
    };
}
