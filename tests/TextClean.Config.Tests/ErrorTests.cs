using TextClean.Pipeline;
using static TextClean.Config.Tests.Support;

namespace TextClean.Config.Tests;

public class ErrorTests
{
    private static readonly string[] NumberPolicies = ["keep", "mask", "shape", "bucket", "remove"];

    [Fact]
    public void Bad_value_prints_like_a_compiler_error()
    {
        const string Text = """
            # pipeline
            preset: ml
            normalizers:
            - html
            - unicode
            - numbers:
               policy: maks
            """;
        var error = Single(Text, ConfigFormat.Yaml);
        Assert.Equal(
            "pipeline.yaml(7,12): error: unknown policy 'maks' for numbers (normalizers[2].numbers.policy); allowed: keep, mask, shape, bucket, remove; did you mean 'mask'?",
            error.ToString());
        Assert.Equal("normalizers[2].numbers.policy", error.Path);
        Assert.Equal(NumberPolicies, error.Allowed);
        Assert.Equal("mask", error.Suggestion);
    }

    [Fact]
    public void Toolbox_settings_out_of_range_or_unknown_are_located()
    {
        const string Text = """
            normalizers:
              - elongation: { max_repeat: 7 }
              - stop_words: { language: en }
            """;
        var errors = Assert.Throws<ConfigException>(() => PipelineConfigFile.Parse(Text, "pipeline.yaml", ConfigFormat.Yaml)).Errors;
        Assert.Equal(2, errors.Count);
        Assert.StartsWith("pipeline.yaml(2,31): error:", errors[0].ToString(), StringComparison.Ordinal);
        Assert.Contains("max_repeat", errors[0].ToString(), StringComparison.Ordinal);
        Assert.StartsWith("pipeline.yaml(3,29): error: unknown language 'en' for stop_words", errors[1].ToString(), StringComparison.Ordinal);
        Assert.Equal("eng", errors[1].Suggestion);
    }

    [Fact]
    public void Every_error_is_reported_at_once_in_file_order()
    {
        const string Text = """
            preset: mll
            normalisers: []
            normalizers:
              - numbrs
              - numbers:
                  policy: maks
                  bucket_base: 1
                  polcy: keep
              - emojis: [mask]
              - html
              - html: {}
              - case:
                  policy: [lower]
            """;
        var errors = Errors(Text, ConfigFormat.Yaml);
        Assert.Equal(9, errors.Count);

        At(errors[0], "pipeline.yaml", 1, 9);
        Assert.Equal("preset", errors[0].Path);
        Assert.Equal("unknown preset 'mll'", errors[0].Message);
        Assert.Equal(Presets.Names, errors[0].Allowed);
        Assert.Equal("ml", errors[0].Suggestion);

        At(errors[1], "pipeline.yaml", 2, 1);
        Assert.Equal("normalisers", errors[1].Path);
        Assert.Equal("unknown key 'normalisers'", errors[1].Message);
        Assert.Equal(["preset", "normalizers"], errors[1].Allowed);
        Assert.Equal("normalizers", errors[1].Suggestion);

        At(errors[2], "pipeline.yaml", 4, 5);
        Assert.Equal("normalizers[0]", errors[2].Path);
        Assert.Equal("unknown normalizer 'numbrs'", errors[2].Message);
        Assert.Equal(NormalizerRegistry.Default.Names, errors[2].Allowed);
        Assert.Equal("numbers", errors[2].Suggestion);

        At(errors[3], "pipeline.yaml", 6, 15);
        Assert.Equal("normalizers[1].numbers.policy", errors[3].Path);
        Assert.Equal("mask", errors[3].Suggestion);

        At(errors[4], "pipeline.yaml", 7, 20);
        Assert.Equal("normalizers[1].numbers.bucket_base", errors[4].Path);
        Assert.Equal("bucket_base of numbers must be an integer from 2 to 1000: 1 is out of range", errors[4].Message);
        Assert.Equal(["an integer from 2 to 1000"], errors[4].Allowed);
        Assert.Null(errors[4].Suggestion);

        At(errors[5], "pipeline.yaml", 8, 7);
        Assert.Equal("normalizers[1].numbers.polcy", errors[5].Path);
        Assert.Equal("unknown setting 'polcy' for numbers", errors[5].Message);
        Assert.Equal(["policy", "phones", "bucket_base"], errors[5].Allowed);
        Assert.Equal("policy", errors[5].Suggestion);

        At(errors[6], "pipeline.yaml", 9, 13);
        Assert.Equal("normalizers[2]", errors[6].Path);
        Assert.Equal("the settings of emojis must be a map (setting: value); found a list", errors[6].Message);

        At(errors[7], "pipeline.yaml", 11, 5);
        Assert.Equal("normalizers[4]", errors[7].Path);
        Assert.Equal("normalizer 'html' is listed twice (first at normalizers[3]); merge the two entries", errors[7].Message);

        At(errors[8], "pipeline.yaml", 13, 15);
        Assert.Equal("normalizers[5].case.policy", errors[8].Path);
        Assert.Equal("policy of case must be a single value; found a list", errors[8].Message);
        Assert.Equal(["keep", "lower", "casefold", "smart"], errors[8].Allowed);

        var e = Assert.Throws<ConfigException>(() => PipelineConfigFile.Parse(Text, "pipeline.yaml", ConfigFormat.Yaml));
        Assert.Equal(9, e.Message.Split(Environment.NewLine).Length);
    }

