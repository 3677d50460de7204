using System.Globalization;
using System.Text;
using TextClean.ML.Decisions;

namespace TextClean.Cli.Decide;

/// <summary>The decision report as a Markdown table: one row per config, metrics as mean ± std and the change from the base.</summary>
internal static class DecisionTable
{
    public static string ToMarkdown(DecisionReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"{report.Rows:N0} documents, classes {string.Join(", ", report.Classes)}; stratified {report.Folds}-fold cross-validation, seed {report.Seed}; {report.Elapsed.TotalSeconds:F0} s."));
        text.AppendLine("Classifier: hashed word 1-2-grams + character 3-grams of the cleaned text, SDCA maximum entropy. Δ: change from the base config, in points.");
        text.AppendLine();
        text.AppendLine("| decision | accuracy | Δ | macro-F1 | Δ | AUC | Δ | vocabulary | Δ | documents changed |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var result in Rows(report))
        {
            bool isBase = ReferenceEquals(result, report.Base);
            text.AppendLine(Invariant(
                $"| {(isBase ? "**base**" : result.Label)}{(result.SameTextAs is null ? string.Empty : $" (same text as {result.SameTextAs})")} | {result.Accuracy} | {Delta(result.Accuracy, report.Base.Accuracy, isBase)} | {result.MacroF1} | {Delta(result.MacroF1, report.Base.MacroF1, isBase)} | {result.Auc} | {Delta(result.Auc, report.Base.Auc, isBase)} | {result.Vocabulary:N0} | {(isBase ? string.Empty : (result.Vocabulary - report.Base.Vocabulary).ToString("+#,0;-#,0;0", CultureInfo.InvariantCulture))} | {(result.Variant is null ? string.Empty : result.ChangedDocuments.ToString("N0", CultureInfo.InvariantCulture))} |"));
        }

        return text.ToString();
    }

    /// <summary>Base, the course regex, then every decision in registry order.</summary>
    public static IEnumerable<DecisionResult> Rows(DecisionReport report) => [report.Base, report.CourseRegex, .. report.Decisions];

    /// <summary>"+1.23" points, or empty for the base itself.</summary>
    public static string Delta(Metric value, Metric baseline, bool isBase = false) =>
        isBase ? string.Empty : ((value.Mean - baseline.Mean) * 100).ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
