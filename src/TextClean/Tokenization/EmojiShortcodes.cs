namespace TextClean.Tokenization;

/// <summary>Emoji shortcodes as chat tools and TextClean's emoji normalizer write them: <c>:thumbs_up:</c>, <c>:+1:</c>.</summary>
internal static class EmojiShortcodes
{
    private const int MaxLength = 64;

    /// <summary>Whether a shortcode may start with a colon followed by <paramref name="next"/>.</summary>
    public static bool MayStartWith(char next) => char.IsAsciiLetterLower(next) || char.IsAsciiDigit(next) || next is '+' or '-';

    /// <summary>
    /// The length of the shortcode at <paramref name="i"/> (a colon), or 0: lower-case ASCII letters, digits, <c>_ + -</c>,
    /// at least one letter (or exactly <c>+1</c>/<c>-1</c>), then a colon not followed by a letter or digit ("10:30:45" is no shortcode).
    /// </summary>
    public static int Match(ReadOnlySpan<char> text, int i)
    {
        if (i + 1 >= text.Length || !MayStartWith(text[i + 1]))
        {
            return 0;
        }

        int limit = Math.Min(text.Length, i + MaxLength);
        int j = i + 1;
        bool letter = false;
        while (j < limit && (char.IsAsciiLetterLower(text[j]) || char.IsAsciiDigit(text[j]) || text[j] is '_' or '+' or '-'))
        {
            letter |= char.IsAsciiLetterLower(text[j]);
            j++;
        }

        // ":http://x" is no shortcode either.
        if (j == i + 1 || j >= limit || text[j] != ':' || CharClass.IsLetterOrDigitAt(text, j + 1) || (j + 1 < text.Length && text[j + 1] == '/'))
        {
            return 0;
        }

        var body = text[(i + 1)..j];
        return letter || body is "+1" or "-1" ? j + 1 - i : 0;
    }
}