    [Fact]
    public void Json_errors_have_the_same_paths_and_their_own_positions()
    {
        const string Text = """
            {
              "preset": "ml",
              "normalizers": [
                { "numbers": { "policy": "maks", "bucket_base": 10 } },
                "htlm",
                { "emojis": { "policy": "mask" }, "names": {} }
              ],
              "extra": 1
            }
            """;
        var errors = Errors(Text, ConfigFormat.Json, "p.json");
        Assert.Equal(4, errors.Count);
        At(errors[0], "p.json", 4, 30);
        Assert.Equal("normalizers[0].numbers.policy", errors[0].Path);
        Assert.Equal("mask", errors[0].Suggestion);
        At(errors[1], "p.json", 5, 5);
        Assert.Equal("normalizers[1]", errors[1].Path);
        Assert.Equal("html", errors[1].Suggestion);
        At(errors[2], "p.json", 6, 39);
        Assert.Equal("normalizers[2]", errors[2].Path);
        Assert.Equal("an entry names one normalizer; found 2 keys (emojis, names); start each normalizer with its own '- '", errors[2].Message);
        At(errors[3], "p.json", 8, 3);
        Assert.Equal("extra", errors[3].Path);
        Assert.Equal("unknown key 'extra'", errors[3].Message);
    }

    [Theory]
    [InlineData(ConfigFormat.Yaml, "preset: ml\nnormalizers:\n  - numbers:\n      policy: maks\n  - htlm\n", 4, 5)]
    [InlineData(ConfigFormat.Json, "{\n \"preset\": \"ml\",\n \"normalizers\": [\n  { \"numbers\": {\n      \"policy\": \"maks\" } },\n  \"htlm\" ]\n}\n", 5, 6)]
    public void Windows_line_ends_give_the_same_positions(ConfigFormat format, string text, int policyLine, int htlmLine)
    {
        var lf = Errors(text, format).Select(e => e.Location).ToArray();
        var crlf = Errors(text.Replace("\n", "\r\n", StringComparison.Ordinal), format).Select(e => e.Location).ToArray();
        Assert.Equal(2, lf.Length);
        Assert.Equal(lf, crlf);
        Assert.Equal(policyLine, lf[0]!.Value.Line);
        Assert.Equal(htlmLine, lf[1]!.Value.Line);
    }

    [Fact]
    public void Json_columns_count_characters_not_bytes()
    {
        var errors = Errors("""{"preset": "é", "normalizers": ["ünknown"]}""", ConfigFormat.Json, "p.json");
        Assert.Equal(2, errors.Count);
        At(errors[0], "p.json", 1, 12);
        At(errors[1], "p.json", 1, 33);
    }

