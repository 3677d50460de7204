using TextClean.Pipeline;
using TextClean.Text;
using TextClean.Tokenization;

namespace TextClean.Normalizers.Hyphens;

/// <summary>
/// The <c>hyphens</c> normalizer: repairs words hyphenated across line breaks (a character pass, before whitespace folds the
/// breaks away) and decides hyphenated words in the token pass.
/// </summary>
internal sealed class HyphensNormalizer(NormalizerConfig config) : Normalizer(config)
{
    private readonly HyphenPolicy _policy = config.GetEnum<HyphenPolicy>("policy");
    private readonly bool _repair = config.Get("line_breaks") == "repair";

    public static NormalizerDefinition Definition { get; } = new(
        "hyphens",
        "Hyphenated words (state-of-the-art): keep, split, join, or both; repairs line-break hyphenation (infor-\\nmation -> information) and drops soft hyphens.",
        300,
        [
            SettingDefinition.Choice("policy", "What to write for a hyphenated word.", "keep", ConfigNames.All<HyphenPolicy>()),
            SettingDefinition.Choice("line_breaks", "Repair words hyphenated across a line break when the joined word is more plausible, or keep them.", "repair", "repair", "keep"),
        ],
        c => new HyphensNormalizer(c));

    public override bool RewritesText => _repair;

    public override string RewriteText(string text, List<TextEdit>? edits) => _repair ? LineBreakHyphenation.Repair(text, edits) : text;

    public override bool Decides(TokenKind kind) => kind == TokenKind.Word && _policy != HyphenPolicy.Keep;

    public override TokenResult Decide(in TokenContext context, TokenBuffer output)
    {
        if ((context.Token.Flags & TokenFlags.Hyphenated) == 0)
        {
            return TokenResult.Unchanged;
        }

        var word = context.TokenText;
        if (_policy == HyphenPolicy.Both)
        {
            if (PartsFollow(context))
            {
                // Already "compound part part": cleaning again must not add the parts twice.
                return TokenResult.Unchanged;
            }

            output.Append(word);
            output.Append(' ');
        }

        foreach (char c in word)
        {
            if (!IsHyphen(c))
            {
                output.Append(c);
            }
            else if (_policy != HyphenPolicy.Join)
            {
                output.Append(' ');
            }
        }

        return TokenResult.Rewritten;
    }

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    // Whether the tokens after the compound are its parts, one space apart.
    private static bool PartsFollow(in TokenContext context)
    {
        var word = context.TokenText;
        int end = context.Token.End;
        int next = context.Index + 1;
        foreach (var range in word.SplitAny("-\u2010\u2011"))
        {
            var part = word[range];
            if (next >= context.Tokens.Length)
            {
                return false;
            }

            var token = context.Tokens[next];
            if (token.Start != end + 1 || context.Text[end] != ' ' || !context.Text.Slice(token.Start, token.Length).Equals(part, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            end = token.End;
            next++;
        }

        return true;
    }
}
