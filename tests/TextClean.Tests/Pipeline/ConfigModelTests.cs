using TextClean.Normalizers.Numbers;
using TextClean.Normalizers.Quotes;
using TextClean.Normalizers.Web;
using TextClean.Normalizers.Words;
using TextClean.Pipeline;

namespace TextClean.Tests.Pipeline;

/// <summary>The config model: validation with paths and suggestions, resolution, presets, the builder, round trips, Explain.</summary>
public class ConfigModelTests
{
    [Fact]
    public void Validation_reports_every_error_with_its_path_allowed_values_and_suggestion()
    {
        var config = new PipelineConfig(
        [
            new NormalizerConfig("html"),
            new NormalizerConfig("numbrs"),
            new NormalizerConfig("numbers", [KeyValuePair.Create("policy", "maks"), KeyValuePair.Create("bucket_base", "1")]),
            new NormalizerConfig("emojis", [KeyValuePair.Create("polcy", "mask")]),
            new NormalizerConfig("html"),
        ]);

        var errors = config.Validate();

        Assert.Equal(5, errors.Count);
        Assert.Equal("error: unknown normalizer 'numbrs' (normalizers[1]); allowed: " + string.Join(", ", NormalizerRegistry.Default.Names) + "; did you mean 'numbers'?", errors[0].ToString());
        Assert.Equal("error: unknown policy 'maks' for numbers (normalizers[2].numbers.policy); allowed: keep, mask, shape, bucket, remove; did you mean 'mask'?", errors[1].ToString());
        Assert.Equal("normalizers[2].numbers.bucket_base", errors[2].Path);
        Assert.Contains("an integer from 2 to 1000", errors[2].ToString(), StringComparison.Ordinal);
        Assert.Equal("normalizers[3].emojis.polcy", errors[3].Path);
        Assert.Equal("policy", errors[3].Suggestion);
        Assert.Contains("listed twice", errors[4].Message, StringComparison.Ordinal);
        Assert.Equal(5, Assert.Throws<ConfigException>(() => TextPipeline.Create(config)).Errors.Count);
    }

    [Fact]
    public void Resolving_puts_normalizers_in_run_order_with_every_setting()
    {
        var resolved = new PipelineConfig([new NormalizerConfig("case"), new NormalizerConfig("numbers", [KeyValuePair.Create("policy", "shape")]), new NormalizerConfig("html")]).Resolve();

        Assert.Equal(["html", "numbers", "case"], resolved.Normalizers.Select(n => n.Name));
        Assert.Equal("numbers(policy: shape, phones: mask, bucket_base: 10)", resolved.Find("numbers")!.ToString());
        Assert.Equal(resolved, resolved.Resolve());
    }

    [Fact]
    public void The_builder_writes_the_same_model_as_presets_and_config_files()
    {
        var built = new TextPipelineBuilder().UsePreset("ml").UseNumbers(NumberPolicy.Bucket).Remove("names").ToConfig();

        Assert.Equal(Presets.Get("ml").With("numbers", "policy", "bucket").Without("names").Resolve(), built);
        Assert.Equal("bucket", built.Find("numbers")!["policy"]);
        Assert.Null(built.Find("names"));
    }

    [Fact]
    public void The_typed_builder_methods_of_the_toolbox_write_the_named_settings()
    {
        var typed = new TextPipelineBuilder()
            .UseQuotes(QuotesPolicy.Ascii, QuotesPolicy.Keep, EllipsisPolicy.Unicode).UseContractions(ContractionPolicy.Expand)
            .UseElongation(ElongationPolicy.Mark, 3).UseAccents().UseStopWords("deu").UseHashtags(HashtagPolicy.Split).ToConfig();
        var named = new TextPipelineBuilder()
            .Use("quotes", ("policy", "ascii"), ("dashes", "keep"), ("ellipsis", "unicode")).Use("contractions", ("policy", "expand"))
            .Use("elongation", ("policy", "mark"), ("max_repeat", "3")).Use("accents", ("policy", "strip"))
            .Use("stop_words", ("policy", "remove"), ("language", "deu")).Use("hashtags", ("policy", "split")).ToConfig();

        Assert.Equal(named, typed);
        Assert.Equal(["quotes", "hashtags", "contractions", "accents", "elongation", "stop_words"], typed.Normalizers.Select(n => n.Name));
    }

