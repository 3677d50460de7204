namespace TextClean.Normalizers.Names;

/// <summary>The capitalization of a word, which is most of what tells a name from a word.</summary>
internal enum WordShape : byte
{
    /// <summary>Not a word that starts with a letter (number, symbol, lower-case word ...).</summary>
    Other,

    /// <summary>Starts with an upper-case letter and ends with a lower-case one: <c>John</c>, <c>McDonald</c>, <c>O'Brien</c>.</summary>
    Title,

    /// <summary>At least two letters, all upper case: <c>JOHN</c>.</summary>
    Upper,

    /// <summary>A single upper-case letter: the <c>F</c> of <c>John F. Kennedy</c>.</summary>
    Initial,
}

/// <summary>Computes <see cref="WordShape"/> for a span of text.</summary>
internal static class WordShapes
{
    /// <summary>The shape of <paramref name="word"/>.</summary>
    public static WordShape Of(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || !char.IsUpper(word[0]))
        {
            return WordShape.Other;
        }

        int letters = 0;
        bool lower = false;
        bool lastLower = false;
        foreach (char c in word)
        {
            if (char.IsLetter(c))
            {
                letters++;
                lastLower = char.IsLower(c);
                lower |= lastLower;
            }
        }

        // Camel case that ends in capitals ("FoRK", "iPOD") is a brand or a joke, not a name; "McDonald" ends lower.
        if (lower && !lastLower)
        {
            return WordShape.Other;
        }

        return lower ? WordShape.Title : letters == 1 && word.Length == 1 ? WordShape.Initial : letters >= 2 ? WordShape.Upper : WordShape.Other;
    }
}
