using TextClean.Pipeline;

namespace TextClean.Config.Tests;

public class ParseTests
{
    private static PipelineConfig Yaml(string text) => PipelineConfigFile.Parse(text, "pipeline.yaml", ConfigFormat.Yaml);

    private static PipelineConfig Json(string text) => PipelineConfigFile.Parse(text, "pipeline.json", ConfigFormat.Json);

    [Fact]
    public void Preset_with_overrides_changes_only_what_is_listed()
    {
        var config = Yaml("""
            preset: ml
            normalizers:
              - numbers:
                  policy: bucket
                  bucket_base: 16
              - emojis: { policy: mask }
            """);
        var expected = Presets.Get("ml")
            .With("numbers", "policy", "bucket").With("numbers", "bucket_base", "16").With("emojis", "policy", "mask").Resolve();
        Assert.Equal(expected, config);
        Assert.Equal("mask", config.Find("numbers")!["phones"]);
        Assert.Equal("shortcode", config.Find("emojis")!["names"]);
    }

    [Fact]
    public void The_documented_example_loads()
    {
        var config = Yaml("""
            # optional: start from a preset, then the entries below override its settings or add normalizers
            preset: ml
            normalizers:
              - numbers:
                  policy: bucket
                  bucket_base: 10
              - emojis: { policy: mask }
              - names: off          # removes a normalizer the preset has (also accept `false`)
              - html                # a bare name: add with defaults (also `- html: {}`)
            """);
        var expected = Presets.Get("ml").With("numbers", "policy", "bucket").With("emojis", "policy", "mask").Without("names").Resolve();
        Assert.Equal(expected, config);
    }

    [Fact]
    public void The_toolbox_normalizers_load_from_yaml_and_clean_as_configured()
    {
        var config = Yaml("""
            preset: ml
            normalizers:
              - contractions: { policy: expand }
              - accents: { policy: strip }
              - elongation: { policy: collapse, max_repeat: 2 }
              - stop_words: { policy: remove, language: eng }
              - hashtags: { policy: split }
              - quotes: { ellipsis: unicode }
            """);
        Assert.Equal("2", config.Find("elongation")!["max_repeat"]);
        Assert.Equal("unicode", config.Find("quotes")!["ellipsis"]);
        Assert.Equal("cafe good… machine learning", TextPipeline.Create(config).Clean("The café isn’t goooood... #MachineLearning"));
    }

    [Fact]
    public void Preset_alone_is_the_preset()
    {
        foreach (string preset in Presets.Names)
        {
            Assert.Equal(Presets.Get(preset), Yaml($"preset: {preset}\n"));
            Assert.Equal(Presets.Get(preset), Json($"{{\"preset\": \"{preset}\"}}"));
        }
    }

    [Fact]
    public void Without_preset_the_pipeline_is_exactly_the_listed_normalizers_in_run_order()
    {
        var config = Yaml("""
            normalizers:
              - case
              - html
            """);
        Assert.Equal(["html", "case"], config.Normalizers.Select(n => n.Name));
        Assert.Equal(new PipelineConfig([new NormalizerConfig("html"), new NormalizerConfig("case")]).Resolve(), config);
    }

    [Theory]
    [InlineData("off")]
    [InlineData("false")]
    [InlineData("'off'")]
    public void Off_removes_a_normalizer_of_the_preset(string off)
    {
        var config = Yaml($"preset: ml\nnormalizers:\n  - names: {off}\n  - hashtags: {off}\n");
        Assert.Equal(Presets.Get("ml").Without("names").Without("hashtags"), config);
        Assert.NotNull(Presets.Get("ml").Find("names"));
    }

    [Theory]
    [InlineData("false")]
    [InlineData("\"off\"")]
    public void Off_removes_in_json_too(string off)
    {
        var config = Json($$"""{ "preset": "ml", "normalizers": [ { "names": {{off}} } ] }""");
        Assert.Equal(Presets.Get("ml").Without("names"), config);
    }

    [Fact]
    public void Off_for_a_normalizer_that_is_not_there_changes_nothing() =>
        Assert.Equal(Presets.Get("minimal"), Yaml("preset: minimal\nnormalizers:\n  - case: off\n"));

    [Theory]
    [InlineData("- html")]
    [InlineData("- html: {}")]
    [InlineData("- html:")]
    [InlineData("- html: ~")]
    [InlineData("- html: null")]
    [InlineData("- 'html'")]
    public void Bare_names_add_a_normalizer_with_defaults(string entry)
    {
        var expected = new PipelineConfig([NormalizerRegistry.Default.Definitions.First(d => d.Name == "html").DefaultConfig()]);
        Assert.Equal(expected, Yaml($"normalizers:\n{entry}\n"));
    }

    [Theory]
    [InlineData("\"html\"")]
    [InlineData("{ \"html\": {} }")]
    [InlineData("{ \"html\": null }")]
    public void Bare_names_in_json(string entry)
    {
        var expected = new PipelineConfig([new NormalizerConfig("html")]).Resolve();
        Assert.Equal(expected, Json($$"""{ "normalizers": [ {{entry}} ] }"""));
    }

    [Fact]
    public void A_bare_name_on_top_of_a_preset_keeps_the_preset_settings() =>
        Assert.Equal(Presets.Get("search"), Yaml("preset: search\nnormalizers:\n  - emojis\n"));

    [Theory]
    [InlineData("bucket_base: 16")]
    [InlineData("bucket_base: '16'")]
    [InlineData("bucket_base: \"16\"")]
    public void Yaml_numbers_are_read_as_their_text(string line)
    {
        var config = Yaml($"normalizers:\n  - numbers:\n      {line}\n");
        Assert.Equal("16", config.Find("numbers")!["bucket_base"]);
    }

