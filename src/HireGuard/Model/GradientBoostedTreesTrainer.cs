using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace HireGuard.Model;

/// <summary>
/// Histogram gradient-boosted trees for binary log-loss (the counterpart of ML.NET's FastTree /
/// LightGbm and scikit-learn's HistGradientBoostingClassifier), explained exactly by path-dependent TreeSHAP.
/// </summary>
/// <remarks>
/// <para>Features are cut into at most <see cref="GradientBoostedTreesOptions.MaximumBinCount"/>
/// quantile bins; NaN gets its own bin and every split learns which side missing values take.
/// Trees grow best-first up to the leaf and depth limits; leaf values are −G/(H+λ) times the
/// learning rate. Training stops early when held-out log-loss stops improving, and keeps the best
/// iteration. Everything is deterministic given the seed, for any thread count.</para>
/// <para>The trainer is immutable and thread-safe; each <see cref="Fit"/> call works on its own buffers.</para>
/// </remarks>
public sealed class GradientBoostedTreesTrainer : IBinaryTrainer
{
    private readonly GradientBoostedTreesOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly int _seed;

    /// <summary>Initializes a new instance of the <see cref="GradientBoostedTreesTrainer"/> class.</summary>
    /// <param name="options">Hyper-parameters (copied); null for the defaults.</param>
    /// <param name="timeProvider">The clock for the training manifest's timestamps; null for the system clock.</param>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The options are invalid (every failure is listed).</exception>
    public GradientBoostedTreesTrainer(GradientBoostedTreesOptions? options = null, TimeProvider? timeProvider = null)
        : this(options, timeProvider, 0)
    {
    }

    internal GradientBoostedTreesTrainer(GradientBoostedTreesOptions? options, TimeProvider? timeProvider, int contextSeed)
    {
        var copy = Copy(options ?? new GradientBoostedTreesOptions());
        ModelOptionsValidation.ThrowIfInvalid(copy, new GradientBoostedTreesOptionsValidator(), new GradientBoostedTreesOptionsCustomValidator());
        _options = copy;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _seed = copy.Seed ?? contextSeed;
    }

    /// <inheritdoc/>
    public string Name => "gradient-boosted-trees";

