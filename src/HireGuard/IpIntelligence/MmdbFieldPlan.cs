namespace HireGuard.IpIntelligence;

/// <summary>
/// A field map compiled into a trie of keys, so one pass over a record finds every wanted field:
/// unwanted map values are skipped without decoding, and a map is left as soon as every wanted key
/// has been seen.
/// </summary>
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
    public void Fill(in MmdbDecoder decoder, long position, Span<MmdbSlot> slots) => Fill(decoder, _root, position, slots);

    private static void Fill(in MmdbDecoder decoder, MmdbPlanNode node, long pos, Span<MmdbSlot> slots)
    {
        var type = decoder.ReadResolved(ref pos, out var size, out var payload, out _);
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

        if (type == MmdbType.Map && node.Keys.Length > 0)
        {
            var p = payload;
            var remaining = node.Keys.Length;
            for (long i = 0; i < size; i++)
            {
                var key = decoder.ReadKey(ref p, out _);
                var match = node.FindKey(key);
                if (match >= 0)
                {
                    Fill(decoder, node.KeyChildren[match], p, slots);
                    if (--remaining == 0)
                    {
                        return;
                    }
                }

                decoder.Skip(ref p, 0);
            }
        }
        else if (type == MmdbType.Array && node.Indexes.Length > 0)
        {
            var p = payload;
            for (long i = 0; i < size; i++)
            {
                var indexes = node.Indexes;
                for (var k = 0; k < indexes.Length; k++)
                {
                    var wanted = indexes[k];
                    if (wanted == i || (wanted < 0 && size + wanted == i))
                    {
                        Fill(decoder, node.IndexChildren[k], p, slots);
                    }
                }

                if (!node.HasNegativeIndex && i >= node.MaxIndex)
                {
                    return;
                }

                decoder.Skip(ref p, 0);
            }
        }
    }

    private static bool Accepts(MmdbSlotKind kind, MmdbType type) => kind switch
    {
        MmdbSlotKind.Text or MmdbSlotKind.Date => type == MmdbType.Utf8String,
        MmdbSlotKind.Boolean => type is MmdbType.Boolean or MmdbType.UInt16 or MmdbType.UInt32 or MmdbType.Int32 or MmdbType.UInt64 or MmdbType.Utf8String,
        _ => type is MmdbType.Double or MmdbType.Float or MmdbType.UInt16 or MmdbType.UInt32 or MmdbType.Int32 or MmdbType.UInt64 or MmdbType.Utf8String,
    };
}
