using System.Globalization;
using System.Net;
using System.Text;
using TextClean.Config;
using TextClean.ML.Decisions;

namespace TextClean.Cli.Decide;

/// <summary>The decision report as one self-contained HTML page: the table, the charts (inline SVG) and the examples; no server needed.</summary>
internal static class DecisionHtml
{
    public static string Render(DecisionReport report, string dataName)
    {
        var html = new StringBuilder();
        html.Append("""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>TextClean decision report</title>
            <style>
            body { font-family: system-ui, sans-serif; max-width: 980px; margin: 2em auto; padding: 0 1em; color: #222; }
            table { border-collapse: collapse; font-size: 0.9em; } th, td { border: 1px solid #ccc; padding: 0.25em 0.5em; }
            td.n { text-align: right; font-variant-numeric: tabular-nums; } .up { color: #2e7d32; } .down { color: #c62828; }
            pre { background: #f6f6f6; padding: 0.75em; overflow-x: auto; } code, .ex { font-family: ui-monospace, monospace; font-size: 0.85em; }
            .ex td { vertical-align: top; } svg { max-width: 100%; height: auto; }
            </style></head><body>
            """);
        html.Append(Invariant($"<h1>What each cleaning decision does to a classifier</h1><p>Data: <code>{E(dataName)}</code>, {report.Rows:N0} documents, classes {E(string.Join(", ", report.Classes))}. Stratified {report.Folds}-fold cross-validation with seed {report.Seed}; the whole run took {report.Elapsed.TotalSeconds:F0} s.</p>"));
        html.Append("<p>Every row changes <em>one</em> decision of the base config and keeps everything else. The classifier is the same for all rows: hashed word 1-2-grams and character 3-grams of the cleaned text (ML.NET does no cleaning of its own), SDCA maximum entropy. Δ is the change from the base in points; the course regex (lower-case, letters only) is there for contrast.</p>");
        html.Append("<h2>Overview</h2>").Append(DecisionCharts.Overview(report));
        html.Append("<h2>All results</h2><table><tr><th>decision</th><th>accuracy</th><th>Δ</th><th>macro-F1</th><th>Δ</th><th>AUC</th><th>Δ</th><th>vocabulary</th><th>documents changed</th></tr>");
        foreach (var result in DecisionTable.Rows(report))
        {
            bool isBase = ReferenceEquals(result, report.Base);
            string same = result.SameTextAs is null ? string.Empty : $" <small>(same text as {E(result.SameTextAs)})</small>";
            html.Append(Invariant($"<tr><td>{(isBase ? "<b>base</b>" : E(result.Label))}{same}</td>"))
                .Append(Cells(result.Accuracy, report.Base.Accuracy, isBase))
                .Append(Cells(result.MacroF1, report.Base.MacroF1, isBase))
                .Append(Cells(result.Auc, report.Base.Auc, isBase))
                .Append(Invariant($"<td class=n>{result.Vocabulary:N0}</td><td class=n>{(result.Variant is null ? string.Empty : result.ChangedDocuments.ToString("N0", CultureInfo.InvariantCulture))}</td></tr>"));
        }

        html.Append("</table>");
        foreach (var group in report.Decisions.GroupBy(r => r.Variant!.Decision))
        {
            html.Append(Invariant($"<h2 id=\"{E(group.Key)}\">{E(group.Key)}</h2>")).Append(DecisionCharts.Decision(report, group.Key, [.. group]));
            foreach (var result in group.Where(r => r.Examples.Count > 0))
            {
                html.Append(Invariant($"<h3>{E(result.Label)}: {result.ChangedDocuments:N0} documents changed</h3><table class=ex><tr><th>row</th><th>base</th><th>{E(result.Label)}</th></tr>"));
                foreach (var example in result.Examples)
                {
                    html.Append(Invariant($"<tr><td class=n>{example.Row + 1}</td><td class=ex>{E(example.Base)}</td><td class=ex>{E(example.Changed)}</td></tr>"));
                }

                html.Append("</table>");
            }
        }

        html.Append("<h2>Base config</h2><pre>").Append(E(PipelineConfigFile.Write(report.BaseConfig, ConfigFormat.Yaml))).Append("</pre></body></html>\n");
        return html.ToString();
    }

    private static string Cells(Metric value, Metric baseline, bool isBase)
    {
        string delta = DecisionTable.Delta(value, baseline, isBase);
        string css = delta.StartsWith('+') ? "n up" : delta.StartsWith('-') ? "n down" : "n";
        return Invariant($"<td class=n>{value}</td><td class=\"{css}\">{delta}</td>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
