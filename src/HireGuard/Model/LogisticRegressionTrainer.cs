using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HireGuard.Model;

/// <summary>
/// L2-regularised logistic regression fitted by Newton's method (the counterpart of ML.NET's
/// LbfgsLogisticRegression), explained exactly by linear Shapley terms.
/// </summary>
/// <remarks>
/// <para>Features are standardised internally (weighted mean and standard deviation of the present
/// values); a missing value is imputed with the mean and, when
/// <see cref="LogisticRegressionOptions.MissingValueIndicators"/> is set, adds a learned
/// missing-value weight. At prediction time a present value is clamped to the range seen in
/// training. Each Newton step solves the regularised Hessian system by Cholesky
/// factorisation and backtracks until the objective decreases (Armijo); training stops when the
/// largest gradient entry is below the tolerance. The stored model is converted back to the
/// original units.</para>
/// <para>Sums run over fixed blocks of rows in block order, so results do not depend on the thread
/// count. Feature values must be finite or NaN. The trainer is immutable and thread-safe.</para>
/// </remarks>
public sealed class LogisticRegressionTrainer : IBinaryTrainer
{
    internal const string TrainerName = "logistic-regression";

    private const int BlockSize = 4096;

    private readonly LogisticRegressionOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly int _seed;

    /// <summary>Initializes a new instance of the <see cref="LogisticRegressionTrainer"/> class.</summary>
    /// <param name="options">Hyper-parameters (copied); null for the defaults.</param>
    /// <param name="timeProvider">The clock for the training manifest's timestamps; null for the system clock.</param>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The options are invalid (every failure is listed).</exception>
    public LogisticRegressionTrainer(LogisticRegressionOptions? options = null, TimeProvider? timeProvider = null)
        : this(options, timeProvider, 0)
    {
    }

    internal LogisticRegressionTrainer(LogisticRegressionOptions? options, TimeProvider? timeProvider, int contextSeed)
    {
        var o = options ?? new LogisticRegressionOptions();
        var copy = new LogisticRegressionOptions
        {
            L2Regularization = o.L2Regularization,
            MaximumIterations = o.MaximumIterations,
            GradientTolerance = o.GradientTolerance,
            MissingValueIndicators = o.MissingValueIndicators,
            ValidationFraction = o.ValidationFraction,
            Calibration = o.Calibration,
            Seed = o.Seed,
            MaximumDegreeOfParallelism = o.MaximumDegreeOfParallelism,
        };
        ModelOptionsValidation.ThrowIfInvalid(copy, new LogisticRegressionOptionsValidator(), new LogisticRegressionOptionsCustomValidator());
        _options = copy;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _seed = copy.Seed ?? contextSeed;
    }

    /// <inheritdoc/>
    public string Name => TrainerName;

