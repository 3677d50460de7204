using TextClean.Normalizers.LetterCase;
using TextClean.Normalizers.Emoji;
using TextClean.Normalizers.Hyphens;
using TextClean.Normalizers.Names;
using TextClean.Normalizers.Numbers;
using System.Globalization;
using TextClean.Normalizers.Punctuation;
using TextClean.Normalizers.Quotes;
using TextClean.Normalizers.Web;
using TextClean.Normalizers.Whitespace;
using TextClean.Normalizers.Words;

namespace TextClean.Pipeline;

/// <summary>
/// Builds a <see cref="TextPipeline"/> in code: start empty or from a preset, add or change normalizers, then
/// <see cref="Build"/> a frozen, thread-safe pipeline. The builder writes the same <see cref="PipelineConfig"/> a config file
/// gives (see <see cref="ToConfig"/>), so code and files configure pipelines the same way.
/// </summary>
/// <example>
/// <code>
/// var pipeline = new TextPipelineBuilder()
///     .UsePreset("ml")
///     .UseNumbers(NumberPolicy.Bucket)
///     .UseEmojis(EmojiPolicy.Mask)
///     .Remove("names")
///     .Build();
/// string clean = pipeline.Clean("I paid $1,200 👍🏽 &amp; more!!!");
/// </code>
/// </example>
public sealed class TextPipelineBuilder
{
    private readonly NormalizerRegistry _registry;
    private PipelineConfig _config = PipelineConfig.Empty;

    /// <summary>Creates an empty builder over <paramref name="registry"/> (default: the built-in normalizers).</summary>
    public TextPipelineBuilder(NormalizerRegistry? registry = null)
    {
        _registry = registry ?? NormalizerRegistry.Default;
    }

    /// <summary>Replaces everything with preset <paramref name="name"/> (<see cref="Presets.Names"/>).</summary>
    /// <exception cref="ConfigException">No preset has that name.</exception>
    public TextPipelineBuilder UsePreset(string name)
    {
        _config = Presets.Get(name);
        return this;
    }

    /// <summary>Replaces everything with <paramref name="config"/>.</summary>
    public TextPipelineBuilder UseConfig(PipelineConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        _config = config;
        return this;
    }

    /// <summary>Adds normalizer <paramref name="name"/>, or changes its settings when it is already there.</summary>
    public TextPipelineBuilder Use(string name, params (string Setting, string Value)[] settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _config = _config.With(new NormalizerConfig(name, settings.Select(s => KeyValuePair.Create(s.Setting, s.Value))));
        return this;
    }

    /// <summary>Removes normalizer <paramref name="name"/>.</summary>
    public TextPipelineBuilder Remove(string name)
    {
        _config = _config.Without(name);
        return this;
    }

    /// <summary>Adds <c>html</c>: strip tags, drop script and style, decode entities.</summary>
    public TextPipelineBuilder UseHtml() => Use("html");

    /// <summary>Adds <c>unicode</c>: mojibake repair, NFC or NFKC, control and invisible characters removed.</summary>
    public TextPipelineBuilder UseUnicode(bool nfkc = false, bool repairMojibake = true) =>
        Use("unicode", ("form", nfkc ? "nfkc" : "nfc"), ("mojibake", repairMojibake ? "repair" : "keep"));

    /// <summary>Adds <c>whitespace</c> with the given paragraph handling.</summary>
    public TextPipelineBuilder UseWhitespace(ParagraphMode paragraphs = ParagraphMode.Keep) => Use("whitespace", ("paragraphs", ConfigNames.Of(paragraphs)));

    /// <summary>Adds <c>hyphens</c>.</summary>
    public TextPipelineBuilder UseHyphens(HyphenPolicy policy = HyphenPolicy.Keep, bool repairLineBreaks = true) =>
        Use("hyphens", ("policy", ConfigNames.Of(policy)), ("line_breaks", repairLineBreaks ? "repair" : "keep"));

    /// <summary>Adds <c>names</c>.</summary>
    public TextPipelineBuilder UseNames(NamePolicy policy = NamePolicy.Mask) => Use("names", ("policy", ConfigNames.Of(policy)));

    /// <summary>Adds <c>numbers</c>.</summary>
    public TextPipelineBuilder UseNumbers(NumberPolicy policy = NumberPolicy.Mask, PhonePolicy phones = PhonePolicy.Mask) =>
        Use("numbers", ("policy", ConfigNames.Of(policy)), ("phones", ConfigNames.Of(phones)));

