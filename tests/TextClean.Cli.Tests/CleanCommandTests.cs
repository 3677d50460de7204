using TextClean.Config;
using TextClean.Pipeline;

namespace TextClean.Cli.Tests;

/// <summary><c>clean</c>, <c>explain</c> and <c>show-config</c>, run as the built CLI.</summary>
public class CleanCommandTests
{
    [Fact]
    public void Clean_plain_text_keeps_one_line_per_document_with_the_ml_preset_by_default()
    {
        var result = Cli.Child(["clean"], stdin: "<p>Dear John,</p><p>pay $1,200 now!!!</p>\n\nSee https://x.org 👍🏽\n");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["dear <NAME>, pay <MONEY> now! <REPEAT>", string.Empty, "see <URL> :thumbs_up:"], Cli.Lines(result.Output));
    }

    [Fact]
    public void Clean_json_lines_replaces_the_field_and_keeps_the_others()
    {
        var result = Cli.Child(["clean", "--field", "text", "--preset", "minimal"], stdin: "{\"id\":7,\"text\":\"caf\u00C3\u00A9 &amp; more\",\"tags\":[\"a\"]}\n{\"id\":8}\n");

        Assert.Equal(0, result.ExitCode);
        var lines = Cli.Lines(result.Output);
        Assert.Equal("{\"id\":7,\"text\":\"café & more\",\"tags\":[\"a\"]}", lines[0]);
        Assert.Equal("{\"error\":\"-:2: missing field 'text'\"}", lines[1]);
        Assert.Contains("1 line(s) were not documents", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Set_overrides_a_setting()
    {
        var result = Cli.Child(["clean", "--preset", "ml", "--set", "numbers.policy=bucket", "--set", "case.policy=keep"], stdin: "Won 1,500 dollars\n");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["Won <NUM_1e3> dollars"], Cli.Lines(result.Output));
    }

    [Fact]
    public void A_bad_config_file_lists_every_error_with_its_position_and_exits_2()
    {
        using var dir = new TempDir();
        string config = dir.Write("pipeline.yaml", "preset: ml\nnormalizers:\n  - numbers:\n      policy: maks\n  - emojs: {}\n");

        var result = Cli.Child(["clean", "--config", config], stdin: "x\n");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains($"{config}(4,15): error: unknown policy 'maks' for numbers (normalizers[0].numbers.policy); allowed: keep, mask, shape, bucket, remove; did you mean 'mask'?", result.Error, StringComparison.Ordinal);
        Assert.Contains($"{config}(5,5): error: unknown normalizer 'emojs'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_preset_and_bad_set_exit_2_with_the_allowed_values()
    {
        var preset = Cli.InProcess("clean", "--preset", "mll");
        Assert.Equal(2, preset.ExitCode);
        Assert.Contains("unknown preset 'mll'", preset.Error, StringComparison.Ordinal);
        Assert.Contains("did you mean 'ml'?", preset.Error, StringComparison.Ordinal);

        var set = Cli.InProcess("clean", "--set", "numbers.polcy=keep");
        Assert.Equal(2, set.ExitCode);
        Assert.Contains("unknown setting 'polcy' for numbers", set.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_lists_each_normalizer_and_its_changes()
    {
        var result = Cli.InProcess("explain", "Pay $1,200 now!!!");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("numbers (policy: mask, phones: mask, bucket_base: 10): 1 change", result.Output, StringComparison.Ordinal);
        Assert.Contains("\"$1,200\" -> \"<MONEY>\"  (numbers, at 4)", result.Output, StringComparison.Ordinal);
        Assert.Contains("\"!!!\" -> \"! <REPEAT>\"  (punctuation, at 14)", result.Output, StringComparison.Ordinal);
        Assert.Contains("output: \"pay <MONEY> now! <REPEAT>\"", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yaml")]
    [InlineData("json")]
    public void Show_config_output_loads_back_to_the_same_pipeline(string format)
    {
        foreach (var preset in Presets.Names)
        {
            var result = Cli.InProcess("show-config", "--preset", preset, "--format", format);
            Assert.Equal(0, result.ExitCode);
            var loaded = PipelineConfigFile.Parse(result.Output, "shown." + format, format == "json" ? ConfigFormat.Json : ConfigFormat.Yaml);
            Assert.Equal(Presets.Get(preset), loaded);
        }
    }

    [Fact]
    public void Show_config_schema_is_the_committed_schema() =>
        Assert.Equal(File.ReadAllText(Path.Combine(Cli.RepoRoot, "schemas/textclean.schema.json")), Cli.InProcess("show-config", "--schema").Output);
}
