using ScottPlot;
using TextClean.ML.Decisions;

namespace TextClean.Cli.Decide;

/// <summary>The report's charts, as SVG made by ScottPlot: every change at a glance, and one bar chart per decision.</summary>
internal static class DecisionCharts
{
    private const int Width = 820;

    /// <summary>Change of macro-F1 from the base, one horizontal bar per changed decision, largest loss at the bottom.</summary>
    public static string Overview(DecisionReport report)
    {
        var rows = report.Decisions.Append(report.CourseRegex).OrderBy(r => r.MacroF1.Mean).ToList();
        var plot = new Plot();
        for (int i = 0; i < rows.Count; i++)
        {
            double delta = (rows[i].MacroF1.Mean - report.Base.MacroF1.Mean) * 100;
            plot.Add.Bar(new Bar
            {
                Position = i,
                Value = delta,
                FillColor = delta >= 0 ? Colors.SeaGreen : Colors.IndianRed,
                Orientation = Orientation.Horizontal,
            });
        }

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. Enumerable.Range(0, rows.Count).Select(i => (double)i)], [.. rows.Select(r => r.Label)]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Title("Change of macro-F1 from the base config (points)");
        plot.XLabel("macro-F1 - base macro-F1, in points (green: better than base)");
        return plot.GetSvgXml(Width, 120 + (rows.Count * 16));
    }

    /// <summary>Accuracy, macro-F1 and AUC (mean ± std over the folds) of the base and of each value of one decision.</summary>
    public static string Decision(DecisionReport report, string decision, IReadOnlyList<DecisionResult> results)
    {
        var configs = new List<DecisionResult> { report.Base };
        configs.AddRange(results);
        var plot = new Plot();
        (string Name, Func<DecisionResult, Metric> Of, Color Color)[] metrics =
        [
            ("accuracy", r => r.Accuracy, Colors.SteelBlue),
            ("macro-F1", r => r.MacroF1, Colors.DarkOrange),
            ("AUC", r => r.Auc, Colors.Gray),
        ];
        for (int m = 0; m < metrics.Length; m++)
        {
            var bars = configs.Select((r, i) => new Bar
            {
                Position = (i * (metrics.Length + 1)) + m,
                Value = metrics[m].Of(r).Mean,
                Error = metrics[m].Of(r).StandardDeviation,
                FillColor = metrics[m].Color,
            }).ToList();
            var added = plot.Add.Bars(bars);
            added.LegendText = metrics[m].Name;
        }

        double[] ticks = [.. configs.Select((_, i) => (i * (metrics.Length + 1)) + 1.0)];
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks, [.. configs.Select(r => r.Variant is null ? "base" : r.Variant.Value)]);
        double low = configs.Min(r => Math.Min(r.Accuracy.Mean - r.Accuracy.StandardDeviation, r.MacroF1.Mean - r.MacroF1.StandardDeviation));
        plot.Axes.SetLimitsY(Math.Max(0, Math.Floor((low - 0.02) * 50) / 50), 1.0);
        plot.ShowLegend(Alignment.LowerRight);
        plot.Title($"{decision}: every value against the base");
        return plot.GetSvgXml(Width, 340);
    }
}
