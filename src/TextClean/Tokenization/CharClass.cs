using System.Globalization;
using System.Text;
using TextClean.Unicode;

namespace TextClean.Tokenization;

/// <summary>Character classes the scanner dispatches on: a table for ASCII, Unicode categories beyond.</summary>
internal static class CharClass
{
    public const byte Letter = 1;
    public const byte Digit = 2;
    public const byte Space = 4;
    public const byte Control = 8;
    public const byte Punct = 16;
    public const byte Symbol = 32;
    public const byte Upper = 64;
    public const byte LetterOrDigit = Letter | Digit;
    public const byte Separator = Space | Control;

    // One byte per ASCII code unit; generated from Python's unicodedata (same categories as .NET for ASCII).
    public static ReadOnlySpan<byte> Ascii =>
    [
        8, 8, 8, 8, 8, 8, 8, 8, 8, 4, 4, 4, 4, 4, 8, 8,
        8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8,
        4, 16, 16, 16, 32, 16, 16, 16, 16, 16, 16, 32, 16, 16, 16, 16,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 16, 16, 32, 32, 32, 16,
        16, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65,
        65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 16, 16, 16, 32, 16,
        32, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 16, 32, 16, 32, 8,
    ];

    public const byte EndsWordPlainly = 1;
    public const byte EndsNumberPlainly = 2;
    public const byte StandsAlone = 4;

    /// <summary>
    /// Fast-path facts per ASCII code unit. <see cref="EndsWordPlainly"/>: after a word, nothing can join across it
    /// (not <c>. @ + _ - ' :</c>). <see cref="EndsNumberPlainly"/>: after digits, likewise (not <c>, . : - / %</c> or a letter).
    /// <see cref="StandsAlone"/>: punctuation or a symbol with no special reading (not <c># @ $ - + ( : ; = &lt; &gt; ^ * ! ?</c>).
    /// </summary>
    public static ReadOnlySpan<byte> AsciiFast =>
    [
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
        3, 3, 7, 3, 3, 5, 7, 6, 3, 7, 3, 2, 5, 0, 4, 5,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 3,
        2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7, 7, 7, 3, 6,
        7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7, 7, 7, 7, 3,
    ];

    /// <summary>The code point at <paramref name="index"/>; a lone surrogate reads as itself with length 1.</summary>
    public static int CodePointAt(ReadOnlySpan<char> text, int index, out int length) => GraphemeCluster.DecodeAt(text, index, out length);

    public static UnicodeCategory CategoryOf(int codePoint) =>
        Rune.IsValid(codePoint) ? Rune.GetUnicodeCategory(new Rune(codePoint)) : UnicodeCategory.OtherNotAssigned;

    public static bool IsLetterCategory(UnicodeCategory c) => c <= UnicodeCategory.OtherLetter;

    public static bool IsMarkCategory(UnicodeCategory c) =>
        c is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>True for a letter or decimal digit, ASCII or not, at <paramref name="index"/> (false past the end).</summary>
    public static bool IsLetterOrDigitAt(ReadOnlySpan<char> text, int index)
    {
        if ((uint)index >= (uint)text.Length)
        {
            return false;
        }

        char c = text[index];
        if (c < 128)
        {
            return (Ascii[c] & LetterOrDigit) != 0;
        }

        var cat = CategoryOf(CodePointAt(text, index, out _));
        return IsLetterCategory(cat) || cat == UnicodeCategory.DecimalDigitNumber;
    }

    /// <summary>True for a letter, ASCII or not, at <paramref name="index"/> (false past the end).</summary>
    public static bool IsLetterAt(ReadOnlySpan<char> text, int index)
    {
        if ((uint)index >= (uint)text.Length)
        {
            return false;
        }

        char c = text[index];
        return c < 128 ? (Ascii[c] & Letter) != 0 : IsLetterCategory(CategoryOf(CodePointAt(text, index, out _)));
    }

    /// <summary>True for a decimal digit, ASCII or not, at <paramref name="index"/> (false past the end).</summary>
    public static bool IsDigitAt(ReadOnlySpan<char> text, int index)
    {
        if ((uint)index >= (uint)text.Length)
        {
            return false;
        }

        char c = text[index];
        return c < 128
            ? (uint)(c - '0') <= 9
            : CategoryOf(CodePointAt(text, index, out _)) == UnicodeCategory.DecimalDigitNumber;
    }

    /// <summary>Whitespace, controls and invisible format characters separate tokens (they are not tokens themselves).</summary>
    public static bool IsSeparator(int codePoint)
    {
        if (codePoint < 128)
        {
            return (Ascii[codePoint] & Separator) != 0;
        }

        // Joiners and selectors belong to the cluster before them; they are never separators on their own merit.
        if (codePoint is 0x200C or 0x200D || (codePoint >= 0xFE00 && codePoint <= 0xFE0F))
        {
            return false;
        }

        var cat = CategoryOf(codePoint);
        return cat is UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Control
            || (cat == UnicodeCategory.Format && codePoint != 0xAD && !IsTag(codePoint));
    }

    public static bool IsTag(int codePoint) => codePoint >= 0xE0000 && codePoint <= 0xE007F;

    /// <summary>CJK ideographs are tokens of their own: text in Han script has no spaces to split on.</summary>
    public static bool IsIdeograph(int codePoint) =>
        (codePoint >= 0x4E00 && codePoint <= 0x9FFF) || (codePoint >= 0x3400 && codePoint <= 0x4DBF)
        || (codePoint >= 0x20000 && codePoint <= 0x3FFFF) || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
        || codePoint == 0x3007;

    /// <summary>Hiragana, katakana and the prolonged sound mark: kana runs are words of their own script.</summary>
    public static bool IsKana(int codePoint) =>
        (codePoint >= 0x3040 && codePoint <= 0x30FF) || (codePoint >= 0x31F0 && codePoint <= 0x31FF)
        || (codePoint >= 0xFF66 && codePoint <= 0xFF9F);

    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

}
