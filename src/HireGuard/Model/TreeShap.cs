using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace HireGuard.Model;

/// <summary>
/// Path-dependent TreeSHAP (Lundberg, Erion and Lee 2018, Algorithm 2): exact Shapley values of a
/// tree for the game v(S) = E[f(x) | x_S], where the expectation follows the training covers at
/// every split on a feature outside S. Runs in O(leaves × depth²) per tree.
/// </summary>
/// <remarks>
/// The path of unique features from the root is kept as (feature, zero fraction, one fraction,
/// weight) elements. Each recursion level works on its own copy of the path in one scratch buffer,
/// so the whole computation allocates nothing once the per-thread buffer exists.
/// </remarks>
internal sealed class TreeShap
{
    private const int MaxSupportedDepth = 64;

    private static readonly double[] Reciprocal = CreateReciprocals();

    [ThreadStatic]
    private static TreeShap? ThreadInstance;

    private PathElement[] _path = [];

    /// <summary>Gets the calling thread's instance, with room for trees up to <paramref name="maxDepth"/>.</summary>
    public static TreeShap ForThread(int maxDepth)
    {
        var instance = ThreadInstance ??= new TreeShap();
        var size = ((maxDepth + 2) * (maxDepth + 3) / 2) + maxDepth + 2;
        if (instance._path.Length < size)
        {
            instance._path = new PathElement[size];
        }

        return instance;
    }

    /// <summary>Adds the tree's Shapley values for <paramref name="x"/> to <paramref name="phi"/>.</summary>
    public void Add(RegressionTree tree, ReadOnlySpan<double> x, Span<double> phi)
    {
        if (tree.Feature[0] < 0)
        {
            return;
        }

        Recurse(tree, x, phi, 0, 0, 0, 1.0, 1.0, -1);
    }

    private static double[] CreateReciprocals()
    {
        var r = new double[MaxSupportedDepth + 4];
        for (var i = 1; i < r.Length; i++)
        {
            r[i] = 1.0 / i;
        }

        return r;
    }

    private void Recurse(RegressionTree tree, ReadOnlySpan<double> x, Span<double> phi, int node, int parentOffset, int parentLength, double zeroFraction, double oneFraction, int feature)
    {
        var offset = parentOffset + parentLength;
        var all = _path.AsSpan();
        all.Slice(parentOffset, parentLength).CopyTo(all.Slice(offset, parentLength));
        var length = Extend(all.Slice(offset, parentLength + 1), zeroFraction, oneFraction, feature);

        var split = tree.Feature[node];
        if (split < 0)
        {
            var path = all.Slice(offset, length);
            var value = tree.Value[node];
            for (var i = 1; i < length; i++)
            {
                ref var e = ref path[i];
                phi[e.Feature] += UnwoundSum(path, i) * (e.One - e.Zero) * value;
            }

            return;
        }

        var v = x[split];
        var goLeft = double.IsNaN(v) ? tree.MissingLeft[node] : v <= tree.Threshold[node];
        var hot = goLeft ? tree.Left[node] : tree.Right[node];
        var cold = goLeft ? tree.Right[node] : tree.Left[node];
        var incomingZero = 1.0;
        var incomingOne = 1.0;
        var current = all.Slice(offset, length);
        for (var k = 1; k < length; k++)
        {
            if (current[k].Feature == split)
            {
                incomingZero = current[k].Zero;
                incomingOne = current[k].One;
                Unwind(current, k);
                length--;
                break;
            }
        }

        var cover = 1.0 / tree.Cover[node];
        Recurse(tree, x, phi, hot, offset, length, incomingZero * tree.Cover[hot] * cover, incomingOne, split);
        Recurse(tree, x, phi, cold, offset, length, incomingZero * tree.Cover[cold] * cover, 0.0, split);
    }

    /// <summary>Appends an element to <paramref name="path"/> (whose last slot is free); returns the new length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Extend(Span<PathElement> path, double zeroFraction, double oneFraction, int feature)
    {
        var l = path.Length - 1;
        path[l] = new PathElement { Feature = feature, Zero = zeroFraction, One = oneFraction, Weight = l == 0 ? 1.0 : 0.0 };
        var scale = Reciprocal[l + 1];
        ref var p = ref MemoryMarshal.GetReference(path);
        for (var i = l - 1; i >= 0; i--)
        {
            ref var e = ref Unsafe.Add(ref p, i);
            Unsafe.Add(ref p, i + 1).Weight += oneFraction * e.Weight * (i + 1) * scale;
            e.Weight = zeroFraction * e.Weight * (l - i) * scale;
        }

        return l + 1;
    }

    /// <summary>Removes element <paramref name="index"/> from the path, undoing its <see cref="Extend"/>.</summary>
    private static void Unwind(Span<PathElement> path, int index)
    {
        var l = path.Length - 1;
        var one = path[index].One;
        var zero = path[index].Zero;
        var next = path[l].Weight;
        for (var j = l - 1; j >= 0; j--)
        {
            if (one != 0)
            {
                var previous = path[j].Weight;
                path[j].Weight = next * (l + 1) * Reciprocal[j + 1] / one;
                next = previous - (path[j].Weight * zero * (l - j) * Reciprocal[l + 1]);
            }
            else
            {
                path[j].Weight = path[j].Weight * (l + 1) * Reciprocal[l - j] / zero;
            }
        }

        for (var j = index; j < l; j++)
        {
            var weight = path[j].Weight;
            path[j] = path[j + 1];
            path[j].Weight = weight;
        }
    }

    /// <summary>The total path weight if element <paramref name="index"/> were unwound (without changing the path).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double UnwoundSum(Span<PathElement> path, int index)
    {
        var l = path.Length - 1;
        var one = path[index].One;
        var zero = path[index].Zero;
        var total = 0.0;
        ref var p = ref MemoryMarshal.GetReference(path);
        if (one != 0)
        {
            var next = Unsafe.Add(ref p, l).Weight;
            var zeroOverScale = zero * Reciprocal[l + 1];
            var scaleOverOne = (l + 1) / one;
            for (var j = l - 1; j >= 0; j--)
            {
                var t = next * scaleOverOne * Reciprocal[j + 1];
                total += t;
                next = Unsafe.Add(ref p, j).Weight - (t * zeroOverScale * (l - j));
            }
        }
        else
        {
            var scaleOverZero = (l + 1) / zero;
            for (var j = l - 1; j >= 0; j--)
            {
                total += Unsafe.Add(ref p, j).Weight * scaleOverZero * Reciprocal[l - j];
            }
        }

        return total;
    }

    private struct PathElement
    {
        public int Feature;
        public double Zero;
        public double One;
        public double Weight;
    }
}
