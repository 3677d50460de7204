namespace TextClean.Pipeline;

/// <summary>
/// Named starting points. Each is a plain <see cref="PipelineConfig"/>: print it with <c>textclean show-config --preset NAME</c>,
/// override any setting, or copy it into a config file.
/// </summary>
public static class Presets
{
    /// <summary>The preset used when none is named: <c>ml</c>.</summary>
    public const string DefaultName = "ml";

    private static readonly Dictionary<string, (string Summary, PipelineConfig Config)> ByName = new(StringComparer.Ordinal)
    {
        ["minimal"] = ("Repairs encoding, strips HTML, cleans unicode and whitespace; nothing lossy.", Config(
            N("html"), N("unicode"), N("whitespace", ("paragraphs", "keep")))),
        ["ml"] = ("For bag-of-words models: masks numbers, names, URLs, e-mails and mentions, names emoji, splits hashtags, marks emphasis and elongation, lower-cases.", Config(
            N("html"), N("unicode"), N("quotes", ("policy", "ascii"), ("dashes", "ascii"), ("ellipsis", "ascii")),
            N("hyphens", ("policy", "keep")), N("whitespace", ("paragraphs", "fold")),
            N("names", ("policy", "mask")), N("numbers", ("policy", "mask"), ("phones", "mask")),
            N("emojis", ("policy", "describe"), ("names", "shortcode"), ("skin_tones", "strip"), ("emoticons", "to_emoji")),
            N("punctuation", ("policy", "mark")), N("urls", ("policy", "mask")), N("emails", ("policy", "mask")),
            N("mentions", ("policy", "mask")), N("hashtags", ("policy", "split")), N("contractions", ("policy", "keep")),
            N("elongation", ("policy", "mark"), ("max_repeat", "2")), N("accents", ("policy", "keep")), N("case", ("policy", "lower")),
            N("stop_words", ("policy", "keep")))),
        ["social"] = ("For posts and chat: keeps emoji, emoticons, hashtags and numbers, masks users and links, marks emphasis and elongation, keeps shouting.", Config(
            N("html"), N("unicode"), N("quotes", ("policy", "ascii"), ("dashes", "ascii"), ("ellipsis", "ascii")),
            N("hyphens", ("policy", "keep")), N("whitespace", ("paragraphs", "fold")),
            N("numbers", ("policy", "keep"), ("phones", "mask")),
            N("emojis", ("policy", "keep"), ("skin_tones", "keep"), ("emoticons", "keep")),
            N("punctuation", ("policy", "mark")), N("urls", ("policy", "mask")), N("emails", ("policy", "mask")),
            N("mentions", ("policy", "mask")), N("hashtags", ("policy", "keep")), N("contractions", ("policy", "keep")),
            N("elongation", ("policy", "mark"), ("max_repeat", "2")), N("accents", ("policy", "keep")), N("case", ("policy", "smart")),
            N("stop_words", ("policy", "keep")))),
        ["search"] = ("For indexing and matching: compounds and their parts, hashtags and contractions as words, emoji as words, no punctuation, accents, stop words or case.", Config(
            N("html"), N("unicode"), N("quotes", ("policy", "ascii"), ("dashes", "ascii"), ("ellipsis", "ascii")),
            N("hyphens", ("policy", "both")), N("whitespace", ("paragraphs", "fold")),
            N("numbers", ("policy", "keep"), ("phones", "keep")),
            N("emojis", ("policy", "describe"), ("names", "words"), ("skin_tones", "strip"), ("emoticons", "to_emoji")),
            N("punctuation", ("policy", "remove"), ("symbols", "remove")), N("urls", ("policy", "keep")), N("emails", ("policy", "keep")),
            N("mentions", ("policy", "keep")), N("hashtags", ("policy", "split")), N("contractions", ("policy", "expand")),
            N("elongation", ("policy", "collapse"), ("max_repeat", "2")), N("accents", ("policy", "strip")), N("case", ("policy", "casefold")),
            N("stop_words", ("policy", "remove"), ("language", "eng")))),
    };

    /// <summary>The preset names.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. ByName.Keys];

    /// <summary>The config of preset <paramref name="name"/>, resolved (every setting given).</summary>
    /// <exception cref="ConfigException">No preset has that name (the message lists them and suggests the closest).</exception>
    public static PipelineConfig Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!ByName.TryGetValue(name, out var preset))
        {
            throw new ConfigException([new ConfigError("preset", $"unknown preset '{name}'", Names, DidYouMean.Suggest(name, Names))]);
        }

        return preset.Config.Resolve();
    }

    /// <summary>What preset <paramref name="name"/> is for, in one sentence.</summary>
    public static string Describe(string name) => ByName.TryGetValue(name, out var preset) ? preset.Summary : string.Empty;

    private static PipelineConfig Config(params NormalizerConfig[] normalizers) => new(normalizers);

    private static NormalizerConfig N(string name, params (string Key, string Value)[] settings) =>
        new(name, settings.Select(s => KeyValuePair.Create(s.Key, s.Value)));
}
