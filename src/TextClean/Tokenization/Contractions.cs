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

        var clitic = word[(apostrophe + 1)..];
        return clitic.Equals("s", StringComparison.OrdinalIgnoreCase) || clitic.Equals("m", StringComparison.OrdinalIgnoreCase)
            || clitic.Equals("d", StringComparison.OrdinalIgnoreCase) || clitic.Equals("ll", StringComparison.OrdinalIgnoreCase)
            || clitic.Equals("re", StringComparison.OrdinalIgnoreCase) || clitic.Equals("ve", StringComparison.OrdinalIgnoreCase)
            ? apostrophe
            : 0;
    }
}
