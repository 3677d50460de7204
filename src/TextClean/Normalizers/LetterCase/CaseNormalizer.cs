using System.Text;
using TextClean.Pipeline;
using TextClean.Tokenization;
using TextClean.Unicode;

namespace TextClean.Normalizers.LetterCase;

/// <summary>The <c>case</c> normalizer: transforms the final text of words, numbers (2ND), hashtags and mentions.</summary>
internal sealed class CaseNormalizer(NormalizerConfig config) : Normalizer(config)
{
    private readonly CasePolicy _policy = config.GetEnum<CasePolicy>("policy");

    public static NormalizerDefinition Definition { get; } = new(
        "case",
        "Letter case: keep, lower, casefold (full Unicode folding: Straße -> strasse), or smart (lower, but keep ALL-CAPS words and placeholders).",
        1900,
        [SettingDefinition.Choice("policy", "What to do with letter case.", "lower", ConfigNames.All<CasePolicy>())],
        c => new CaseNormalizer(c));

    // URLs and e-mail addresses keep their case (paths are case-sensitive); emoji, emoticons (":D") and placeholders too.
    public override bool Transforms(TokenKind kind) =>
        _policy != CasePolicy.Keep && kind is TokenKind.Word or TokenKind.Number or TokenKind.Hashtag or TokenKind.Mention;

    public override bool Transform(ReadOnlySpan<char> token, TokenBuffer output)
    {
        switch (_policy)
        {
            case CasePolicy.Casefold:
                if (!CaseFolding.NeedsFolding(token))
                {
                    return false;
                }

                output.Advance(CaseFolding.Fold(token, output.GetSpan(token.Length * CaseFolding.MaxExpansion)));
                return true;
            case CasePolicy.Smart when IsAllCaps(token):
                return false;
            default:
                return ToLower(token, output);
        }
    }

    // Lower-cases like ToLowerInvariant. Most tokens are short and ASCII: one loop finds the first upper-case letter and
    // whether anything outside ASCII is there; an ASCII token lowers with Ascii.ToLower, which gives the same result.
    private static bool ToLower(ReadOnlySpan<char> token, TokenBuffer output)
    {
        int firstUpper = -1;
        for (int k = 0; k < token.Length; k++)
        {
            char c = token[k];
            if (c > 127)
            {
                if (!HasUpper(token))
                {
                    return false;
                }

                output.Advance(token.ToLowerInvariant(output.GetSpan(token.Length)));
                return true;
            }

            if (firstUpper < 0 && char.IsAsciiLetterUpper(c))
            {
                firstUpper = k;
            }
        }

        if (firstUpper < 0)
        {
            return false;
        }

        var destination = output.GetSpan(token.Length);
        token[..firstUpper].CopyTo(destination);
        Ascii.ToLower(token[firstUpper..], destination[firstUpper..], out int written);
        output.Advance(firstUpper + written);
        return true;
    }

    private static bool HasUpper(ReadOnlySpan<char> token)
    {
        foreach (char c in token)
        {
            if (char.IsAsciiLetterUpper(c) || (c > 127 && char.ToLowerInvariant(c) != c))
            {
                return true;
            }
        }

        return false;
    }

    // "NASA", "FREE", "U.S.A.", "COVID-19": two or more letters, all upper case.
    internal static bool IsAllCaps(ReadOnlySpan<char> token)
    {
        int letters = 0;
        foreach (char c in token)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }
}
