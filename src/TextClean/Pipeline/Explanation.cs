using System.Globalization;
using System.Text;
using TextClean.Text;

namespace TextClean.Pipeline;

/// <summary>What one normalizer did to a text: its settings, its input and output, and each change with the reason.</summary>
/// <param name="Config">The normalizer and its settings.</param>
/// <param name="Input">The text it got (for token normalizers: the text the token pass got).</param>
/// <param name="Output">The text it gave (for token normalizers: the token pass input with only its changes).</param>
/// <param name="Changes">Its edits, against <paramref name="Input"/>.</param>
public sealed record ExplainedStep(NormalizerConfig Config, string Input, string Output, IReadOnlyList<TextEdit> Changes);

/// <summary>Every decision a pipeline made on one text, normalizer by normalizer. <see cref="ToString"/> renders it for people.</summary>
/// <param name="Input">The original text.</param>
/// <param name="Output">The cleaned text.</param>
/// <param name="Steps">One step per normalizer, in the order they ran.</param>
public sealed record Explanation(string Input, string Output, IReadOnlyList<ExplainedStep> Steps)
{
    private const int MaxChangesShown = 20;

    /// <summary>Renders the explanation: each normalizer, its settings, and each change as <c>"before" -> "after"</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("input:  ").AppendLine(Quote(Input));
        int number = 1;
        foreach (var step in Steps)
        {
            string settings = string.Join(", ", step.Config.Settings.Select(s => $"{s.Key}: {s.Value}"));
            text.Append(CultureInfo.InvariantCulture, $"{number++,2}. {step.Config.Name} ({settings}): ");
            if (step.Changes.Count == 0)
            {
                text.AppendLine("no change");
                continue;
            }

            text.AppendLine(step.Changes.Count == 1 ? "1 change" : string.Create(CultureInfo.InvariantCulture, $"{step.Changes.Count} changes"));
            foreach (var change in step.Changes.Take(MaxChangesShown))
            {
                string before = step.Input.Substring(change.Start, change.Length);
                text.Append(CultureInfo.InvariantCulture, $"      {Quote(before)} -> {Quote(change.Replacement)}  ({change.Reason}, at {change.Start})").AppendLine();
            }

            if (step.Changes.Count > MaxChangesShown)
            {
                text.Append(CultureInfo.InvariantCulture, $"      ... and {step.Changes.Count - MaxChangesShown} more").AppendLine();
            }
        }

        return text.Append("output: ").AppendLine(Quote(Output)).ToString();
    }

    // Quotes text on one line: line breaks and tabs as \n, \r, \t.
    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)
            .Replace("\r", "\\r", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
