namespace HireGuard.Model;

/// <summary>
/// Path-dependent TreeSHAP (Lundberg, Erion and Lee 2018, Algorithm 2): exact Shapley values of a
/// tree for the game v(S) = E[f(x) | x_S], where the expectation follows the training covers at
/// every split on a feature outside S. Runs in O(leaves × depth²) per tree.
/// </summary>
/// <remarks>
/// The path of unique features from the root is kept as (feature, zero fraction, one fraction,
/// weight) entries. Each recursion level works on its own copy of the path in one scratch buffer,
/// so the whole computation allocates nothing once the per-thread buffer exists.
/// </remarks>
internal sealed class TreeShap
{
    [ThreadStatic]
    private static TreeShap? ThreadInstance;

    private int[] _feature = [];
    private double[] _zero = [];
    private double[] _one = [];
    private double[] _weight = [];

    /// <summary>Gets the calling thread's instance, with room for trees up to <paramref name="maxDepth"/>.</summary>
    public static TreeShap ForThread(int maxDepth)
    {
        var instance = ThreadInstance ??= new TreeShap();
        instance.Ensure(maxDepth);
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

    private void Ensure(int maxDepth)
    {
        var size = ((maxDepth + 2) * (maxDepth + 3) / 2) + maxDepth + 2;
        if (_feature.Length < size)
        {
            _feature = new int[size];
            _zero = new double[size];
            _one = new double[size];
            _weight = new double[size];
        }
    }

    private void Recurse(RegressionTree tree, ReadOnlySpan<double> x, Span<double> phi, int node, int parentOffset, int parentLength, double zeroFraction, double oneFraction, int feature)
    {
        var offset = parentOffset + parentLength;
        Array.Copy(_feature, parentOffset, _feature, offset, parentLength);
        Array.Copy(_zero, parentOffset, _zero, offset, parentLength);
        Array.Copy(_one, parentOffset, _one, offset, parentLength);
        Array.Copy(_weight, parentOffset, _weight, offset, parentLength);
        var length = Extend(offset, parentLength, zeroFraction, oneFraction, feature);

        var split = tree.Feature[node];
        if (split < 0)
        {
            var value = tree.Value[node];
            for (var i = 1; i < length; i++)
            {
                var w = UnwoundSum(offset, length, i);
                phi[_feature[offset + i]] += w * (_one[offset + i] - _zero[offset + i]) * value;
            }

            return;
        }

        var v = x[split];
        var goLeft = double.IsNaN(v) ? tree.MissingLeft[node] : v <= tree.Threshold[node];
        var hot = goLeft ? tree.Left[node] : tree.Right[node];
        var cold = goLeft ? tree.Right[node] : tree.Left[node];
        var incomingZero = 1.0;
        var incomingOne = 1.0;
        for (var k = 1; k < length; k++)
        {
            if (_feature[offset + k] == split)
            {
                incomingZero = _zero[offset + k];
                incomingOne = _one[offset + k];
                Unwind(offset, length, k);
                length--;
                break;
            }
        }

        var cover = tree.Cover[node];
        Recurse(tree, x, phi, hot, offset, length, incomingZero * tree.Cover[hot] / cover, incomingOne, split);
        Recurse(tree, x, phi, cold, offset, length, incomingZero * tree.Cover[cold] / cover, 0.0, split);
    }

    /// <summary>Appends an element to the path of <paramref name="length"/> elements at <paramref name="offset"/>; returns the new length.</summary>
    private int Extend(int offset, int length, double zeroFraction, double oneFraction, int feature)
    {
        var l = length;
        _feature[offset + l] = feature;
        _zero[offset + l] = zeroFraction;
        _one[offset + l] = oneFraction;
        _weight[offset + l] = l == 0 ? 1.0 : 0.0;
        for (var i = l - 1; i >= 0; i--)
        {
            _weight[offset + i + 1] += oneFraction * _weight[offset + i] * (i + 1) / (l + 1);
            _weight[offset + i] = zeroFraction * _weight[offset + i] * (l - i) / (l + 1);
        }

        return l + 1;
    }

    /// <summary>Removes element <paramref name="index"/> from the path, undoing its <see cref="Extend"/>.</summary>
    private void Unwind(int offset, int length, int index)
    {
        var l = length - 1;
        var one = _one[offset + index];
        var zero = _zero[offset + index];
        var next = _weight[offset + l];
        for (var j = l - 1; j >= 0; j--)
        {
            if (one != 0)
            {
                var previous = _weight[offset + j];
                _weight[offset + j] = next * (l + 1) / ((j + 1) * one);
                next = previous - (_weight[offset + j] * zero * (l - j) / (l + 1));
            }
            else
            {
                _weight[offset + j] = _weight[offset + j] * (l + 1) / (zero * (l - j));
            }
        }

        for (var j = index; j < l; j++)
        {
            _feature[offset + j] = _feature[offset + j + 1];
            _zero[offset + j] = _zero[offset + j + 1];
            _one[offset + j] = _one[offset + j + 1];
        }
    }

    /// <summary>The total path weight if element <paramref name="index"/> were unwound (without changing the path).</summary>
    private double UnwoundSum(int offset, int length, int index)
    {
        var l = length - 1;
        var one = _one[offset + index];
        var zero = _zero[offset + index];
        var total = 0.0;
        if (one != 0)
        {
            var next = _weight[offset + l];
            for (var j = l - 1; j >= 0; j--)
            {
                var t = next * (l + 1) / ((j + 1) * one);
                total += t;
                next = _weight[offset + j] - (t * zero * (l - j) / (l + 1));
            }
        }
        else
        {
            for (var j = l - 1; j >= 0; j--)
            {
                total += _weight[offset + j] * (l + 1) / (zero * (l - j));
            }
        }

        return total;
    }
}
