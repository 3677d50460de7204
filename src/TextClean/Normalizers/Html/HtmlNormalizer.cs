using TextClean.Pipeline;
using TextClean.Text;

namespace TextClean.Normalizers.Html;

/// <summary>The <c>html</c> normalizer: <see cref="HtmlStripper"/> as a character pass.</summary>
internal sealed class HtmlNormalizer(NormalizerConfig config) : Normalizer(config)
{
    private readonly HtmlOptions _options = new()
    {
        StripTags = config.Get("tags") == "strip",
        DecodeEntities = config.Get("entities") == "decode",
        RemoveScriptAndStyle = config.Get("scripts") == "remove",
        RemoveComments = config.Get("comments") == "remove",
    };

    public static NormalizerDefinition Definition { get; } = new(
        "html",
        "Strips HTML tags (block tags leave a space so words never glue), drops script and style content, decodes entities such as &amp; and &#8217;.",
        100,
        [
            SettingDefinition.Choice("tags", "Strip tags, or keep them.", "strip", "strip", "keep"),
            SettingDefinition.Choice("entities", "Decode character references (&amp;, &mdash;, &#8217;), or keep them.", "decode", "decode", "keep"),
            SettingDefinition.Choice("scripts", "Remove the content of script and style elements, or keep it.", "remove", "remove", "keep"),
            SettingDefinition.Choice("comments", "Remove <!-- comments -->, or keep them.", "remove", "remove", "keep"),
        ],
        c => new HtmlNormalizer(c));

    public override bool RewritesText => true;

    public override string RewriteText(string text, List<TextEdit>? edits) => HtmlStripper.Strip(text, _options, edits);
}
