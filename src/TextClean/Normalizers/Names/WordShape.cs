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
        int innerUpper = 0;
        bool lower = false;
        bool lastLower = false;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (char.IsLetter(c))
            {
                letters++;
                lastLower = char.IsLower(c);
                lower |= lastLower;
                innerUpper += i > 0 && !lastLower && char.IsLetter(word[i - 1]) ? 1 : 0;
            }
        }

        // Camel case that ends in capitals or has several inner ones ("FoRK", "AVIs", "DataPower") is a brand, not a
        // name; "McDonald", "O'Brien", "Anne-Marie" have at most one capital inside a letter run.
        if (lower && (!lastLower || innerUpper > 1))
        {
            return WordShape.Other;
        }

        return lower ? WordShape.Title : letters == 1 && word.Length == 1 ? WordShape.Initial : letters >= 2 ? WordShape.Upper : WordShape.Other;
    }
}
