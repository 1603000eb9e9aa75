using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace HireGuard.Model;

/// <summary>
/// Grows one regression tree on gradient/hessian statistics, best-first (the leaf whose best split
/// gains most is split next), from histograms of binned features.
/// </summary>
/// <remarks>
/// <para>Each row carries a 4-vector (gradient, hessian, 1, weight); a histogram bin is the sum of
/// those vectors, so one 256-bit add updates all four statistics. A node's histogram is built only
/// for the smaller child of a split; the larger child's is the parent's minus the smaller one's
/// (the subtraction trick), computed in the parent's buffer.</para>
/// <para>Work is parallel over features only. Every feature's histogram is summed by one thread,
/// in row order, into a fixed number of lanes, so the result is bit-identical for any thread count.</para>
/// </remarks>
internal sealed class HistogramTreeGrower
{
    private const int GroupSize = 4;

    [ThreadStatic]
    private static Vector256<double>[]? ThreadDummy;

    private readonly BinnedMatrix _data;
    private readonly TreeGrowerSettings _settings;
    private readonly ParallelRunner _runner;
    private readonly int _n;
    private readonly int[] _binCount;
    private readonly int[] _histOffset;
    private readonly int _histLength;
    private readonly int[] _rows;
    private readonly int[] _tmp;
    private readonly Vector128<float>[] _ordered;
    private readonly Stack<Vector256<double>[]> _pool = new();
    private readonly List<Node> _nodes = [];

    public HistogramTreeGrower(BinnedMatrix data, TreeGrowerSettings settings, ParallelRunner runner)
    {
        _data = data;
        _settings = settings;
        _runner = runner;
        _n = data.RowCount;
        var p = data.FeatureCount;
        _binCount = new int[p];
        _histOffset = new int[p];
        var total = 0;
        for (var f = 0; f < p; f++)
        {
            _binCount[f] = data.Mappers[f].BinCount;
            _histOffset[f] = total;
            total += _binCount[f] + 1;
        }

        _histLength = total;
        _rows = new int[_n];
        _tmp = new int[_n];
        _ordered = new Vector128<float>[_n];
    }

    /// <summary>
    /// Grows a tree. <paramref name="stats"/> holds (g, h, 1, w) per row (single precision; sums are double); <paramref name="sampleRows"/>
    /// is the sorted row sample, or null for all rows; <paramref name="features"/> the sorted
    /// features this tree may split on. When <paramref name="raw"/> is given, each sampled row's
    /// leaf value is added to it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public RegressionTree Grow(Vector128<float>[] stats, int[]? sampleRows, int[] features, double[]? raw)
    {
        _nodes.Clear();
        int count;
        if (sampleRows is null)
        {
            count = _n;
            for (var i = 0; i < _n; i++)
            {
                _rows[i] = i;
            }
        }
        else
        {
            count = sampleRows.Length;
            sampleRows.CopyTo(_rows, 0);
        }

        var total = Vector256<double>.Zero;
        for (var k = 0; k < count; k++)
        {
            total += Widen(stats[_rows[k]]);
        }

        var root = NewNode(0, count, total, 0);
        root.Hist = Rent();
        var allRows = sampleRows is null;
        if (!allRows)
        {
            Gather(stats, 0, count);
        }

        var rootCandidates = new SplitCandidate[features.Length];
        var groups = (features.Length + GroupSize - 1) / GroupSize;
        _runner.For(groups, (long)count * features.Length, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (k) =>
        {
            BuildGroup(root.Hist, features, k * GroupSize, 0, count, allRows ? stats : _ordered, allRows);
            for (var m = k * GroupSize; m < Math.Min(features.Length, (k + 1) * GroupSize); m++)
            {
                rootCandidates[m] = FindBest(root.Hist, features[m], root.Total);
            }
        });
        root.Best = Reduce(rootCandidates);

        var queue = new PriorityQueue<Node, (double Gain, int Id)>(GainComparer.Instance);
        if (IsSplittable(root, 1) && root.Best.Feature >= 0)
        {
            queue.Enqueue(root, (root.Best.Gain, root.Id));
        }
        else
        {
            Release(root);
        }

        var leafCount = 1;
        var candidatesLeft = new SplitCandidate[features.Length];
        var candidatesRight = new SplitCandidate[features.Length];
        while (queue.Count > 0 && leafCount < _settings.MaximumLeafCount)
        {
            var node = queue.Dequeue();
            var split = node.Best;
            var leftCount = Partition(node, split);
            var left = NewNode(node.Start, leftCount, split.Left, node.Depth + 1);
            var right = NewNode(node.Start + leftCount, node.Count - leftCount, split.Right, node.Depth + 1);
            node.LeftId = left.Id;
            node.RightId = right.Id;
            leafCount++;

            var leftSplittable = IsSplittable(left, leafCount);
            var rightSplittable = IsSplittable(right, leafCount);
            if (!leftSplittable && !rightSplittable)
            {
                Release(node);
                continue;
            }

            var small = left.Count <= right.Count ? left : right;
            var large = ReferenceEquals(small, left) ? right : left;
            Gather(stats, small.Start, small.Count);
            small.Hist = Rent();
            large.Hist = node.Hist;
            node.Hist = null;
            var smallHist = small.Hist;
            var largeHist = large.Hist!;
            _runner.For(groups, (long)small.Count * features.Length, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (k) =>
            {
                BuildGroup(smallHist, features, k * GroupSize, small.Start, small.Count, _ordered, contiguous: false);
                for (var m = k * GroupSize; m < Math.Min(features.Length, (k + 1) * GroupSize); m++)
                {
                    var f = features[m];
                    Subtract(largeHist, smallHist, f);
                    candidatesLeft[m] = leftSplittable ? FindBest(left.Hist!, f, left.Total) : SplitCandidate.None;
                    candidatesRight[m] = rightSplittable ? FindBest(right.Hist!, f, right.Total) : SplitCandidate.None;
                }
            });

            left.Best = leftSplittable ? Reduce(candidatesLeft) : SplitCandidate.None;
            right.Best = rightSplittable ? Reduce(candidatesRight) : SplitCandidate.None;
            foreach (var child in (ReadOnlySpan<Node>)[left, right])
            {
                if (child.Best.Feature >= 0)
                {
                    queue.Enqueue(child, (child.Best.Gain, child.Id));
                }
                else
                {
                    Release(child);
                }
            }
        }

        while (queue.Count > 0)
        {
            Release(queue.Dequeue());
        }

        return Emit(raw);
    }