    [Fact]
    public void Json_numbers_and_strings_give_the_same_setting()
    {
        var number = Json("""{ "normalizers": [ { "numbers": { "bucket_base": 16 } } ] }""");
        var text = Json("""{ "normalizers": [ { "numbers": { "bucket_base": "16" } } ] }""");
        Assert.Equal(number, text);
        Assert.Equal("16", number.Find("numbers")!["bucket_base"]);
    }

    [Fact]
    public void Json_allows_comments_and_trailing_commas() =>
        Assert.Equal(Presets.Get("ml").Without("names"), Json("""
            {
              // the usual
              "preset": "ml",
              "normalizers": [ { "names": false }, ],
            }
            """));

    [Theory]
    [InlineData("", ConfigFormat.Yaml)]
    [InlineData("# nothing\n", ConfigFormat.Yaml)]
    [InlineData("normalizers:\n", ConfigFormat.Yaml)]
    [InlineData("normalizers: []\n", ConfigFormat.Yaml)]
    [InlineData("  \n", ConfigFormat.Json)]
    [InlineData("{}", ConfigFormat.Json)]
    [InlineData("{ \"normalizers\": [] }", ConfigFormat.Json)]
    public void Empty_files_are_empty_pipelines(string text, ConfigFormat format) =>
        Assert.Equal(PipelineConfig.Empty, PipelineConfigFile.Parse(text, "f", format));

    [Fact]
    public void Schema_key_is_accepted_for_editors()
    {
        Assert.Equal(Presets.Get("ml"), Json("""{ "$schema": "schemas/textclean.schema.json", "preset": "ml" }"""));
        Assert.Equal(Presets.Get("ml"), Yaml("$schema: schemas/textclean.schema.json\npreset: ml\n"));
    }

    [Fact]
    public void Byte_order_mark_is_skipped() => Assert.Equal(Presets.Get("ml"), Yaml("\uFEFFpreset: ml\n"));

    [Fact]
    public void Yaml_anchors_and_aliases_work() =>
        Assert.Equal(
            Yaml("normalizers:\n  - urls: { policy: keep }\n  - emails: { policy: keep }\n"),
            Yaml("normalizers:\n  - urls: &keep { policy: keep }\n  - emails: *keep\n"));

    [Fact]
    public void A_custom_registry_normalizer_can_be_configured()
    {
        var registry = NormalizerRegistry.Default.With(new NormalizerDefinition(
            "shout", "Test.", 9000, [SettingDefinition.Boolean("loud", "Loud.", false)], _ => throw new NotSupportedException()));
        var config = PipelineConfigFile.Parse("normalizers:\n  - shout: { loud: true }\n  - html\n", "f.yaml", ConfigFormat.Yaml, registry);
        Assert.Equal(["html", "shout"], config.Normalizers.Select(n => n.Name));
        Assert.Equal("true", config.Find("shout")!["loud"]);
        Assert.Throws<ConfigException>(() => PipelineConfigFile.Parse("normalizers:\n  - shout\n", "f.yaml", ConfigFormat.Yaml));
    }

    [Fact]
    public void Sample_configs_load_and_agree()
    {
        string dir = Path.Combine(Support.RepoRoot, "samples", "configs");
        var yaml = PipelineConfigFile.Load(Path.Combine(dir, "ml-bucket.yaml"));
        var json = PipelineConfigFile.Load(Path.Combine(dir, "ml-bucket.json"));
        Assert.Equal(yaml, json);
        Assert.Equal("bucket", yaml.Find("numbers")!["policy"]);
        Assert.Equal("10", yaml.Find("numbers")!["bucket_base"]);
        Assert.Equal("mask", yaml.Find("emojis")!["policy"]);
        Assert.Null(yaml.Find("names"));
        Assert.NotNull(TextPipeline.Create(yaml));
    }

    [Fact]
    public void Load_picks_the_format_by_extension_and_names_the_file_in_errors()
    {
        string dir = Directory.CreateTempSubdirectory("textclean-config").FullName;
        try
        {
            string yml = Path.Combine(dir, "p.YML");
            File.WriteAllText(yml, "preset: ml\n");
            Assert.Equal(Presets.Get("ml"), PipelineConfigFile.Load(yml));

            string json = Path.Combine(dir, "p.json");
            File.WriteAllText(json, "{\n  \"preset\": \"mk\"\n}\n");
            var e = Assert.Throws<ConfigException>(() => PipelineConfigFile.Load(json));
            Assert.Equal(new SourceLocation(json, 2, 13), Assert.Single(e.Errors).Location);
            Assert.StartsWith($"{json}(2,13): error: unknown preset 'mk'", e.Message, StringComparison.Ordinal);

            string text = Path.Combine(dir, "p.txt");
            File.WriteAllText(text, "preset: ml\n");
            var unknown = Assert.Throws<ConfigException>(() => PipelineConfigFile.Load(text));
            Assert.Equal([".yaml", ".yml", ".json"], Assert.Single(unknown.Errors).Allowed);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Load_of_a_missing_file_names_it()
    {
        string path = Path.Combine(Path.GetTempPath(), "no-such-textclean-config.yaml");
        var e = Assert.Throws<FileNotFoundException>(() => PipelineConfigFile.Load(path));
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Equal(path, e.FileName);
    }

    [Theory]
    [InlineData("a.yaml", ConfigFormat.Yaml)]
    [InlineData("dir.json/a.yml", ConfigFormat.Yaml)]
    [InlineData("a.Json", ConfigFormat.Json)]
    public void Format_of_extension(string path, ConfigFormat format) => Assert.Equal(format, PipelineConfigFile.FormatOf(path));
}