    /// <summary>Adds <c>emojis</c>.</summary>
    public TextPipelineBuilder UseEmojis(
        EmojiPolicy policy = EmojiPolicy.Describe,
        EmojiNameStyle names = EmojiNameStyle.Shortcode,
        SkinTonePolicy skinTones = SkinTonePolicy.Strip,
        EmoticonPolicy emoticons = EmoticonPolicy.ToEmoji) =>
        Use("emojis", ("policy", ConfigNames.Of(policy)), ("names", ConfigNames.Of(names)), ("skin_tones", ConfigNames.Of(skinTones)), ("emoticons", ConfigNames.Of(emoticons)));

    /// <summary>Adds <c>punctuation</c>.</summary>
    public TextPipelineBuilder UsePunctuation(PunctuationPolicy policy = PunctuationPolicy.Mark, SymbolPolicy symbols = SymbolPolicy.Keep) =>
        Use("punctuation", ("policy", ConfigNames.Of(policy)), ("symbols", ConfigNames.Of(symbols)));

    /// <summary>Adds <c>urls</c>.</summary>
    public TextPipelineBuilder UseUrls(MaskPolicy policy = MaskPolicy.Mask) => Use("urls", ("policy", ConfigNames.Of(policy)));

    /// <summary>Adds <c>emails</c>.</summary>
    public TextPipelineBuilder UseEmails(MaskPolicy policy = MaskPolicy.Mask) => Use("emails", ("policy", ConfigNames.Of(policy)));

    /// <summary>Adds <c>mentions</c>.</summary>
    public TextPipelineBuilder UseMentions(MaskPolicy policy = MaskPolicy.Mask) => Use("mentions", ("policy", ConfigNames.Of(policy)));

    /// <summary>Adds <c>hashtags</c>.</summary>
    public TextPipelineBuilder UseHashtags(HashtagPolicy policy = HashtagPolicy.Keep) => Use("hashtags", ("policy", ConfigNames.Of(policy)));

    /// <summary>Adds <c>quotes</c>.</summary>
    public TextPipelineBuilder UseQuotes(QuotesPolicy policy = QuotesPolicy.Ascii, QuotesPolicy dashes = QuotesPolicy.Ascii, EllipsisPolicy ellipsis = EllipsisPolicy.Ascii) =>
        Use("quotes", ("policy", ConfigNames.Of(policy)), ("dashes", ConfigNames.Of(dashes)), ("ellipsis", ConfigNames.Of(ellipsis)));

    /// <summary>Adds <c>contractions</c>.</summary>
    public TextPipelineBuilder UseContractions(ContractionPolicy policy = ContractionPolicy.Keep) => Use("contractions", ("policy", ConfigNames.Of(policy)));

    /// <summary>Adds <c>elongation</c>.</summary>
    public TextPipelineBuilder UseElongation(ElongationPolicy policy = ElongationPolicy.Collapse, int maxRepeat = 2) =>
        Use("elongation", ("policy", ConfigNames.Of(policy)), ("max_repeat", maxRepeat.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Adds <c>accents</c>: strips accents from Latin letters when <paramref name="strip"/>.</summary>
    public TextPipelineBuilder UseAccents(bool strip = true) => Use("accents", ("policy", strip ? "strip" : "keep"));

    /// <summary>Adds <c>stop_words</c>: removes the stop words of <paramref name="language"/> (ISO 639-3, <see cref="Text.StopWords.Languages"/>).</summary>
    public TextPipelineBuilder UseStopWords(string language = "eng") => Use("stop_words", ("policy", "remove"), ("language", language));

    /// <summary>Adds <c>case</c>.</summary>
    public TextPipelineBuilder UseCase(CasePolicy policy = CasePolicy.Lower) => Use("case", ("policy", ConfigNames.Of(policy)));

    /// <summary>The config built so far, resolved (every setting given, in run order).</summary>
    /// <exception cref="ConfigException">The config has errors.</exception>
    public PipelineConfig ToConfig() => _config.Resolve(_registry);

    /// <summary>Builds the frozen pipeline.</summary>
    /// <exception cref="ConfigException">The config has errors (all are listed).</exception>
    public TextPipeline Build() => TextPipeline.Create(_config, _registry);
}