    /// <summary>Adds every tree node's output to <paramref name="raw"/> for binned rows (used for rows outside the sample and for validation data).</summary>
    public static void AddPredictions(RegressionTree tree, int[] binThreshold, BinnedMatrix data, double[] raw, ParallelRunner runner)
    {
        var n = data.RowCount;
        var bins = data.Bins;
        var mappers = data.Mappers;
        const int Chunk = 8192;
        var chunks = (n + Chunk - 1) / Chunk;
        runner.For(chunks, n, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (c) =>
        {
            var end = Math.Min(n, (c + 1) * Chunk);
            for (var i = c * Chunk; i < end; i++)
            {
                var node = 0;
                while (tree.Feature[node] >= 0)
                {
                    var f = tree.Feature[node];
                    int b = bins[((long)f * n) + i];
                    var goLeft = b == mappers[f].MissingBin ? tree.MissingLeft[node] : b <= binThreshold[node];
                    node = goLeft ? tree.Left[node] : tree.Right[node];
                }

                raw[i] += tree.Value[node];
            }
        });
    }

    /// <summary>Gets the bin thresholds of the last grown tree (for <see cref="AddPredictions"/>).</summary>
    public int[] LastBinThresholds { get; private set; } = [];

    private Node NewNode(int start, int count, Vector256<double> total, int depth)
    {
        var node = new Node { Id = _nodes.Count, Start = start, Count = count, Total = total, Depth = depth, Best = SplitCandidate.None };
        _nodes.Add(node);
        return node;
    }

    private bool IsSplittable(Node node, int leafCount) =>
        leafCount < _settings.MaximumLeafCount
        && node.Depth < _settings.MaximumDepth
        && node.Count >= 2 * _settings.MinimumExampleCountPerLeaf
        && node.Total.GetElement(1) >= 2 * _settings.MinimumHessianPerLeaf;

    private Vector256<double>[] Rent() => _pool.Count > 0 ? _pool.Pop() : new Vector256<double>[_histLength];

