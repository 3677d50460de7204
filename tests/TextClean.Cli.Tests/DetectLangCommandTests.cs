namespace TextClean.Cli.Tests;

/// <summary><c>textclean detect-lang</c>: one answer per input line, as TSV or JSON Lines with the top candidates.</summary>
public class DetectLangCommandTests
{
    [Fact]
    public void Each_line_gets_its_language_and_score()
    {
        var result = Cli.Child(["detect-lang"], stdin: "The weather is lovely today, let's go for a walk.\nDas Wetter ist heute herrlich, lass uns spazieren gehen.\n12345\n");

        Assert.Equal(0, result.ExitCode);
        var lines = Cli.Lines(result.Output);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("eng\t", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("deu\t", lines[1], StringComparison.Ordinal);
        Assert.Equal("und\t0", lines[2]);
    }

    [Fact]
    public void Json_lines_carry_the_top_three_candidates_and_bad_lines_are_kept_as_errors()
    {
        var result = Cli.Child(["detect-lang", "--format", "jsonl", "--field", "text"], stdin: "{\"text\":\"Hvordan har du det i dag?\"}\n{\"body\":\"x\"}\n");

        Assert.Equal(0, result.ExitCode);
        var lines = Cli.Lines(result.Output);
        Assert.Matches("^\\{\"lang\":\"(nob|dan|swe)\",\"score\":[0-9.]+,\"candidates\":\\[(\\{\"lang\":\"[a-z]{3}\",\"score\":[0-9.E-]+\\},?){3}\\]\\}$", lines[0]);
        Assert.Equal("{\"error\":\"-:2: missing field 'text'\"}", lines[1]);
    }

    [Fact]
    public void A_minimum_score_outside_zero_to_one_is_a_usage_error()
    {
        var result = Cli.Child(["detect-lang", "--min-score", "2"], stdin: "hello\n");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--min-score must be between 0 and 1", result.Error, StringComparison.Ordinal);
    }
}
