using static TextClean.Tokenization.CharClass;

namespace TextClean.Tokenization;

/// <summary>Where treebank-style tokenizers split English contractions: <c>do|n't</c>, <c>I|'m</c>, <c>we|'ll</c>.</summary>
internal static class Contractions
{
    /// <summary>The offset at which <paramref name="word"/> splits, or 0 when it is not a contraction (<c>O'Neil</c>, <c>rock'n'roll</c>).</summary>
    public static int SplitPoint(ReadOnlySpan<char> word)
    {
        int n = word.Length;
        if (n >= 4 && IsApostrophe(word[n - 2]) && (word[n - 1] | 0x20) == 't' && (word[n - 3] | 0x20) == 'n')
        {
            return n - 3;
        }

        int apostrophe = word.LastIndexOfAny('\'', '\u2019');
        if (apostrophe <= 0 || word[..apostrophe].ContainsAny('\'', '\u2019'))
        {
            return 0;
        }

        return IsClitic(word[(apostrophe + 1)..]) ? apostrophe : 0;
    }

    /// <summary>
    /// The length of a clitic standing on its own after a space (or at the start), as treebank-split text writes it
    /// (<c>do n't</c>, <c>I 'm</c>, <c>John 's</c>), at <paramref name="start"/>, the apostrophe; 0 when there is none. Read as
    /// one word, split text tokenizes the same way again, also when the word before it was removed.
    /// </summary>
    public static int DetachedCliticLength(ReadOnlySpan<char> text, int start)
    {
        if ((start > 0 && !char.IsWhiteSpace(text[start - 1])) || !IsApostrophe(text[start]))
        {
            return 0;
        }

        int end = start + 1;
        while (end < text.Length && end - start <= 3 && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        if (end < text.Length && (char.IsLetterOrDigit(text[end]) || IsApostrophe(text[end])))
        {
            return 0;
        }

        return IsClitic(text[(start + 1)..end]) ? end - start : 0;
    }

    /// <summary>Whether <paramref name="word"/> is a clitic on its own, as split contractions write it: <c>'s</c>, <c>'m</c>, <c>n't</c>, ...</summary>
    public static bool IsStandaloneClitic(ReadOnlySpan<char> word) =>
        word.Length > 1 && ((IsApostrophe(word[0]) && IsClitic(word[1..]))
            || (word.Length == 3 && (word[0] | 0x20) == 'n' && IsApostrophe(word[1]) && (word[2] | 0x20) == 't'));

    /// <summary>Whether <paramref name="suffix"/>, after an apostrophe, is a clitic: s, m, d, ll, re or ve in any case.</summary>
    public static bool IsClitic(ReadOnlySpan<char> suffix) =>
        suffix.Equals("s", StringComparison.OrdinalIgnoreCase) || suffix.Equals("m", StringComparison.OrdinalIgnoreCase)
        || suffix.Equals("d", StringComparison.OrdinalIgnoreCase) || suffix.Equals("ll", StringComparison.OrdinalIgnoreCase)
        || suffix.Equals("re", StringComparison.OrdinalIgnoreCase) || suffix.Equals("ve", StringComparison.OrdinalIgnoreCase);
}