    private void Release(Node node)
    {
        if (node.Hist is not null)
        {
            _pool.Push(node.Hist);
            node.Hist = null;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Gather(Vector128<float>[] stats, int start, int count)
    {
        ref var rows = ref MemoryMarshal.GetArrayDataReference(_rows);
        ref var src = ref MemoryMarshal.GetArrayDataReference(stats);
        ref var dst = ref MemoryMarshal.GetArrayDataReference(_ordered);
        for (var k = 0; k < count; k++)
        {
            Unsafe.Add(ref dst, k) = Unsafe.Add(ref src, Unsafe.Add(ref rows, start + k));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Widen(Vector128<float> v) =>
        Avx.IsSupported ? Avx.ConvertToVector256Double(v) : Vector256.Create(Vector128.WidenLower(v), Vector128.WidenUpper(v));

    /// <summary>
    /// Builds the histograms of up to <see cref="GroupSize"/> features, <c>features[first..]</c>,
    /// in one pass over the rows <c>_rows[start..start+count)</c> whose statistics are
    /// <paramref name="values"/>[0..count) (or, when <paramref name="contiguous"/>, rows 0..count
    /// themselves). Each feature is summed by one accumulator in row order, so the result does not
    /// depend on how groups are spread over threads.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void BuildGroup(Vector256<double>[] hist, int[] features, int first, int start, int count, Vector128<float>[] values, bool contiguous)
    {
        var dummy = ThreadDummy ??= new Vector256<double>[256];
        ref var binsBase = ref MemoryMarshal.GetArrayDataReference(_data.Bins);
        ref var histBase = ref MemoryMarshal.GetArrayDataReference(hist);
        ref var c0 = ref binsBase;
        ref var c1 = ref binsBase;
        ref var c2 = ref binsBase;
        ref var c3 = ref binsBase;
        ref var h0 = ref MemoryMarshal.GetArrayDataReference(dummy);
        ref var h1 = ref h0;
        ref var h2 = ref h0;
        ref var h3 = ref h0;
        var last = Math.Min(features.Length, first + GroupSize);
        for (var m = first; m < last; m++)
        {
            var f = features[m];
            hist.AsSpan(_histOffset[f], _binCount[f] + 1).Clear();
            ref var col = ref Unsafe.Add(ref binsBase, (nint)((long)f * _n));
            ref var h = ref Unsafe.Add(ref histBase, _histOffset[f]);
            switch (m - first)
            {
                case 0:
                    c0 = ref col;
                    h0 = ref h;
                    break;
                case 1:
                    c1 = ref col;
                    h1 = ref h;
                    break;
                case 2:
                    c2 = ref col;
                    h2 = ref h;
                    break;
                default:
                    c3 = ref col;
                    h3 = ref h;
                    break;
            }
        }

        ref var v = ref MemoryMarshal.GetArrayDataReference(values);
        if (contiguous)
        {
            for (var i = 0; i < count; i++)
            {
                var x = Widen(Unsafe.Add(ref v, i));
                Unsafe.Add(ref h0, Unsafe.Add(ref c0, i)) += x;
                Unsafe.Add(ref h1, Unsafe.Add(ref c1, i)) += x;
                Unsafe.Add(ref h2, Unsafe.Add(ref c2, i)) += x;
                Unsafe.Add(ref h3, Unsafe.Add(ref c3, i)) += x;
            }
        }
        else
        {
            ref var rows = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_rows), start);
            for (var i = 0; i < count; i++)
            {
                var r = Unsafe.Add(ref rows, i);
                var x = Widen(Unsafe.Add(ref v, i));
                Unsafe.Add(ref h0, Unsafe.Add(ref c0, r)) += x;
                Unsafe.Add(ref h1, Unsafe.Add(ref c1, r)) += x;
                Unsafe.Add(ref h2, Unsafe.Add(ref c2, r)) += x;
                Unsafe.Add(ref h3, Unsafe.Add(ref c3, r)) += x;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Subtract(Vector256<double>[] target, Vector256<double>[] small, int f)
    {
        var start = _histOffset[f];
        var end = start + _binCount[f] + 1;
        for (var b = start; b < end; b++)
        {
            target[b] -= small[b];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private SplitCandidate FindBest(Vector256<double>[] hist, int f, Vector256<double> total)
    {
        var s = _settings;
        var nb = _binCount[f];
        var h = hist.AsSpan(_histOffset[f], nb + 1);
        var missing = h[nb];
        var hasMissing = missing.GetElement(2) > 0;
        var lambda = s.L2Regularization;
        var parentScore = Score(total, lambda);
        var best = SplitCandidate.None;
        best.Gain = s.MinimumSplitGain;

        // Missing values (if any) go right; with missing values the last cut separates them from the rest.
        var cum = Vector256<double>.Zero;
        var last = hasMissing ? nb - 1 : nb - 2;
        for (var b = 0; b <= last; b++)
        {
            if (h[b].GetElement(2) == 0)
            {
                continue; // An empty bin repeats the previous cut.
            }

            cum += h[b];
            if (!Consider(ref best, cum, total - cum, f, b, missingLeft: false, parentScore))
            {
                break;
            }
        }

        if (hasMissing)
        {
            cum = missing;
            for (var b = 0; b <= nb - 2; b++)
            {
                if (h[b].GetElement(2) == 0)
                {
                    continue;
                }

                cum += h[b];
                if (!Consider(ref best, cum, total - cum, f, b, missingLeft: true, parentScore))
                {
                    break;
                }
            }
        }
        else if (best.Feature >= 0)
        {
            // No training row of this node is missing: at prediction time send NaN the way most rows went.
            best.MissingLeft = best.Left.GetElement(3) >= best.Right.GetElement(3);
        }

        return best;
    }

    /// <summary>Scores one cut; returns false once the right side is too small for any later cut.</summary>
    private bool Consider(ref SplitCandidate best, Vector256<double> left, Vector256<double> right, int f, int b, bool missingLeft, double parentScore)
    {
        var s = _settings;
        if (right.GetElement(2) < s.MinimumExampleCountPerLeaf)
        {
            return false;
        }

        if (left.GetElement(2) < s.MinimumExampleCountPerLeaf
            || left.GetElement(1) < s.MinimumHessianPerLeaf
            || right.GetElement(1) < s.MinimumHessianPerLeaf)
        {
            return true;
        }

        var gain = 0.5 * (Score(left, s.L2Regularization) + Score(right, s.L2Regularization) - parentScore);
        if (gain > best.Gain)
        {
            best = new SplitCandidate
            {
                Gain = gain,
                Feature = f,
                Bin = b,
                MissingLeft = missingLeft,
                Left = left,
                Right = right,
            };
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Score(Vector256<double> stats, double lambda)
    {
        var g = stats.GetElement(0);
        return g * g / (stats.GetElement(1) + lambda);
    }

    private static SplitCandidate Reduce(SplitCandidate[] candidates)
    {
        var best = SplitCandidate.None;
        foreach (var c in candidates)
        {
            if (c.Feature >= 0 && (best.Feature < 0 || c.Gain > best.Gain))
            {
                best = c;
            }
        }

        return best;
    }

    /// <summary>Stable in-place partition of the node's rows; returns the left count.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Partition(Node node, SplitCandidate split)
    {
        ref var col = ref MemoryMarshal.GetArrayDataReference(_data.Bins);
        col = ref Unsafe.Add(ref col, (nint)((long)split.Feature * _n));
        var missingBin = _binCount[split.Feature];
        var threshold = split.Bin;
        var missingLeft = split.MissingLeft;
        var rows = _rows.AsSpan(node.Start, node.Count);
        var l = 0;
        var r = 0;
        foreach (var row in rows)
        {
            int b = Unsafe.Add(ref col, row);
            var goLeft = b == missingBin ? missingLeft : b <= threshold;
            if (goLeft)
            {
                rows[l++] = row;
            }
            else
            {
                _tmp[r++] = row;
            }
        }

        _tmp.AsSpan(0, r).CopyTo(rows[l..]);
        return l;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private RegressionTree Emit(double[]? raw)
    {
        var count = _nodes.Count;
        var feature = new int[count];
        var threshold = new double[count];
        var binThreshold = new int[count];
        var left = new int[count];
        var right = new int[count];
        var missingLeft = new bool[count];
        var value = new double[count];
        var cover = new double[count];
        var lambda = _settings.L2Regularization;
        var shrinkage = _settings.LearningRate;
        for (var i = count - 1; i >= 0; i--)
        {
            var node = _nodes[i];
            if (node.LeftId < 0)
            {
                feature[i] = -1;
                var v = -shrinkage * node.Total.GetElement(0) / (node.Total.GetElement(1) + lambda);
                value[i] = v;
                cover[i] = node.Total.GetElement(3);
                if (raw is not null)
                {
                    foreach (var row in _rows.AsSpan(node.Start, node.Count))
                    {
                        raw[row] += v;
                    }
                }
            }
            else
            {
                var f = node.Best.Feature;
                feature[i] = f;
                binThreshold[i] = node.Best.Bin;
                var thresholds = _data.Mappers[f].Thresholds;
                threshold[i] = node.Best.Bin < thresholds.Length ? thresholds[node.Best.Bin] : double.PositiveInfinity;
                left[i] = node.LeftId;
                right[i] = node.RightId;
                missingLeft[i] = node.Best.MissingLeft;
                cover[i] = cover[node.LeftId] + cover[node.RightId];
            }
        }

        LastBinThresholds = binThreshold;
        return new RegressionTree(feature, threshold, left, right, missingLeft, value, cover);
    }

    private sealed class Node
    {
        public int Id;
        public int Start;
        public int Count;
        public int Depth;
        public int LeftId = -1;
        public int RightId = -1;
        public Vector256<double> Total;
        public Vector256<double>[]? Hist;
        public SplitCandidate Best;
    }

    private struct SplitCandidate
    {
        public double Gain;
        public int Feature;
        public int Bin;
        public bool MissingLeft;
        public Vector256<double> Left;
        public Vector256<double> Right;

        public static SplitCandidate None => new() { Feature = -1, Gain = double.NegativeInfinity };
    }

    private sealed class GainComparer : IComparer<(double Gain, int Id)>
    {
        public static readonly GainComparer Instance = new();

        public int Compare((double Gain, int Id) x, (double Gain, int Id) y)
        {
            var c = y.Gain.CompareTo(x.Gain);
            return c != 0 ? c : x.Id.CompareTo(y.Id);
        }
    }
}
