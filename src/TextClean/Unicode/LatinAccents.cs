
namespace TextClean.Unicode;

/// <summary>
/// Strips accents from Latin letters: <c>café</c> to <c>cafe</c>, <c>Łódź</c> to <c>Lodz</c>, <c>Øre</c> to <c>Ore</c>,
/// <c>Straße</c> to <c>Strasse</c>, <c>Æsir</c> to <c>AEsir</c>. Letters of other scripts, and the marks on them, are never
/// touched: <c>Việt</c> becomes <c>Viet</c>, but <c>Ελλάδα</c> and <c>हिन्दी</c> stay as they are.
/// </summary>
/// <remarks>
/// The table (<c>LatinAccentsData</c>) is generated from UnicodeData.txt: a precomposed Latin letter maps to what is left
/// of its decomposition without combining marks, when that is ASCII; a few letters with no decomposition (ø ł æ œ ß đ ð
/// þ ı ħ ŧ) are spelled by hand. Combining diacritics that follow a Latin letter (decomposed text, <c>e</c> + U+0301) are
/// dropped. Case is kept.
/// </remarks>
public static class LatinAccents
{
    /// <summary>Most characters one input character becomes (<c>ß</c> to <c>ss</c>).</summary>
    public const int MaxExpansion = LatinAccentsData.MaxExpansion;

    /// <summary>Whether <see cref="Strip(ReadOnlySpan{char}, Span{char})"/> would change <paramref name="text"/>.</summary>
    public static bool HasAccents(ReadOnlySpan<char> text)
    {
        int first = text.IndexOfAnyExceptInRange('\0', '\u007F');
        if (first < 0)
        {
            return false;
        }

        bool latin = first > 0 && char.IsAsciiLetter(text[first - 1]);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (Spelling(c) is not null || (latin && LatinAccentsData.IsDiacritic(c)))
            {
                return true;
            }

            latin = IsLatinBase(c, latin);
        }

        return false;
    }

    /// <summary>Writes <paramref name="text"/> without accents to <paramref name="destination"/> and returns the length written.</summary>
    /// <param name="text">The text.</param>
    /// <param name="destination">At least <c>text.Length * MaxExpansion</c> characters.</param>
    public static int Strip(ReadOnlySpan<char> text, Span<char> destination)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, text.Length * MaxExpansion, nameof(destination));
        int written = 0;
        bool latin = false;
        foreach (char c in text)
        {
            if (c < 0x80)
            {
                destination[written++] = c;
                latin = char.IsAsciiLetter(c);
                continue;
            }

            if (Spelling(c) is { } spelling)
            {
                spelling.CopyTo(destination[written..]);
                written += spelling.Length;
                latin = true;
            }
            else if (!(latin && LatinAccentsData.IsDiacritic(c)))
            {
                destination[written++] = c;
                latin = IsLatinBase(c, latin);
            }
        }

        return written;
    }

    /// <summary>Returns <paramref name="text"/> without accents (the same instance when it has none).</summary>
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!HasAccents(text))
        {
            return text;
        }

        var buffer = new char[text.Length * MaxExpansion];
        return new string(buffer, 0, Strip(text, buffer));
    }

    private static string? Spelling(char c)
    {
        if (c < '\u00C0')
        {
            return null;
        }

        int index = LatinAccentsData.Letters.BinarySearch(c);
        return index >= 0 ? LatinAccentsData.Spellings[index] : null;
    }

    // Whether marks after `c` sit on a Latin letter: a Latin letter itself, or a mark continuing one.
    private static bool IsLatinBase(char c, bool latinBefore) =>
        LatinAccentsData.IsDiacritic(c) ? latinBefore : IsLatinLetter(c);

    private static bool IsLatinLetter(char c) =>
        char.IsAsciiLetter(c) || (c is >= '\u00C0' and <= '\u024F' && c != '\u00D7' && c != '\u00F7') || c is >= '\u1E00' and <= '\u1EFF' || c is >= '\u2C60' and <= '\u2C7F' || c is >= '\uA720' and <= '\uA7FF';
}