    /// <inheritdoc/>
    public BinaryClassifier Fit(FeatureTable trainingData, FeatureTable? validationData = null)
    {
        ArgumentNullException.ThrowIfNull(trainingData);
        var o = _options;
        var started = _timeProvider.GetUtcNow();
        var dataHash = trainingData.ComputeSha256();
        var holdOut = o.EarlyStoppingRounds > 0 || o.Calibration == CalibrationMethod.Platt;
        var (train, valid) = TrainingSupport.Resolve(trainingData, validationData, holdOut, o.ValidationFraction, _seed);

        var runner = new ParallelRunner(o.MaximumDegreeOfParallelism);
        var mappers = BinnedMatrix.FitMappers(train, o.MaximumBinCount, o.BinningSampleSize, _seed, runner);
        var trainBins = BinnedMatrix.Create(train, mappers, runner);
        var validBins = valid is null ? null : BinnedMatrix.Create(valid, mappers, runner);

        var n = train.RowCount;
        var labels = train.RawLabels;
        var weights = TrainingSupport.Weights(train);
        double positive = 0, negative = 0;
        for (var i = 0; i < n; i++)
        {
            if (labels[i])
            {
                positive += weights[i];
            }
            else
            {
                negative += weights[i];
            }
        }

        var bias = Math.Log(positive / negative);
        var raw = new double[n];
        Array.Fill(raw, bias);
        double[]? validRaw = null;
        double[]? validWeights = null;
        if (valid is not null)
        {
            validRaw = new double[valid.RowCount];
            Array.Fill(validRaw, bias);
            validWeights = TrainingSupport.Weights(valid);
        }

        var bestValidRaw = validRaw is null ? null : (double[])validRaw.Clone();

        var settings = new TreeGrowerSettings(
            o.MaximumLeafCount, o.MaximumDepth, o.MinimumExampleCountPerLeaf, o.MinimumHessianPerLeaf, o.L2Regularization, o.MinimumSplitGain, o.LearningRate);
        var grower = new HistogramTreeGrower(trainBins, settings, runner);
        var stats = new Vector128<float>[n];
        var trees = new List<RegressionTree>();
        var earlyStopping = valid is not null && o.EarlyStoppingRounds > 0;
        var bestLoss = valid is null ? double.PositiveInfinity : TrainingSupport.WeightedLogLoss(validRaw, valid.RawLabels, validWeights);
        var bestCount = 0;
        var p = train.FeatureCount;
        var allFeatures = Enumerable.Range(0, p).ToArray();
        const int Chunk = 8192;
        var chunks = (n + Chunk - 1) / Chunk;
        for (var iteration = 0; iteration < o.NumberOfIterations; iteration++)
        {
            runner.For(chunks, n, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (c) =>
            {
                var end = Math.Min(n, (c + 1) * Chunk);
                for (var i = c * Chunk; i < end; i++)
                {
                    var prob = MathFunctions.Sigmoid(raw[i]);
                    var w = weights[i];
                    var g = (prob - (labels[i] ? 1.0 : 0.0)) * w;
                    var h = Math.Max(prob * (1 - prob), 1e-16) * w;
                    stats[i] = Vector128.Create((float)g, (float)h, 1f, (float)w);
                }
            });

            var random = DeterministicRandom.Derive(_seed, iteration + 1);
            var sample = o.RowSampleFraction < 1 ? Sample(n, o.RowSampleFraction, random) : null;
            var features = o.FeatureSampleFraction < 1 ? Sample(p, o.FeatureSampleFraction, random) : allFeatures;
            var tree = grower.Grow(stats, sample, features, sample is null ? raw : null);
            if (sample is not null)
            {
                HistogramTreeGrower.AddPredictions(tree, grower.LastBinThresholds, trainBins, raw, runner);
            }

            trees.Add(tree);
            if (valid is not null)
            {
                HistogramTreeGrower.AddPredictions(tree, grower.LastBinThresholds, validBins!, validRaw!, runner);
                var loss = TrainingSupport.WeightedLogLoss(validRaw, valid.RawLabels, validWeights);
                if (loss < bestLoss - o.EarlyStoppingTolerance)
                {
                    bestLoss = loss;
                    bestCount = trees.Count;
                    Array.Copy(validRaw!, bestValidRaw!, validRaw!.Length);
                }
                else if (earlyStopping && trees.Count - bestCount >= o.EarlyStoppingRounds)
                {
                    break;
                }
            }

            if (tree.NodeCount == 1 && sample is null && features.Length == p)
            {
                // Nothing left to split on: further trees would be single leaves as well.
                break;
            }
        }

        if (!earlyStopping)
        {
            bestCount = trees.Count;
        }

        var scorer = new TreeEnsembleScorer(p, bias, trees.GetRange(0, bestCount));
        var calibration = PlattCalibration.Identity;
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        if (o.Calibration == CalibrationMethod.Platt)
        {
            // The raw scores of the kept trees are already known: the training rows' when there is
            // no validation set (no early stopping, all trees kept), else the validation rows' at the best iteration.
            calibration = valid is null
                ? PlattCalibration.Fit(raw, train.Labels, train.Weights)
                : PlattCalibration.Fit(earlyStopping ? bestValidRaw : validRaw, valid.Labels, valid.Weights);
        }

        var finished = _timeProvider.GetUtcNow();
        var manifest = new TrainingManifest
        {
            Trainer = Name,
            HyperParameters = HyperParameters(o),
            DataSha256 = dataHash,
            TrainingRowCount = train.RowCount,
            TrainingPositiveCount = train.PositiveCount,
            ValidationRowCount = valid?.RowCount ?? 0,
            ValidationPositiveCount = valid?.PositiveCount ?? 0,
            Seed = _seed,
            Iterations = bestCount,
            StartedAt = started,
            FinishedAt = finished,
            LibraryVersion = TrainingSupport.LibraryVersion,
        };
        var model = new BinaryClassifier(scorer, calibration, o.Calibration, train.Manifest, manifest, metrics);
        return valid is null ? model : model.WithMetrics(TrainingSupport.ValidationMetrics(model, valid));
    }

