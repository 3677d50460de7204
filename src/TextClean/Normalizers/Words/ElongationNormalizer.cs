using TextClean.Pipeline;
using TextClean.Text;
using TextClean.Tokenization;

namespace TextClean.Normalizers.Words;

/// <summary>
/// The <c>elongation</c> normalizer: shortens letters repeated for emphasis. No English word has three equal letters in a
/// row, so a run of three or more is elongation; it is cut to <c>max_repeat</c> letters. Words of three letters are left
/// alone: <c>III</c>, <c>XXX</c>, <c>AAA</c> and <c>zzz</c> are numerals, names and words, not emphasis. It runs after accents and case (so
/// <c>NOOOø</c> and <c>Willł</c> are judged as the letters they end up as) and before stop words (so a word shortened
/// into one, <c>sooo</c> to <c>so</c>, goes in the same pass).
/// </summary>
internal sealed class ElongationNormalizer(NormalizerConfig config) : Normalizer(config)
{
    private const int MinimumRun = 3;

    private readonly ElongationPolicy _policy = config.GetEnum<ElongationPolicy>("policy");
    private readonly int _maxRepeat = config.GetInteger("max_repeat");

    public static NormalizerDefinition Definition { get; } = new(
        "elongation",
        "Letters repeated for emphasis (soooo, yessss): keep, collapse (soooo -> soo), or mark (soooo -> soo <ELONG>).",
        1950,
        [
            SettingDefinition.Choice("policy", "What to do with elongated words.", "collapse", ConfigNames.All<ElongationPolicy>()),
            SettingDefinition.WholeNumber("max_repeat", "How many equal letters a run of three or more keeps (1: soooo -> so, 2: soo).", 2, 1, 3),
        ],
        c => new ElongationNormalizer(c));

    public override bool Transforms(TokenKind kind) => _policy != ElongationPolicy.Keep && kind is TokenKind.Word or TokenKind.Hashtag;

    public override bool Transform(ReadOnlySpan<char> token, TokenBuffer output)
    {
        if (!IsElongated(token, _maxRepeat))
        {
            return false;
        }

        for (int i = 0; i < token.Length;)
        {
            int length = RunLength(token, i);
            output.Append(token.Slice(i, length >= MinimumRun ? Math.Min(length, _maxRepeat) : length));
            i += length;
        }

        if (_policy == ElongationPolicy.Mark)
        {
            output.Append(' ');
            output.Append(Placeholders.Elongation);
        }

        return true;
    }

    /// <summary>Whether <paramref name="word"/> has a run of three or more equal letters longer than <paramref name="maxRepeat"/>.</summary>
    internal static bool IsElongated(ReadOnlySpan<char> word, int maxRepeat)
    {
        if (word.Length <= MinimumRun || !HasThreeInARow(word))
        {
            return false;
        }

        for (int i = 0; i + MinimumRun <= word.Length; i++)
        {
            int length = RunLength(word, i);
            if (length >= MinimumRun && length > maxRepeat)
            {
                return true;
            }

            i += length - 1;
        }

        return false;
    }

    // A cheap first look, since almost no word has one: three code units in a row, equal ignoring ASCII case.
    private static bool HasThreeInARow(ReadOnlySpan<char> word)
    {
        char a = Fold(word[0]);
        char b = Fold(word[1]);
        for (int i = 2; i < word.Length; i++)
        {
            char c = Fold(word[i]);
            if (a == b && b == c)
            {
                return true;
            }

            a = b;
            b = c;
        }

        return false;
    }

    private static char Fold(char c) => c < 128 ? (char)(c | 0x20) : char.ToLowerInvariant(c);

    // The length of the run of equal letters that starts at `start`.
    private static int RunLength(ReadOnlySpan<char> word, int start)
    {
        int end = start + 1;
        while (end < word.Length && SameLetter(word[end], word[start]))
        {
            end++;
        }

        return end - start;
    }

    // "Sooo" and "sOOO": the same letter whatever its case.
    private static bool SameLetter(char a, char b) => char.IsLetter(a) && (a == b || char.ToLowerInvariant(a) == char.ToLowerInvariant(b));
}
