using TextClean.Pipeline;
using TextClean.Text;
using TextClean.Tokenization;

namespace TextClean.Normalizers.Names;

/// <summary>The <c>names</c> normalizer: <see cref="NameRecognizer"/> marks the names of a document, masking writes one placeholder per name.</summary>
internal sealed class NamesNormalizer(NormalizerConfig config) : Normalizer(config)
{
    private readonly NamePolicy _policy = config.GetEnum<NamePolicy>("policy");

    public static NormalizerDefinition Definition { get; } = new(
        "names",
        "People's names (first-name gazetteer, honorifics such as Mr. and Dr., surnames, ambiguous words such as May or Will at sentence start): keep or mask as <NAME>.",
        1000,
        [SettingDefinition.Choice("policy", "What to write for a person's name.", "mask", ConfigNames.All<NamePolicy>())],
        c => new NamesNormalizer(c));

    public override int DecisionPriority => -1;

    public override bool NeedsMarks => _policy == NamePolicy.Mask;

    public override bool Decides(TokenKind kind) => kind == TokenKind.Word && _policy == NamePolicy.Mask;

    public override void Mark(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<bool> marks) => NameRecognizer.Default.Mark(text, tokens, marks);

    public override TokenResult Decide(in TokenContext context, TokenBuffer output)
    {
        if (!context.IsMarked)
        {
            return TokenResult.Unchanged;
        }

        // "John F. Kennedy" is one name: the first word carries the placeholder, the rest go.
        int previous = context.Index - 1;
        if (previous >= 0 && context.Marks[previous] && IsOnlySpaces(context.Text[context.Tokens[previous].End..context.Token.Start]))
        {
            return TokenResult.Removed;
        }

        output.Append(Placeholders.Name);
        return TokenResult.Masked;
    }

    private static bool IsOnlySpaces(ReadOnlySpan<char> gap) => !gap.IsEmpty && !gap.ContainsAnyExcept(' ');
}
