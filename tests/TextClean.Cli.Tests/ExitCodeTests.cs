namespace TextClean.Cli.Tests;

/// <summary>Exit codes end to end: the built CLI run as a child process (<c>dotnet TextClean.Cli.dll</c>).</summary>
public class ExitCodeTests
{
    [Fact]
    public void Tokenize_from_stdin_exits_0()
    {
        var result = Cli.Child(["tokenize"], stdin: "great👍🏽!! see https://x.org.\n\nhi\n");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        var lines = Cli.Lines(result.Output);
        Assert.Equal(3, lines.Length);
        Assert.Equal(6, Cli.ParseTokens(lines[0]).Count);
        Assert.Equal(new JsonToken("👍🏽", "emoji", 5, 4, null), Cli.ParseTokens(lines[0])[1]);
        Assert.Equal("{\"tokens\":[]}", lines[1]);
        Assert.Equal([new JsonToken("hi", "word", 0, 2, null)], Cli.ParseTokens(lines[2]));
    }

    [Fact]
    public void Tokenize_stdin_json_lines_to_tsv_on_stdout_with_dash_output()
    {
        var result = Cli.Child(["tokenize", "--field", "text", "--format", "tsv", "-o", "-"], stdin: "{\"text\":\"a b\"}\n{}\n");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                "doc\tstart\tlength\tkind\tflags\ttext",
                "1\t0\t1\tword\t\ta",
                "1\t2\t1\tword\t\tb",
                "2\t\t\terror\t\t-:2: missing field 'text'",
            ],
            Cli.Lines(result.Output));
        Assert.Contains("1 line(s) were not documents", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_and_bom_on_stdin()
    {
        var result = Cli.ChildBytes(["tokenize"], [0xEF, 0xBB, 0xBF, .. "na"u8, 0xFF, .. "ve\r\n"u8]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("textclean: warning: 1 invalid UTF-8 sequence(s) in 1 document(s) were replaced by U+FFFD\n", result.Error);
        Assert.Equal(
            [new JsonToken("na", "word", 0, 2, null), new JsonToken("\uFFFD", "symbol", 2, 1, null), new JsonToken("ve", "word", 3, 2, null)],
            Cli.ParseTokens(Assert.Single(Cli.Lines(result.Output))));
    }

    [Fact]
    public void Missing_input_file_exits_1_and_names_the_file()
    {
        using var dir = new TempDir();
        var missing = dir.File("nope.txt");

        var result = Cli.Child(["tokenize", missing]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(missing, result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void Bad_format_value_exits_2_listing_the_formats()
    {
        var result = Cli.Child(["tokenize", "--format", "xml"], stdin: "x\n");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'xml'", result.Error, StringComparison.Ordinal);
        Assert.Contains("'jsonl'", result.Error, StringComparison.Ordinal);
        Assert.Contains("'tsv'", result.Error, StringComparison.Ordinal);
        Assert.Contains("textclean --help", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void Unknown_option_before_the_command_exits_2()
    {
        var result = Cli.Child(["--bogus", "tokenize"], stdin: "x\n");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--bogus", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_option_after_the_command_exits_2()
    {
        var result = Cli.Child(["tokenize", "--bogus"], stdin: "x\n");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--bogus", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_command_exits_2()
    {
        var result = Cli.Child(["frobnicate"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("frobnicate", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void No_command_exits_2()
    {
        var result = Cli.Child([]);

        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void Option_without_its_value_exits_2()
    {
        var result = Cli.Child(["tokenize", "-o"], stdin: "x\n");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("-o", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_exits_0_and_lists_the_commands()
    {
        var result = Cli.Child(["--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("tokenize", result.Output, StringComparison.Ordinal);
        Assert.Contains("bench", result.Output, StringComparison.Ordinal);
    }
}
