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
        if (!PartsAreLetters(word))
        {
            // "COVID-19" and "b-52's" stay whole: their parts would read as other tokens (a number, a clitic) next time.
            return TokenResult.Unchanged;
        }

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

    private static bool PartsAreLetters(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!IsHyphen(c) && !char.IsLetter(c) && char.GetUnicodeCategory(c) is not (System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark))
            {
                return false;
            }
        }

        return true;
    }

    // Whether the compound is already followed by its parts, one space apart ("mid-1980s mid 1980s").
    private static bool PartsFollow(in TokenContext context)
    {
        // Parts that the pipeline removes (stop words: "state-of-the-art state art") are not there to be found.
        var word = context.TokenText;
        var rest = context.Text[context.Token.End..];
        foreach (var range in word.SplitAny("-\u2010\u2011"))
        {
            var part = word[range];
            if (rest.Length > part.Length && rest[0] == ' ' && rest.Slice(1, part.Length).Equals(part, StringComparison.OrdinalIgnoreCase)
                && (rest.Length == part.Length + 1 || !char.IsLetterOrDigit(rest[part.Length + 1])))
            {
                rest = rest[(1 + part.Length)..];
            }
            else if (!context.IsRemovedWord(part))
            {
                return false;
            }
        }

        return true;
    }
}