    [Fact]
    public void An_unknown_stop_word_language_lists_the_languages_there_are()
    {
        var error = Assert.Throws<ConfigException>(() => new TextPipelineBuilder().Use("stop_words", ("language", "en")).Build()).Errors.Single();

        Assert.Contains("eng", error.Allowed);
        Assert.Contains("deu", error.Allowed);
        Assert.Equal("eng", error.Suggestion);
    }

    [Fact]
    public void A_pipeline_gives_back_the_config_it_was_built_from()
    {
        foreach (var name in Presets.Names)
        {
            var pipeline = TextPipeline.FromPreset(name);
            var again = TextPipeline.Create(pipeline.Config);
            Assert.Equal(pipeline.Config, again.Config);
            Assert.Equal(pipeline.Clean("Dear John, pay $5!!! 👍🏽 state-of-the-art"), again.Clean("Dear John, pay $5!!! 👍🏽 state-of-the-art"));
        }
    }

    [Fact]
    public void Unknown_preset_suggests_the_closest() =>
        Assert.Equal("social", Assert.Throws<ConfigException>(() => Presets.Get("socal")).Errors[0].Suggestion);

    [Fact]
    public void Every_registered_setting_default_is_allowed()
    {
        foreach (var definition in NormalizerRegistry.Default.Definitions)
        {
            Assert.Empty(NormalizerRegistry.Default.Validate(definition.DefaultConfig(), definition.Name));
            Assert.NotNull(definition.Create(definition.DefaultConfig()));
        }
    }

    [Fact]
    public void Explain_shows_each_normalizer_in_run_order_with_its_changes()
    {
        var explanation = TextPipeline.FromPreset("ml").Explain("<b>Pay</b> $1,200 now!!!");

        Assert.Equal(TextPipeline.FromPreset("ml").Config.Normalizers.Select(n => n.Name), explanation.Steps.Select(s => s.Config.Name));
        Assert.Equal("pay <MONEY> now! <REPEAT>", explanation.Output);
        var html = explanation.Steps.Single(s => s.Config.Name == "html");
        Assert.Equal("Pay $1,200 now!!!", html.Output);
        var numbers = explanation.Steps.Single(s => s.Config.Name == "numbers");
        Assert.Equal([new TextClean.Text.TextEdit(4, 6, "<MONEY>", "numbers")], numbers.Changes);
        Assert.Contains("\"$1,200\" -> \"<MONEY>\"  (numbers, at 4)", explanation.ToString(), StringComparison.Ordinal);
        Assert.Contains("emojis (policy: describe, names: shortcode, skin_tones: strip, emoticons: to_emoji): no change", explanation.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Custom_normalizers_register_and_configure_like_built_in_ones()
    {
        var shout = new NormalizerDefinition("shout", "Upper-cases words.", 1950, [SettingDefinition.Choice("policy", "on or off", "on", "on", "off")], c => new Shout(c));
        var registry = NormalizerRegistry.Default.With(shout);

        var pipeline = new TextPipelineBuilder(registry).Use("shout").Build();

        Assert.Equal("HELLO, WORLD", pipeline.Clean("hello, world"));
        Assert.Equal("unknown policy 'loud' for shout", Assert.Throws<ConfigException>(() => new TextPipelineBuilder(registry).Use("shout", ("policy", "loud")).Build()).Errors[0].Message);
    }

    private sealed class Shout(NormalizerConfig config) : Normalizer(config)
    {
        public override bool Transforms(TextClean.Tokenization.TokenKind kind) => kind == TextClean.Tokenization.TokenKind.Word;

        public override bool Transform(ReadOnlySpan<char> token, TokenBuffer output)
        {
            output.Advance(token.ToUpperInvariant(output.GetSpan(token.Length)));
            return true;
        }
    }
}