    /// <inheritdoc/>
    public BinaryClassifier Fit(FeatureTable trainingData, FeatureTable? validationData = null)
    {
        ArgumentNullException.ThrowIfNull(trainingData);
        var o = _options;
        var started = _timeProvider.GetUtcNow();
        var dataHash = trainingData.ComputeSha256();
        var (train, valid) = TrainingSupport.Resolve(trainingData, validationData, o.Calibration == CalibrationMethod.Platt, o.ValidationFraction, _seed);
        foreach (var v in train.RawValues)
        {
            if (double.IsInfinity(v))
            {
                throw new ModelTrainingException("Logistic regression needs finite feature values (NaN marks a missing value).");
            }
        }

        var runner = new ParallelRunner(o.MaximumDegreeOfParallelism);
        var design = Design.Create(train, o.MissingValueIndicators);
        var (theta, iterations) = Solve(design, train, o, runner);
        var scorer = design.ToScorer(theta);

        var calibration = PlattCalibration.Identity;
        if (o.Calibration == CalibrationMethod.Platt)
        {
            var source = valid ?? train;
            var scores = new double[source.RowCount];
            for (var i = 0; i < scores.Length; i++)
            {
                scores[i] = scorer.PredictRaw(source.GetRow(i));
            }

            calibration = PlattCalibration.Fit(scores, source.Labels, source.Weights);
        }

        var manifest = new TrainingManifest
        {
            Trainer = Name,
            HyperParameters = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["calibration"] = o.Calibration == CalibrationMethod.Platt ? "platt" : "none",
                ["gradientTolerance"] = TrainingSupport.Format(o.GradientTolerance),
                ["l2Regularization"] = TrainingSupport.Format(o.L2Regularization),
                ["maximumIterations"] = TrainingSupport.Format(o.MaximumIterations),
                ["missingValueIndicators"] = o.MissingValueIndicators ? "true" : "false",
                ["validationFraction"] = TrainingSupport.Format(o.ValidationFraction),
            },
            DataSha256 = dataHash,
            TrainingRowCount = train.RowCount,
            TrainingPositiveCount = train.PositiveCount,
            ValidationRowCount = valid?.RowCount ?? 0,
            ValidationPositiveCount = valid?.PositiveCount ?? 0,
            Seed = _seed,
            Iterations = iterations,
            StartedAt = started,
            FinishedAt = _timeProvider.GetUtcNow(),
            LibraryVersion = TrainingSupport.LibraryVersion,
        };
        var model = new BinaryClassifier(scorer, calibration, o.Calibration, train.Manifest, manifest, new Dictionary<string, double>());
        return valid is null ? model : model.WithMetrics(TrainingSupport.ValidationMetrics(model, valid));
    }

    /// <summary>Newton's method on the standardised problem; returns θ = (β₀, β₁..β_q) and the iteration count.</summary>
    private static (double[] Theta, int Iterations) Solve(Design design, FeatureTable table, LogisticRegressionOptions o, ParallelRunner runner)
    {
        var n = table.RowCount;
        var q = design.Columns + 1;
        var labels = table.RawLabels;
        var weights = TrainingSupport.Weights(table);
        double totalWeight = 0, positive = 0;
        for (var i = 0; i < n; i++)
        {
            totalWeight += weights[i];
            positive += labels[i] ? weights[i] : 0;
        }

        var theta = new double[q];
        theta[0] = Math.Log(positive / (totalWeight - positive));
        var lambda = o.L2Regularization;
        var blocks = (n + BlockSize - 1) / BlockSize;
        var blockHessian = new double[blocks][];
        var gradient = new double[q];
        var hessian = new double[q * q];
        var objective = Objective(design, table, weights, theta, lambda, totalWeight, runner, gradient);
        var iterations = 0;
        for (; iterations < o.MaximumIterations; iterations++)
        {
            // The gradient comes with the objective (cheap); the Hessian pass runs only when a step is needed.
            var largest = 0.0;
            foreach (var gj in gradient)
            {
                largest = Math.Max(largest, Math.Abs(gj));
            }

            if (largest <= o.GradientTolerance)
            {
                break;
            }

            var current = theta;
            runner.For(blocks, (long)n * q, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (b) =>
            {
                var h = blockHessian[b] ??= new double[q * q];
                Array.Clear(h);
                // Four rows at a time: each Hessian row segment is loaded and stored once per four
                // rank-one updates. Rows are always grouped the same way, so sums are reproducible.
                var z = new double[4 * q];
                var a = new double[4];
                var end = Math.Min(n, (b + 1) * BlockSize);
                for (var i = b * BlockSize; i < end; i += 4)
                {
                    var rows = Math.Min(4, end - i);
                    for (var k = 0; k < 4; k++)
                    {
                        var zk = z.AsSpan(k * q, q);
                        if (k >= rows)
                        {
                            zk.Clear();
                            a[k] = 0;
                            continue;
                        }

                        design.Row(i + k, zk);
                        var p = MathFunctions.Sigmoid(Dot(current, zk));
                        a[k] = weights[i + k] * p * (1 - p);
                    }

                    RankFourUpdate(h, z, a, q);
                }
            });

            Array.Clear(hessian);
            for (var b = 0; b < blocks; b++)
            {
                AddScaled(hessian, blockHessian[b], 1);
            }

            for (var j = 0; j < q; j++)
            {
                for (var k = j; k < q; k++)
                {
                    hessian[(j * q) + k] /= totalWeight;
                    hessian[(k * q) + j] = hessian[(j * q) + k];
                }

                if (j > 0)
                {
                    hessian[(j * q) + j] += lambda;
                }
            }

            var step = SolveCholesky(hessian, gradient, q);
            var slope = 0.0;
            for (var j = 0; j < q; j++)
            {
                step[j] = -step[j];
                slope += step[j] * gradient[j];
            }

            var t = 1.0;
            var accepted = false;
            var candidateGradient = new double[q];
            for (var k = 0; k < 60; k++)
            {
                var candidate = new double[q];
                for (var j = 0; j < q; j++)
                {
                    candidate[j] = theta[j] + (t * step[j]);
                }

                var value = Objective(design, table, weights, candidate, lambda, totalWeight, runner, candidateGradient);
                if (value <= objective + (1e-4 * t * slope))
                {
                    theta = candidate;
                    candidateGradient.CopyTo(gradient, 0);
                    accepted = objective - value > 0;
                    objective = value;
                    break;
                }

                t *= 0.5;
            }

            if (!accepted)
            {
                // No decrease is representable any more: θ is optimal to machine precision.
                iterations++;
                break;
            }
        }

        return (theta, iterations);
    }

    /// <summary>The objective at θ; also writes its gradient (mean log-loss gradient plus λ·β) to <paramref name="gradient"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double Objective(Design design, FeatureTable table, double[] weights, double[] theta, double lambda, double totalWeight, ParallelRunner runner, double[] gradient)
    {
        var n = table.RowCount;
        var q = theta.Length;
        var labels = table.RawLabels;
        var blocks = (n + BlockSize - 1) / BlockSize;
        var partial = new double[blocks];
        var partialGradient = new double[blocks][];
        runner.For(blocks, (long)n * q, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (b) =>
        {
            var z = new double[q];
            var g = partialGradient[b] = new double[q];
            var end = Math.Min(n, (b + 1) * BlockSize);
            var sum = 0.0;
            for (var i = b * BlockSize; i < end; i++)
            {
                design.Row(i, z);
                var eta = Dot(theta, z);
                sum += weights[i] * MathFunctions.LogLoss(eta, labels[i]);
                AddScaled(g, z, weights[i] * (MathFunctions.Sigmoid(eta) - (labels[i] ? 1 : 0)));
            }

            partial[b] = sum;
        });

        Array.Clear(gradient);
        foreach (var g in partialGradient)
        {
            AddScaled(gradient, g, 1);
        }

        for (var j = 0; j < q; j++)
        {
            gradient[j] = (gradient[j] / totalWeight) + (j > 0 ? lambda * theta[j] : 0);
        }

        var loss = 0.0;
        foreach (var s in partial)
        {
            loss += s;
        }

        var penalty = 0.0;
        for (var j = 1; j < q; j++)
        {
            penalty += theta[j] * theta[j];
        }

        return (loss / totalWeight) + (0.5 * lambda * penalty);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var sum = 0.0;
        var i = 0;
        if (Vector.IsHardwareAccelerated && a.Length >= Vector<double>.Count)
        {
            var acc = Vector<double>.Zero;
            for (; i <= a.Length - Vector<double>.Count; i += Vector<double>.Count)
            {
                acc += new Vector<double>(a[i..]) * new Vector<double>(b[i..]);
            }

            sum = Vector.Sum(acc);
        }

        for (; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    /// <summary>Upper triangle of H += Σ_k a_k · z_k z_kᵀ for the four rows z_k = z[k·q..(k+1)·q).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RankFourUpdate(double[] h, double[] z, double[] a, int q)
    {
        ref var zBase = ref MemoryMarshal.GetArrayDataReference(z);
        ref var hBase = ref MemoryMarshal.GetArrayDataReference(h);
        for (var j = 0; j < q; j++)
        {
            ref var s0 = ref Unsafe.Add(ref zBase, j);
            ref var s1 = ref Unsafe.Add(ref zBase, q + j);
            ref var s2 = ref Unsafe.Add(ref zBase, (2 * q) + j);
            ref var s3 = ref Unsafe.Add(ref zBase, (3 * q) + j);
            ref var row = ref Unsafe.Add(ref hBase, (j * q) + j);
            var c0 = a[0] * s0;
            var c1 = a[1] * s1;
            var c2 = a[2] * s2;
            var c3 = a[3] * s3;
            var length = q - j;
            var i = 0;
            if (Vector256.IsHardwareAccelerated)
            {
                var v0 = Vector256.Create(c0);
                var v1 = Vector256.Create(c1);
                var v2 = Vector256.Create(c2);
                var v3 = Vector256.Create(c3);
                for (; i <= length - Vector256<double>.Count; i += Vector256<double>.Count)
                {
                    var n = (nuint)i;
                    var sum = Vector256.LoadUnsafe(ref row, n)
                        + (v0 * Vector256.LoadUnsafe(ref s0, n)) + (v1 * Vector256.LoadUnsafe(ref s1, n))
                        + (v2 * Vector256.LoadUnsafe(ref s2, n)) + (v3 * Vector256.LoadUnsafe(ref s3, n));
                    sum.StoreUnsafe(ref row, n);
                }
            }

            for (; i < length; i++)
            {
                Unsafe.Add(ref row, i) += (c0 * Unsafe.Add(ref s0, i)) + (c1 * Unsafe.Add(ref s1, i)) + (c2 * Unsafe.Add(ref s2, i)) + (c3 * Unsafe.Add(ref s3, i));
            }
        }
    }

    /// <summary>target += scale · source.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddScaled(Span<double> target, ReadOnlySpan<double> source, double scale)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var s = new Vector<double>(scale);
            for (; i <= target.Length - Vector<double>.Count; i += Vector<double>.Count)
            {
                (new Vector<double>(target[i..]) + (s * new Vector<double>(source[i..]))).CopyTo(target[i..]);
            }
        }

        for (; i < target.Length; i++)
        {
            target[i] += scale * source[i];
        }
    }

    /// <summary>Solves H x = g for a symmetric positive-definite H (Cholesky, with growing jitter if needed).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double[] SolveCholesky(double[] h, double[] g, int q)
    {
        for (var jitter = 0.0; ; jitter = jitter == 0 ? 1e-12 : jitter * 100)
        {
            var l = new double[q * q];
            var ok = true;
            for (var j = 0; j < q && ok; j++)
            {
                var diagonal = h[(j * q) + j] + jitter;
                for (var k = 0; k < j; k++)
                {
                    diagonal -= l[(j * q) + k] * l[(j * q) + k];
                }

                if (!(diagonal > 0))
                {
                    ok = false;
                    break;
                }

                var root = Math.Sqrt(diagonal);
                l[(j * q) + j] = root;
                for (var i = j + 1; i < q; i++)
                {
                    var s = h[(i * q) + j];
                    for (var k = 0; k < j; k++)
                    {
                        s -= l[(i * q) + k] * l[(j * q) + k];
                    }

                    l[(i * q) + j] = s / root;
                }
            }

            if (!ok)
            {
                if (jitter > 1e6)
                {
                    throw new ModelTrainingException("The logistic-regression Hessian is not positive definite.");
                }

                continue;
            }

            var y = new double[q];
            for (var i = 0; i < q; i++)
            {
                var s = g[i];
                for (var k = 0; k < i; k++)
                {
                    s -= l[(i * q) + k] * y[k];
                }

                y[i] = s / l[(i * q) + i];
            }

            var x = new double[q];
            for (var i = q - 1; i >= 0; i--)
            {
                var s = y[i];
                for (var k = i + 1; k < q; k++)
                {
                    s -= l[(k * q) + i] * x[k];
                }

                x[i] = s / l[(i * q) + i];
            }

            return x;
        }
    }

    /// <summary>The standardised design: z_j = (x_j − mean_j)/sd_j (0 when missing), plus centred, scaled missing indicators.</summary>
    private sealed class Design
    {
        private readonly FeatureTable _table;
        private readonly double[] _mean;
        private readonly double[] _scale;
        private readonly double[] _missingRate;
        private readonly int[] _indicatorFeature;
        private readonly double[] _indicatorScale;
        private readonly double[] _minimum;
        private readonly double[] _maximum;

        private Design(FeatureTable table, double[] mean, double[] scale, double[] missingRate, int[] indicatorFeature, double[] indicatorScale, double[] minimum, double[] maximum)
        {
            _minimum = minimum;
            _maximum = maximum;
            _table = table;
            _mean = mean;
            _scale = scale;
            _missingRate = missingRate;
            _indicatorFeature = indicatorFeature;
            _indicatorScale = indicatorScale;
        }

        public int Columns => _mean.Length + _indicatorFeature.Length;

        public static Design Create(FeatureTable table, bool indicators)
        {
            var n = table.RowCount;
            var p = table.FeatureCount;
            var values = table.RawValues;
            var weights = TrainingSupport.Weights(table);
            var mean = new double[p];
            var scale = new double[p];
            var missingRate = new double[p];
            var presentWeight = new double[p];
            var minimum = new double[p];
            var maximum = new double[p];
            Array.Fill(minimum, double.PositiveInfinity);
            Array.Fill(maximum, double.NegativeInfinity);
            double total = 0;
            for (var i = 0; i < n; i++)
            {
                total += weights[i];
                for (var j = 0; j < p; j++)
                {
                    var v = values[(i * p) + j];
                    if (!double.IsNaN(v))
                    {
                        presentWeight[j] += weights[i];
                        mean[j] += weights[i] * v;
                        minimum[j] = Math.Min(minimum[j], v);
                        maximum[j] = Math.Max(maximum[j], v);
                    }
                }
            }

            for (var j = 0; j < p; j++)
            {
                mean[j] = presentWeight[j] > 0 ? mean[j] / presentWeight[j] : 0;
                if (presentWeight[j] <= 0)
                {
                    minimum[j] = 0;
                    maximum[j] = 0;
                }
                missingRate[j] = 1 - (presentWeight[j] / total);
            }

            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < p; j++)
                {
                    var v = values[(i * p) + j];
                    if (!double.IsNaN(v))
                    {
                        var d = v - mean[j];
                        scale[j] += weights[i] * d * d;
                    }
                }
            }

            var indicatorFeatures = new List<int>();
            var indicatorScales = new List<double>();
            for (var j = 0; j < p; j++)
            {
                var sd = presentWeight[j] > 0 ? Math.Sqrt(scale[j] / presentWeight[j]) : 0;
                scale[j] = sd > 0 && double.IsFinite(sd) ? sd : 1;
                var r = missingRate[j];
                if (indicators && r > 1e-12 && r < 1 - 1e-12)
                {
                    indicatorFeatures.Add(j);
                    indicatorScales.Add(Math.Sqrt(r * (1 - r)));
                }
                else if (r <= 1e-12)
                {
                    missingRate[j] = 0;
                }
            }

            return new Design(table, mean, scale, missingRate, [.. indicatorFeatures], [.. indicatorScales], minimum, maximum);
        }

        /// <summary>Writes row i's design vector (with the leading 1 for the intercept).</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Row(int i, Span<double> z)
        {
            var p = _mean.Length;
            var values = _table.RawValues.AsSpan(i * p, p);
            z[0] = 1;
            for (var j = 0; j < p; j++)
            {
                var v = values[j];
                z[j + 1] = double.IsNaN(v) ? 0 : (v - _mean[j]) / _scale[j];
            }

            for (var k = 0; k < _indicatorFeature.Length; k++)
            {
                var j = _indicatorFeature[k];
                var missing = double.IsNaN(values[j]) ? 1.0 : 0.0;
                z[p + 1 + k] = (missing - _missingRate[j]) / _indicatorScale[k];
            }
        }

        /// <summary>Converts standardised θ to the stored model in the features' own units.</summary>
        public LinearScorer ToScorer(double[] theta)
        {
            var p = _mean.Length;
            var weights = new double[p];
            var missingWeights = new double[p];
            var missingRates = new double[p];
            var intercept = theta[0];
            for (var j = 0; j < p; j++)
            {
                weights[j] = theta[j + 1] / _scale[j];
                intercept -= weights[j] * _mean[j];
            }

            for (var k = 0; k < _indicatorFeature.Length; k++)
            {
                var j = _indicatorFeature[k];
                missingWeights[j] = theta[p + 1 + k] / _indicatorScale[k];
                missingRates[j] = _missingRate[j];
                intercept -= missingWeights[j] * _missingRate[j];
            }

            return new LinearScorer(intercept, weights, [.. _mean], missingWeights, missingRates, [.. _minimum], [.. _maximum]);
        }
    }
}