    [Fact]
    public void Json_syntax_error_has_line_and_column()
    {
        const string Text = """
            {
              "preset": "ml",
              "normalizers": [ "html" "case" ]
            }
            """;
        var error = Single(Text, ConfigFormat.Json, "p.json");
        At(error, "p.json", 3, 27);
        Assert.Equal(string.Empty, error.Path);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_unterminated_object_is_a_syntax_error()
    {
        var error = Single("{\n  \"preset\": \"ml\",\n", ConfigFormat.Json, "p.json");
        Assert.NotNull(error.Location);
        Assert.Equal(3, error.Location!.Value.Line);
    }

    [Fact]
    public void Yaml_syntax_error_has_line_and_column()
    {
        const string Text = """
            preset: ml
            normalizers:
              - numbers: {policy: mask
              - html
            """;
        var error = Single(Text, ConfigFormat.Yaml);
        Assert.NotNull(error.Location);
        Assert.Equal("pipeline.yaml", error.Location!.Value.File);
        Assert.Equal(4, error.Location.Value.Line);
        Assert.DoesNotContain("Idx:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Yaml_bad_indentation_is_a_syntax_error_at_its_line()
    {
        var error = Single("preset: ml\n normalizers: []\n", ConfigFormat.Yaml);
        Assert.Equal(2, error.Location!.Value.Line);
    }

    [Fact]
    public void Yaml_tab_indentation_points_at_the_tab()
    {
        var error = Single("preset: ml\nnormalizers:\n\t- html\n", ConfigFormat.Yaml);
        At(error, "pipeline.yaml", 3, 1);
        Assert.Contains("tab", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Yaml_unclosed_quote_points_at_the_quote()
    {
        var error = Single("normalizers:\n  - numbers: {policy: 'mask}\n", ConfigFormat.Yaml);
        At(error, "pipeline.yaml", 2, 23);
    }

    [Fact]
    public void Settings_not_indented_under_their_normalizer_get_a_hint()
    {
        const string Text = """
            normalizers:
              - numbers:
                policy: bucket
            """;
        var error = Single(Text, ConfigFormat.Yaml);
        At(error, "pipeline.yaml", 3, 5);
        Assert.Equal("normalizers[0]", error.Path);
        Assert.Equal("an entry names one normalizer; found 2 keys (numbers, policy); indent the settings of numbers under it", error.Message);
    }

    [Theory]
    [InlineData("normalizers: html\n", 1, 14, "normalizers", "normalizers must be a list (each item starting with '- '); found the value 'html'")]
    [InlineData("normalizers:\n  html: {}\n", 2, 3, "normalizers", "normalizers must be a list (each item starting with '- '); found a map")]
    [InlineData("- html\n", 1, 1, "", "a pipeline config is a map with the keys preset and normalizers; found a list")]
    [InlineData("preset: [ml]\n", 1, 9, "preset", "preset must be a preset name; found a list")]
    [InlineData("normalizers:\n  - numbers: {policy: {a: b}}\n", 2, 23, "normalizers[0].numbers.policy", "policy of numbers must be a single value; found a map")]
    [InlineData("normalizers:\n  - numbers: {policy: mask, policy: keep}\n", 2, 29, "normalizers[0].numbers.policy", "setting 'policy' of numbers is given twice")]
    [InlineData("normalizers:\n  - numbers:\n      policy:\n", 3, 7, "normalizers[0].numbers.policy", "policy of numbers has no value")]
    [InlineData("preset: ml\npreset: social\n", 2, 1, "preset", "key 'preset' is given twice")]
    [InlineData("normalizers:\n  -\n  - html\n", 2, 4, "normalizers[0]", "empty entry; write a normalizer name, or a normalizer name with its settings")]
    [InlineData("normalizers:\n  - {}\n", 2, 5, "normalizers[0]", "an entry is a normalizer name, or a map of one normalizer name to its settings; found an empty map")]
    [InlineData("normalizers:\n  - [html]\n", 2, 5, "normalizers[0]", "an entry is a normalizer name, or a map of one normalizer name to its settings; found a list")]
    [InlineData("normalizers:\n  - names: maybe\n", 2, 12, "normalizers[0]", "'maybe' is not settings for names; give its settings as a map, nothing for its defaults, or off to remove it")]
    [InlineData("normalizers:\n  - nmaes: off\n", 2, 5, "normalizers[0]", "unknown normalizer 'nmaes'")]
    [InlineData("preset: ml\n---\npreset: ml\n", 2, 1, "", "a config file holds one YAML document; found a second one")]
    public void Shape_errors_are_located(string text, int line, int column, string path, string message)
    {
        var error = Single(text, ConfigFormat.Yaml);
        Assert.Equal(message, error.Message);
        Assert.Equal(path, error.Path);
        At(error, "pipeline.yaml", line, column);
    }

    [Theory]
    [InlineData("[]", 1, 1, "", "a pipeline config is a map with the keys preset and normalizers; found a list")]
    [InlineData("{ \"normalizers\": { \"html\": {} } }", 1, 18, "normalizers", "normalizers must be a list (each item starting with '- '); found a map")]
    [InlineData("{ \"normalizers\": [ { \"numbers\": { \"policy\": [\"mask\"] } } ] }", 1, 45, "normalizers[0].numbers.policy", "policy of numbers must be a single value; found a list")]
    [InlineData("{ \"normalizers\": [ null ] }", 1, 20, "normalizers[0]", "empty entry; write a normalizer name, or a normalizer name with its settings")]
    [InlineData("{ \"normalizers\": [ { \"names\": true } ] }", 1, 31, "normalizers[0]", "'true' is not settings for names; give its settings as a map, nothing for its defaults, or off to remove it")]
    [InlineData("{ \"preset\": 1,\n  \"preset\": \"ml\" }", 2, 3, "preset", "key 'preset' is given twice")]
    public void Json_shape_errors_are_located(string text, int line, int column, string path, string message)
    {
        var errors = Errors(text, ConfigFormat.Json, "p.json");
        var error = errors[^1];
        Assert.Equal(message, error.Message);
        Assert.Equal(path, error.Path);
        At(error, "p.json", line, column);
    }

    [Fact]
    public void Duplicate_is_reported_against_the_second_entry_even_when_both_are_off()
    {
        var error = Single("preset: ml\nnormalizers:\n  - names: off\n  - names: {policy: keep}\n", ConfigFormat.Yaml);
        Assert.Equal("normalizers[1]", error.Path);
        At(error, "pipeline.yaml", 4, 5);
    }

    [Fact]
    public void Every_located_error_of_the_message_starts_with_the_file()
    {
        var e = Assert.Throws<ConfigException>(() => PipelineConfigFile.Parse("preset: x\nnormalizers:\n  - y\n", "dir/p.yaml", ConfigFormat.Yaml));
        Assert.All(e.Message.Split(Environment.NewLine), line => Assert.StartsWith("dir/p.yaml(", line, StringComparison.Ordinal));
        Assert.Equal(2, e.Errors.Count);
    }
}
