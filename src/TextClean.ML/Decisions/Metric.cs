namespace TextClean.ML.Decisions;

/// <summary>A metric over the folds of a cross-validation: the mean and the sample standard deviation.</summary>
/// <param name="Mean">Mean over the folds.</param>
/// <param name="StandardDeviation">Sample standard deviation over the folds (0 for one fold).</param>
public readonly record struct Metric(double Mean, double StandardDeviation)
{
    /// <summary>The metric of the per-fold <paramref name="values"/>.</summary>
    public static Metric Of(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return new Metric(double.NaN, double.NaN);
        }

        double mean = values.Average();
        double variance = values.Count < 2 ? 0 : values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1);
        return new Metric(mean, Math.Sqrt(variance));
    }

    /// <summary>"0.9712 ± 0.0043".</summary>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Mean:F4} ± {StandardDeviation:F4}");
}
