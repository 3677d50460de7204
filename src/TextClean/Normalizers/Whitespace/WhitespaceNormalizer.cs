using TextClean.Pipeline;
using TextClean.Text;

namespace TextClean.Normalizers.Whitespace;

/// <summary>The <c>whitespace</c> normalizer: <see cref="WhitespaceCleaner"/> as a character pass.</summary>
internal sealed class WhitespaceNormalizer(NormalizerConfig config) : Normalizer(config)
{
    private readonly WhitespaceOptions _options = new() { Paragraphs = config.GetEnum<ParagraphMode>("paragraphs") };

    public static NormalizerDefinition Definition { get; } = new(
        "whitespace",
        "Turns every Unicode space into ' ', collapses runs, trims lines and the text; paragraph breaks are kept, lines joined, or everything folded onto one line.",
        400,
        [
            SettingDefinition.Choice("paragraphs", "keep line and paragraph breaks; join_lines inside paragraphs; fold everything onto one line.", "keep", ConfigNames.All<ParagraphMode>()),
        ],
        c => new WhitespaceNormalizer(c));

    public override bool RewritesText => true;

    public override string RewriteText(string text, List<TextEdit>? edits) => WhitespaceCleaner.Clean(text, _options, edits);
}
