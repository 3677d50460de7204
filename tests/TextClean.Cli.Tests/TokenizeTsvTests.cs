namespace TextClean.Cli.Tests;

/// <summary><c>textclean tokenize --format tsv</c>, run in-process with <c>-o</c>.</summary>
public class TokenizeTsvTests
{
    private const string Header = "doc\tstart\tlength\tkind\tflags\ttext";

    [Fact]
    public void Header_then_one_row_per_token_with_document_index()
    {
        var result = Cli.Tokenize("great👍🏽!! see https://x.org.\n\nb\n", "--format", "tsv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(
            [
                Header,
                "1\t0\t5\tword\t\tgreat",
                "1\t5\t4\temoji\t\t👍🏽",
                "1\t9\t2\tpunctuation\tRepeated\t!!",
                "1\t12\t3\tword\t\tsee",
                "1\t16\t13\turl\t\thttps://x.org",
                "1\t29\t1\tpunctuation\t\t.",
                // Document 2 is empty: no rows, but it still counts.
                "3\t0\t1\tword\t\tb",
            ],
            Cli.Lines(result.Output));
    }

    [Fact]
    public void Empty_input_gives_only_the_header()
    {
        var result = Cli.Tokenize(string.Empty, "--format", "tsv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Header + "\n", result.Output);
    }

    [Fact]
    public void Backslash_in_token_text_is_escaped()
    {
        var result = Cli.Tokenize("a\\b o'neil-smith\n", "--format", "tsv");

        Assert.Equal(
            [
                Header,
                "1\t0\t1\tword\t\ta",
                "1\t1\t1\tpunctuation\t\t\\\\",
                "1\t2\t1\tword\t\tb",
                "1\t4\t12\tword\tHyphenated,Apostrophe\to'neil-smith",
            ],
            Cli.Lines(result.Output));
    }

    [Fact]
    public void Tabs_and_line_breaks_in_the_json_text_are_separators_not_token_text()
    {
        using var dir = new TempDir();
        var input = dir.Write("in.jsonl", "{\"text\":\"a\\tb\\nc\\r\\nd\"}\n");

        var result = Cli.TokenizeFiles(dir, input, "--field", "text", "--format", "tsv");

        Assert.Equal(
            [Header, "1\t0\t1\tword\t\ta", "1\t2\t1\tword\t\tb", "1\t4\t1\tword\t\tc", "1\t7\t1\tword\t\td"],
            Cli.Lines(result.Output));
    }

    [Fact]
    public void Error_rows_escape_tabs_newlines_carriage_returns_and_backslashes()
    {
        // No token can hold a tab or line break, but an error row repeats the file name, and a Linux file name can.
        if (OperatingSystem.IsWindows())
        {
            return; // Windows file names cannot hold tabs or line breaks.
        }

        using var dir = new TempDir();
        var input = dir.Write("we\tird\\na\nme\r.jsonl", "{\"text\":\"ok\"}\nnot json\n");

        var result = Cli.TokenizeFiles(dir, input, "--field", "text", "--format", "tsv");

        Assert.Equal(0, result.ExitCode);
        var lines = Cli.Lines(result.Output);
        Assert.Equal(3, lines.Length);
        Assert.Equal(Header, lines[0]);
        Assert.Equal("1\t0\t2\tword\t\tok", lines[1]);
        var escaped = input.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);
        Assert.StartsWith($"2\t\t\terror\t\t{escaped}:2: invalid JSON: ", lines[2], StringComparison.Ordinal);
        Assert.Equal(6, lines[2].Split('\t').Length);
        Assert.DoesNotContain('\r', result.Output);
    }

    [Fact]
    public void Error_rows_for_missing_and_non_string_fields()
    {
        using var dir = new TempDir();
        var input = dir.Write("in.jsonl", "{\"id\":1}\n{\"text\":true}\n{\"text\":\"x\"}\n");

        var result = Cli.TokenizeFiles(dir, input, "--field", "text", "--format", "tsv");

        Assert.Equal(
            [
                Header,
                $"1\t\t\terror\t\t{input}:1: missing field 'text'",
                $"2\t\t\terror\t\t{input}:2: field 'text' is True, not a string",
                "3\t0\t1\tword\t\tx",
            ],
            Cli.Lines(result.Output));
    }
}
