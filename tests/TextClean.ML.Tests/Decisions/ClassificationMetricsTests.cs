using TextClean.ML.Decisions;

namespace TextClean.ML.Tests.Decisions;

public class ClassificationMetricsTests
{
    [Fact]
    public void Auc_is_one_for_a_perfect_ranking_zero_for_a_reversed_one_and_counts_ties_half()
    {
        int[] actual = [0, 0, 1, 1];
        Assert.Equal(1.0, ClassificationMetrics.Auc(actual, Scores(0.1f, 0.2f, 0.8f, 0.9f), 2));
        Assert.Equal(0.0, ClassificationMetrics.Auc(actual, Scores(0.9f, 0.8f, 0.2f, 0.1f), 2));
        Assert.Equal(0.5, ClassificationMetrics.Auc(actual, Scores(0.5f, 0.5f, 0.5f, 0.5f), 2));
        Assert.Equal(0.75, ClassificationMetrics.Auc(actual, Scores(0.1f, 0.6f, 0.5f, 0.9f), 2));
    }

    [Fact]
    public void Macro_f1_averages_each_class_f1()
    {
        int[] actual = [0, 0, 0, 1];
        int[] predicted = [0, 0, 1, 1];

        // class 0: tp 2, fp 0, fn 1 -> 0.8; class 1: tp 1, fp 1, fn 0 -> 0.667
        Assert.Equal((0.8 + (2.0 / 3)) / 2, ClassificationMetrics.MacroF1(actual, predicted, 2), 10);
        Assert.Equal(0.75, ClassificationMetrics.Accuracy(actual, predicted));
    }

    [Fact]
    public void Mean_and_sample_standard_deviation_over_folds()
    {
        var metric = Metric.Of([0.9, 0.8, 1.0]);
        Assert.Equal(0.9, metric.Mean, 10);
        Assert.Equal(0.1, metric.StandardDeviation, 10);
        Assert.Equal("0.9000 ± 0.1000", metric.ToString());
    }

    // Two-class score vectors: class 1's score as given, class 0's its complement.
    private static float[][] Scores(params float[] positive) => [.. positive.Select(p => new[] { 1 - p, p })];
}
