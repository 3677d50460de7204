namespace TextClean.ML.Decisions;

/// <summary>Accuracy, macro-F1 and AUC of one fold's predictions, computed from the class scores.</summary>
internal static class ClassificationMetrics
{
    /// <summary>Accuracy of <paramref name="predicted"/> against <paramref name="actual"/>.</summary>
    public static double Accuracy(IReadOnlyList<int> actual, IReadOnlyList<int> predicted) =>
        actual.Count == 0 ? double.NaN : Enumerable.Range(0, actual.Count).Count(i => actual[i] == predicted[i]) / (double)actual.Count;

    /// <summary>The mean over classes of each class's F1 (a class never predicted nor present counts as 0).</summary>
    public static double MacroF1(IReadOnlyList<int> actual, IReadOnlyList<int> predicted, int classes)
    {
        double sum = 0;
        for (int c = 0; c < classes; c++)
        {
            int truePositive = 0, falsePositive = 0, falseNegative = 0;
            for (int i = 0; i < actual.Count; i++)
            {
                bool isClass = actual[i] == c;
                bool saidClass = predicted[i] == c;
                truePositive += isClass && saidClass ? 1 : 0;
                falsePositive += !isClass && saidClass ? 1 : 0;
                falseNegative += isClass && !saidClass ? 1 : 0;
            }

            int denominator = (2 * truePositive) + falsePositive + falseNegative;
            sum += denominator == 0 ? 0 : 2.0 * truePositive / denominator;
        }

        return sum / classes;
    }

    /// <summary>
    /// Area under the ROC curve: with two classes, of class 1's score; with more, the mean of each class against the rest
    /// (one-vs-rest, macro). Ties count half (the Mann-Whitney statistic).
    /// </summary>
    public static double Auc(IReadOnlyList<int> actual, IReadOnlyList<float[]> scores, int classes)
    {
        if (classes == 2)
        {
            return AucOf(actual, scores, 1);
        }

        double sum = 0;
        for (int c = 0; c < classes; c++)
        {
            sum += AucOf(actual, scores, c);
        }

        return sum / classes;
    }

    private static double AucOf(IReadOnlyList<int> actual, IReadOnlyList<float[]> scores, int positive)
    {
        var order = Enumerable.Range(0, actual.Count).OrderBy(i => scores[i][positive]).ToArray();
        double rankSum = 0;
        long positives = 0;
        for (int start = 0; start < order.Length;)
        {
            int end = start;
            while (end + 1 < order.Length && scores[order[end + 1]][positive] == scores[order[start]][positive])
            {
                end++;
            }

            // Tied scores share their mean rank (ranks start at 1).
            double rank = ((start + end) / 2.0) + 1;
            for (int k = start; k <= end; k++)
            {
                if (actual[order[k]] == positive)
                {
                    rankSum += rank;
                    positives++;
                }
            }

            start = end + 1;
        }

        long negatives = actual.Count - positives;
        return positives == 0 || negatives == 0 ? double.NaN : (rankSum - (positives * (positives + 1) / 2.0)) / (positives * (double)negatives);
    }
}