    internal static GradientBoostedTreesOptions Copy(GradientBoostedTreesOptions o) => new()
    {
        NumberOfIterations = o.NumberOfIterations,
        LearningRate = o.LearningRate,
        MaximumLeafCount = o.MaximumLeafCount,
        MaximumDepth = o.MaximumDepth,
        MinimumExampleCountPerLeaf = o.MinimumExampleCountPerLeaf,
        MinimumHessianPerLeaf = o.MinimumHessianPerLeaf,
        L2Regularization = o.L2Regularization,
        MinimumSplitGain = o.MinimumSplitGain,
        MaximumBinCount = o.MaximumBinCount,
        BinningSampleSize = o.BinningSampleSize,
        RowSampleFraction = o.RowSampleFraction,
        FeatureSampleFraction = o.FeatureSampleFraction,
        EarlyStoppingRounds = o.EarlyStoppingRounds,
        EarlyStoppingTolerance = o.EarlyStoppingTolerance,
        ValidationFraction = o.ValidationFraction,
        Calibration = o.Calibration,
        Seed = o.Seed,
        MaximumDegreeOfParallelism = o.MaximumDegreeOfParallelism,
    };

    /// <summary>A sorted seeded sample of max(1, round(fraction × n)) distinct indices out of n.</summary>
    private static int[] Sample(int n, double fraction, DeterministicRandom random)
    {
        var k = Math.Clamp((int)Math.Round(fraction * n, MidpointRounding.AwayFromZero), 1, n);
        var all = new int[n];
        for (var i = 0; i < n; i++)
        {
            all[i] = i;
        }

        for (var i = 0; i < k; i++)
        {
            var j = i + random.NextInt(n - i);
            (all[i], all[j]) = (all[j], all[i]);
        }

        var sample = all[..k];
        Array.Sort(sample);
        return sample;
    }

    private static Dictionary<string, string> HyperParameters(GradientBoostedTreesOptions o) => new(StringComparer.Ordinal)
    {
        ["binningSampleSize"] = TrainingSupport.Format(o.BinningSampleSize),
        ["calibration"] = o.Calibration == CalibrationMethod.Platt ? "platt" : "none",
        ["earlyStoppingRounds"] = TrainingSupport.Format(o.EarlyStoppingRounds),
        ["earlyStoppingTolerance"] = TrainingSupport.Format(o.EarlyStoppingTolerance),
        ["featureSampleFraction"] = TrainingSupport.Format(o.FeatureSampleFraction),
        ["l2Regularization"] = TrainingSupport.Format(o.L2Regularization),
        ["learningRate"] = TrainingSupport.Format(o.LearningRate),
        ["maximumBinCount"] = TrainingSupport.Format(o.MaximumBinCount),
        ["maximumDepth"] = TrainingSupport.Format(o.MaximumDepth),
        ["maximumLeafCount"] = TrainingSupport.Format(o.MaximumLeafCount),
        ["minimumExampleCountPerLeaf"] = TrainingSupport.Format(o.MinimumExampleCountPerLeaf),
        ["minimumHessianPerLeaf"] = TrainingSupport.Format(o.MinimumHessianPerLeaf),
        ["minimumSplitGain"] = TrainingSupport.Format(o.MinimumSplitGain),
        ["numberOfIterations"] = TrainingSupport.Format(o.NumberOfIterations),
        ["rowSampleFraction"] = TrainingSupport.Format(o.RowSampleFraction),
        ["validationFraction"] = TrainingSupport.Format(o.ValidationFraction),
    };
}
