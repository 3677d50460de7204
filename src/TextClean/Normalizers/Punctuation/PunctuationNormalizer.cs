using TextClean.Pipeline;
using TextClean.Text;
using TextClean.Tokenization;

namespace TextClean.Normalizers.Punctuation;

/// <summary>The <c>punctuation</c> normalizer: decides punctuation runs and symbols.</summary>
internal sealed class PunctuationNormalizer(NormalizerConfig config) : Normalizer(config)
{
    private readonly PunctuationPolicy _policy = config.GetEnum<PunctuationPolicy>("policy");
    private readonly SymbolPolicy _symbols = config.GetEnum<SymbolPolicy>("symbols");

    public static NormalizerDefinition Definition { get; } = new(
        "punctuation",
        "Punctuation that carries meaning (!!!, ?!?!): keep, collapse repeats, collapse and mark emphasis (! <REPEAT>), keep only ! and ?, or remove; removal never glues words (end.Start -> end Start).",
        1300,
        [
            SettingDefinition.Choice("policy", "What to do with punctuation marks.", "mark", ConfigNames.All<PunctuationPolicy>()),
            SettingDefinition.Choice("symbols", "Keep or remove symbols such as & © + and a lone $.", "keep", ConfigNames.All<SymbolPolicy>()),
        ],
        c => new PunctuationNormalizer(c));

    public override bool Decides(TokenKind kind) => kind is TokenKind.Punctuation or TokenKind.Symbol;

    public override TokenResult Decide(in TokenContext context, TokenBuffer output)
    {
        var text = context.TokenText;
        if (context.Token.Kind == TokenKind.Symbol)
        {
            return _symbols == SymbolPolicy.Remove ? TokenResult.Removed : TokenResult.Unchanged;
        }

        bool expressive = text[0] is '!' or '?';
        switch (_policy)
        {
            case PunctuationPolicy.Keep:
                return TokenResult.Unchanged;
            case PunctuationPolicy.Remove:
            case PunctuationPolicy.Expressive when !expressive:
                return TokenResult.Removed;
        }

        // Only emphasis (!!!, ?!?!) and long ellipses collapse; other runs ("---", "__", "**") are rules, underlines and
        // markup whose single mark would read differently ("__init__" is not "_init_").
        if ((context.Token.Flags & TokenFlags.Repeated) == 0 || !(expressive || text[0] == '.'))
        {
            return TokenResult.Unchanged;
        }

        Collapse(text, output);
        if (_policy != PunctuationPolicy.Collapse && expressive && text.Length > output.Length)
        {
            output.Append(' ');
            output.Append(Placeholders.Repeat);
        }

        return TokenResult.Rewritten;
    }

    // "!!!" -> "!", "?!?!" and "?!!?" -> "?!" (each mark once, in order of appearance), "......" -> "...".
    private static void Collapse(ReadOnlySpan<char> run, TokenBuffer output)
    {
        if (run[0] == '.')
        {
            output.Append("...");
            return;
        }

        output.Append(run[0]);
        int other = run.IndexOfAnyExcept(run[0]);
        if (other > 0)
        {
            output.Append(run[other]);
        }
    }
}
