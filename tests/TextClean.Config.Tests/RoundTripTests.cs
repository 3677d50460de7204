using TextClean.Pipeline;

namespace TextClean.Config.Tests;

public class RoundTripTests
{
    public static TheoryData<string, ConfigFormat> PresetsAndFormats()
    {
        var data = new TheoryData<string, ConfigFormat>();
        foreach (string preset in Presets.Names)
        {
            data.Add(preset, ConfigFormat.Yaml);
            data.Add(preset, ConfigFormat.Json);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PresetsAndFormats))]
    public void Every_preset_round_trips(string preset, ConfigFormat format)
    {
        var original = Presets.Get(preset);
        string text = PipelineConfigFile.Write(original, format);
        var loaded = PipelineConfigFile.Parse(text, "out", format);
        Assert.Equal(original, loaded);
        Assert.DoesNotContain("preset", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Presets_are_not_all_equal_so_round_trip_compares_something() =>
        Assert.Equal(Presets.Names.Count, Presets.Names.Select(p => Presets.Get(p)).Distinct().Count());

    [Theory]
    [InlineData(ConfigFormat.Yaml)]
    [InlineData(ConfigFormat.Json)]
    public void Changed_settings_round_trip(ConfigFormat format)
    {
        var original = Presets.Get("ml").With("numbers", "policy", "bucket").With("numbers", "bucket_base", "16").Without("names").Resolve();
        var loaded = PipelineConfigFile.Parse(PipelineConfigFile.Write(original, format), "out", format);
        Assert.Equal(original, loaded);
        Assert.Equal("16", loaded.Find("numbers")!["bucket_base"]);
        Assert.Null(loaded.Find("names"));
    }

    [Theory]
    [InlineData(ConfigFormat.Yaml)]
    [InlineData(ConfigFormat.Json)]
    public void Empty_pipeline_round_trips(ConfigFormat format)
    {
        string text = PipelineConfigFile.Write(PipelineConfig.Empty, format);
        Assert.Equal(PipelineConfig.Empty, PipelineConfigFile.Parse(text, "out", format));
    }

    [Fact]
    public void Written_config_is_resolved_in_run_order()
    {
        var unordered = new PipelineConfig([new NormalizerConfig("case"), new NormalizerConfig("html")]);
        string yaml = PipelineConfigFile.Write(unordered, ConfigFormat.Yaml);
        Assert.True(yaml.IndexOf("- html:", StringComparison.Ordinal) < yaml.IndexOf("- case:", StringComparison.Ordinal));
        Assert.Contains("tags: strip", yaml, StringComparison.Ordinal);
        Assert.Equal(unordered.Resolve(), PipelineConfigFile.Parse(yaml, "out", ConfigFormat.Yaml));
    }

    [Fact]
    public void Yaml_has_a_comment_per_normalizer_and_the_allowed_values_per_setting()
    {
        string yaml = PipelineConfigFile.Write(Presets.Get("ml"), ConfigFormat.Yaml);
        var lines = yaml.Split('\n');
        foreach (var normalizer in Presets.Get("ml").Normalizers)
        {
            Assert.True(NormalizerRegistry.Default.TryGet(normalizer.Name, out var definition));
            int at = Array.FindIndex(lines, l => l == $"  - {normalizer.Name}:");
            Assert.True(at > 0, normalizer.Name);
            Assert.Equal("  # " + definition.Summary, lines[at - 1]);
            foreach (var (key, value) in normalizer.Settings)
            {
                string line = Assert.Single(lines.Skip(at + 1).TakeWhile(l => l.StartsWith("      ", StringComparison.Ordinal)), l => l.TrimStart().StartsWith(key + ":", StringComparison.Ordinal));
                Assert.EndsWith("  # " + definition.FindSetting(key)!.DescribeAllowed(), line, StringComparison.Ordinal);
                Assert.StartsWith($"      {key}: {value} ", line, StringComparison.Ordinal);
            }
        }

        Assert.Contains("bucket_base: 10", yaml, StringComparison.Ordinal);
        Assert.Contains("# an integer from 2 to 1000", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_writes_integers_as_numbers_and_choices_as_strings()
    {
        string json = PipelineConfigFile.Write(Presets.Get("ml"), ConfigFormat.Json);
        Assert.Contains("\"bucket_base\": 10", json, StringComparison.Ordinal);
        Assert.Contains("\"policy\": \"mask\"", json, StringComparison.Ordinal);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal(Presets.Get("ml").Normalizers.Count, document.RootElement.GetProperty("normalizers").GetArrayLength());
    }

    [Theory]
    [InlineData(ConfigFormat.Yaml)]
    [InlineData(ConfigFormat.Json)]
    public void Booleans_and_values_that_need_quoting_round_trip(ConfigFormat format)
    {
        var registry = NormalizerRegistry.Default.With(new NormalizerDefinition(
            "odd",
            "A test normalizer with awkward values.",
            5000,
            [
                SettingDefinition.Boolean("flag", "A flag.", true),
                SettingDefinition.Choice("style", "A style.", "null", "null", "a: b", "it's", "#x", "-1", "~", " "),
                SettingDefinition.WholeNumber("count", "A count.", -3, -10, 10),
            ],
            _ => throw new NotSupportedException()));
        foreach (string style in new[] { "null", "a: b", "it's", "#x", "-1", "~", " " })
        {
            var original = new PipelineConfig([new NormalizerConfig("odd", [KeyValuePair.Create("flag", "false"), KeyValuePair.Create("style", style)])]).Resolve(registry);
            string text = PipelineConfigFile.Write(original, format, registry);
            Assert.Equal(original, PipelineConfigFile.Parse(text, "out", format, registry));
        }

        string json = PipelineConfigFile.Write(new PipelineConfig([new NormalizerConfig("odd")]), ConfigFormat.Json, registry);
        Assert.Contains("\"flag\": true", json, StringComparison.Ordinal);
        Assert.Contains("\"count\": -3", json, StringComparison.Ordinal);
    }
}
