using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;

namespace TextClean.ML.Decisions;

/// <summary>
/// The one classifier every decision is measured with: hashed word 1-2-grams plus hashed character 3-grams of the cleaned
/// text (ML.NET does no cleaning of its own: no lower-casing, no punctuation or number removal, so only TextClean's
/// decisions differ), L2-normalized, and SDCA maximum entropy (L2 1e-5, at most 30 passes over the cached features) on one thread with a
/// fixed seed. The features need no fitting (hashing), so they are computed once per cleaned corpus and each fold only
/// trains and scores.
/// </summary>
internal sealed class FoldEvaluator(int seed)
{
    private const int WordBits = 18;
    private const int CharBits = 18;
    private const int Dimensions = (1 << WordBits) + (1 << CharBits);

    /// <summary>The per-fold accuracy, macro-F1 and AUC of the classifier on <paramref name="texts"/>.</summary>
    public FoldScores Evaluate(IReadOnlyList<string> texts, IReadOnlyList<int> classes, int classCount, IReadOnlyList<int> folds, int foldCount)
    {
        var ml = new MLContext(seed);
        var features = Featurize(ml, texts);
        var scores = new FoldScores();
        for (int fold = 0; fold < foldCount; fold++)
        {
            var train = new List<FeatureRow>();
            var test = new List<FeatureRow>();
            var actual = new List<int>();
            for (int i = 0; i < texts.Count; i++)
            {
                var row = new FeatureRow { Label = classes[i], Features = features[i] };
                if (folds[i] == fold)
                {
                    test.Add(row);
                    actual.Add(classes[i]);
                }
                else
                {
                    train.Add(row);
                }
            }

            var trainer = ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(FeatureRow.Label), keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
                .AppendCacheCheckpoint(ml)
                .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
                {
                    LabelColumnName = "LabelKey",
                    FeatureColumnName = nameof(FeatureRow.Features),
                    NumberOfThreads = 1,
                    MaximumNumberOfIterations = 30,
                    L2Regularization = 1e-5f,
                }));
            var model = trainer.Fit(ml.Data.LoadFromEnumerable(train));
            var predictions = ml.Data.CreateEnumerable<ScoreRow>(model.Transform(ml.Data.LoadFromEnumerable(test)), reuseRowObject: false)
                .Select(p => p.Score).ToList();
            var predicted = predictions.Select(ArgMax).ToList();
            scores.Accuracy.Add(ClassificationMetrics.Accuracy(actual, predicted));
            scores.MacroF1.Add(ClassificationMetrics.MacroF1(actual, predicted, classCount));
            scores.Auc.Add(ClassificationMetrics.Auc(actual, predictions, classCount));
        }

        return scores;
    }

    private static VBuffer<float>[] Featurize(MLContext ml, IReadOnlyList<string> texts)
    {
        var data = ml.Data.LoadFromEnumerable(texts.Select(t => new TextRow { Text = t }));
        var pipeline = ml.Transforms.Text.ProduceHashedWordBags("Words", nameof(TextRow.Text), numberOfBits: WordBits, ngramLength: 2)
            .Append(ml.Transforms.Text.TokenizeIntoCharactersAsKeys("Chars", nameof(TextRow.Text)))
            .Append(ml.Transforms.Text.ProduceHashedNgrams("CharGrams", "Chars", numberOfBits: CharBits, ngramLength: 3, useAllLengths: false))
            .Append(ml.Transforms.Concatenate("Features", "Words", "CharGrams"))
            .Append(ml.Transforms.NormalizeLpNorm("Features"));
        var featurized = pipeline.Fit(data).Transform(data);
        var column = featurized.Schema["Features"];
        var features = new VBuffer<float>[texts.Count];
        using var cursor = featurized.GetRowCursor([column]);
        var getter = cursor.GetGetter<VBuffer<float>>(column);
        for (int i = 0; cursor.MoveNext(); i++)
        {
            VBuffer<float> value = default;
            getter(ref value);
            features[i] = value;
        }

        return features;
    }

    private static int ArgMax(float[] scores)
    {
        int best = 0;
        for (int i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        return best;
    }

    private sealed class TextRow
    {
        public string Text { get; set; } = string.Empty;
    }

    private sealed class FeatureRow
    {
        public float Label { get; set; }

        [VectorType(Dimensions)]
        public VBuffer<float> Features { get; set; }
    }

    private sealed class ScoreRow
    {
        public float[] Score { get; set; } = [];
    }
}

/// <summary>Per-fold values of the three metrics.</summary>
internal sealed class FoldScores
{
    public List<double> Accuracy { get; } = [];

    public List<double> MacroF1 { get; } = [];

    public List<double> Auc { get; } = [];
}
