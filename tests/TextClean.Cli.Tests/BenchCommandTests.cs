using TextClean.Bench;
using TextClean.Cli.Commands;

namespace TextClean.Cli.Tests;

/// <summary><c>textclean bench</c> on tiny corpora with the shortest timings (never on the real corpus for long).</summary>
public class BenchCommandTests
{
    private const string TinyCorpus = "hello world, this is a test.\nsecond doc https://x.org :-) 👍🏽\n\nthird line\n";

    [Fact]
    public void Table_has_a_row_per_contender_and_an_mbps_column()
    {
        using var dir = new TempDir();
        var corpus = dir.Write("tiny.txt", TinyCorpus);

        var result = Cli.InProcess("bench", corpus, "--seconds", "0.2", "--warmup", "0");

        Assert.Equal(0, result.ExitCode);
        var table = TableRows(result.Output);
        var header = Cells(table[0]);
        Assert.Equal("Tokenizer", header[0]);
        int mbps = Array.IndexOf(header, "MB/s");
        Assert.True(mbps > 0, $"no MB/s column in: {table[0]}");
        var rows = table.Skip(2).Select(Cells).ToList();
        var expected = Contenders.CreateAll();
        Assert.Equal(expected.Count, rows.Count);
        Assert.Equal(7, rows.Count);
        for (int i = 0; i < rows.Count; i++)
        {
            Assert.Equal(expected[i].Name.Replace("|", "\\|", StringComparison.Ordinal), rows[i][0]);
            Assert.True(
                double.TryParse(rows[i][mbps], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double value) && value >= 0,
                $"MB/s is not a number in: {table[i + 2]}");
            if (i == 0)
            {
                Assert.True(value > 0, $"TextClean's MB/s is zero: {table[2]}"); // the others may round to 0.0 on a loaded machine
            }
        }

        Assert.Contains("3 documents", result.Output, StringComparison.Ordinal);
        Assert.Contains("textclean: bench: measuring TextClean Tokenizer...", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_runs_the_named_contenders_in_the_order_given()
    {
        using var dir = new TempDir();
        var corpus = dir.Write("tiny.txt", TinyCorpus);

        var result = Cli.InProcess("bench", corpus, "--seconds", "0.05", "--warmup", "0", "--only", "split,textclean", "--only", "regex");

        Assert.Equal(0, result.ExitCode);
        var rows = TableRows(result.Output).Skip(2).Select(r => Cells(r)[0]).ToList();
        Assert.Equal(["string.Split (whitespace)", "TextClean Tokenizer", "Regex \\w+\\|[^\\w\\s] (generated)"], rows);
    }

    [Fact]
    public void Field_reads_json_lines_and_jsonl_files_default_to_the_text_field()
    {
        using var dir = new TempDir();
        var corpus = dir.Write("tiny.jsonl", "{\"text\":\"a b c\"}\n{\"text\":\"d e\",\"id\":2}\n{\"id\":3}\n");

        var result = Cli.InProcess("bench", corpus, "--seconds", "0.05", "--warmup", "0", "--only", "textclean");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2 documents", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 lines skipped", result.Output, StringComparison.Ordinal);
        Assert.Equal("5", Cells(TableRows(result.Output)[2])[3]);
    }

    [Fact]
    public void Corpus_without_documents_exits_1()
    {
        using var dir = new TempDir();
        var corpus = dir.Write("empty.txt", "\n\n");

        var result = Cli.InProcess("bench", corpus, "--seconds", "0.05", "--warmup", "0");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"no documents in {corpus}", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_corpus_file_exits_1_and_names_it()
    {
        using var dir = new TempDir();
        var missing = dir.File("nope.txt");

        var result = Cli.InProcess("bench", missing, "--seconds", "0.05", "--warmup", "0");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(missing, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_with_an_unknown_name_exits_2_naming_the_valid_ids()
    {
        using var dir = new TempDir();
        var corpus = dir.Write("tiny.txt", TinyCorpus);

        var result = Cli.Child(["bench", corpus, "--seconds", "0.05", "--warmup", "0", "--only", "textclean,nosuch"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'nosuch'", result.Error, StringComparison.Ordinal);
        foreach (var id in Contenders.AllIds)
        {
            Assert.Contains(id, result.Error, StringComparison.Ordinal);
        }

        Assert.Contains("textclean, mlnet, lucene, regex, split, letterordigit, spaces, mlnet-space", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void No_file_and_no_bundled_corpus_in_the_working_directory_exits_2()
    {
        using var dir = new TempDir();

        var result = Cli.Child(["bench", "--seconds", "0.05", "--warmup", "0"], workingDirectory: dir.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(BenchCommand.BundledCorpus, result.Error, StringComparison.Ordinal);
        Assert.Contains("no FILE given", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void No_file_uses_the_bundled_corpus_in_the_repository_root()
    {
        var result = Cli.Child(["bench", "--seconds", "0.01", "--warmup", "0", "--only", "spaces"], workingDirectory: Cli.RepoRoot);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"Corpus: {BenchCommand.BundledCorpus}: 6,046 documents", result.Output, StringComparison.Ordinal);
        Assert.Single(TableRows(result.Output).Skip(2));
    }

    [Theory]
    [InlineData("--seconds", "0")]
    [InlineData("--seconds", "-1")]
    [InlineData("--warmup", "-0.5")]
    public void Out_of_range_timings_exit_2(string option, string value)
    {
        using var dir = new TempDir();
        var corpus = dir.Write("tiny.txt", TinyCorpus);

        var result = Cli.Child(["bench", corpus, option, value]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_numeric_timing_exits_2()
    {
        using var dir = new TempDir();
        var corpus = dir.Write("tiny.txt", TinyCorpus);

        var result = Cli.Child(["bench", corpus, "--seconds", "abc"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("abc", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Timings_are_parsed_with_the_invariant_culture()
    {
        using var dir = new TempDir();
        var corpus = dir.Write("tiny.txt", TinyCorpus);
        var german = new Dictionary<string, string> { ["LANG"] = "de_DE.UTF-8", ["LC_ALL"] = "de_DE.UTF-8" };

        var result = Cli.Child(["bench", corpus, "--seconds", "0.05", "--warmup", "0", "--only", "spaces"], environment: german);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("at least 0.05 s of whole passes", result.Output, StringComparison.Ordinal);
    }

    /// <summary>The Markdown table's lines: header, separator, then one row per contender.</summary>
    private static List<string> TableRows(string output)
    {
        var rows = output.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).ToList();
        Assert.True(rows.Count >= 3, $"no table in:\n{output}");
        Assert.StartsWith("| --- |", rows[1], StringComparison.Ordinal);
        return rows;
    }

    /// <summary>A row's cells, split at unescaped pipes.</summary>
    private static string[] Cells(string row)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        for (int i = 1; i < row.Length; i++)
        {
            if (row[i] == '\\' && i + 1 < row.Length && row[i + 1] == '|')
            {
                cell.Append("\\|");
                i++;
            }
            else if (row[i] == '|')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(row[i]);
            }
        }

        return [.. cells];
    }
}
