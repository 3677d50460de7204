using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace TextClean.Cli.Tests;

/// <summary><c>textclean decide</c>: the table on stdout, the HTML report, and clear errors for data that cannot be used.</summary>
public class DecideCommandTests
{
    [Fact]
    public void Decide_prints_the_table_and_writes_the_html_report_with_charts_and_examples()
    {
        using var dir = new TempDir();
        string data = dir.Write("mail.jsonl", Fixture(30));
        string report = dir.File("report");

        var result = Cli.InProcess("decide", "--data", data, "--folds", "3", "--decisions", "case,numbers", "--out", report);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("| **base** |", result.Output, StringComparison.Ordinal);
        Assert.Contains("| course regex |", result.Output, StringComparison.Ordinal);
        Assert.Contains("| case: keep", result.Output, StringComparison.Ordinal);
        Assert.Contains("| case: off |", result.Output, StringComparison.Ordinal);
        Assert.Contains("| numbers: bucket |", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("| emojis", result.Output, StringComparison.Ordinal);
        Assert.Contains("60 documents, classes ham, spam; stratified 3-fold", result.Output, StringComparison.Ordinal);
        Assert.Contains("[  2/", result.Error, StringComparison.Ordinal);
        string html = File.ReadAllText(Path.Combine(report, "index.html"));
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.True(html.Split("<svg").Length - 1 >= 3, "an overview chart and one per decision");
        Assert.Contains("<h2 id=\"case\">case</h2>", html, StringComparison.Ordinal);
        Assert.Contains("documents changed</h3>", html, StringComparison.Ordinal);
        Assert.Equal(result.Output, File.ReadAllText(Path.Combine(report, "report.md")));
    }

    [Fact]
    public void A_missing_label_field_names_the_file_line_and_the_fields_there_are()
    {
        using var dir = new TempDir();
        string data = dir.Write("bad.jsonl", "{\"text\":\"hello\",\"label\":\"a\"}\n{\"text\":\"bye\",\"class\":\"b\"}\n");

        var result = Cli.InProcess("decide", "--data", data);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bad.jsonl(2): missing label field 'label'; fields: text, class", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_text_field_and_a_single_class_are_errors()
    {
        using var dir = new TempDir();
        string noText = dir.Write("notext.jsonl", "{\"body\":\"hello\",\"label\":\"a\"}\n");
        string oneClass = dir.Write("one.jsonl", string.Concat(Enumerable.Range(0, 10).Select(i => $"{{\"text\":\"doc {i}\",\"label\":\"ham\"}}\n")));

        var missing = Cli.InProcess("decide", "--data", noText);
        var single = Cli.InProcess("decide", "--data", oneClass);

        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("notext.jsonl(1): missing field 'text'; fields: body, label", missing.Error, StringComparison.Ordinal);
        Assert.Equal(1, single.ExitCode);
        Assert.Contains("only one class ('ham', 10 rows)", single.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_decision_is_a_usage_error_with_a_suggestion()
    {
        using var dir = new TempDir();
        string data = dir.Write("mail.jsonl", "{\"text\":\"a\",\"label\":\"x\"}\n");

        var result = Cli.InProcess("decide", "--data", data, "--decisions", "numbrs");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown decision 'numbrs'", result.Error, StringComparison.Ordinal);
        Assert.Contains("did you mean 'numbers'?", result.Error, StringComparison.Ordinal);
    }

    // Real mail: the first `perClass` ham and spam bodies of the corpus, cut short, as labelled JSON Lines.
    private static string Fixture(int perClass)
    {
        string path = Path.Combine(Cli.RepoRoot, "corpora", "spamassassin", "spamassassin.jsonl.gz");
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        var rows = new List<(string Text, string Label)>();
        while (reader.ReadLine() is { } line)
        {
            var json = JsonDocument.Parse(line).RootElement;
            string text = json.GetProperty("text").GetString()!;
            rows.Add((text[..Math.Min(text.Length, 1200)], json.GetProperty("label").GetString()!));
        }

        var output = new StringBuilder();
        foreach (var (text, label) in rows.Where(r => r.Label == "ham").Take(perClass).Concat(rows.Where(r => r.Label == "spam").Take(perClass)))
        {
            output.Append(JsonSerializer.Serialize(new { text, label })).Append('\n');
        }

        return output.ToString();
    }
}
