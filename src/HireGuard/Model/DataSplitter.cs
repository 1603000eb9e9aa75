namespace HireGuard.Model;

/// <summary>Seeded train/test splits: whole groups when the table has group ids, otherwise rows stratified by label.</summary>
internal static class DataSplitter
{
    public static (int[] Train, int[] Test) Split(FeatureTable table, double testFraction, long seed)
    {
        var n = table.RowCount;
        var test = new bool[n];
        var random = DeterministicRandom.Derive(seed, 0x5_9117);
        var groups = table.RawGroups;
        if (groups is not null)
        {
            // Order groups ordinally (independent of row order), shuffle with the seed, and move
            // whole groups to the test side until it holds the requested share of rows.
            var sizes = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var g in groups)
            {
                sizes[g] = sizes.GetValueOrDefault(g) + 1;
            }

            var ids = sizes.Keys.ToArray();
            Array.Sort(ids, StringComparer.Ordinal);
            random.Shuffle(ids.AsSpan());
            var target = testFraction * n;
            var chosen = new HashSet<string>(StringComparer.Ordinal);
            var taken = 0;
            foreach (var id in ids)
            {
                if (taken >= target)
                {
                    break;
                }

                chosen.Add(id);
                taken += sizes[id];
            }

            for (var i = 0; i < n; i++)
            {
                test[i] = chosen.Contains(groups[i]);
            }
        }
        else
        {
            var labels = table.RawLabels;
            foreach (var cls in (ReadOnlySpan<bool>)[true, false])
            {
                var rows = new List<int>();
                for (var i = 0; i < n; i++)
                {
                    if (labels[i] == cls)
                    {
                        rows.Add(i);
                    }
                }

                var span = rows.ToArray();
                random.Shuffle(span.AsSpan());
                var take = (int)Math.Round(testFraction * span.Length, MidpointRounding.AwayFromZero);
                for (var k = 0; k < take; k++)
                {
                    test[span[k]] = true;
                }
            }
        }

        var testCount = 0;
        foreach (var t in test)
        {
            testCount += t ? 1 : 0;
        }

        var trainRows = new int[n - testCount];
        var testRows = new int[testCount];
        int a = 0, b = 0;
        for (var i = 0; i < n; i++)
        {
            if (test[i])
            {
                testRows[b++] = i;
            }
            else
            {
                trainRows[a++] = i;
            }
        }

        return (trainRows, testRows);
    }
}
