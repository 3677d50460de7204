using System.Collections.Frozen;
using static TextClean.Tokenization.CharClass;

namespace TextClean.Tokenization;

/// <summary>Abbreviations that keep their final dot: titles, months and common Latin ones, plus initials such as <c>U.S.</c>.</summary>
internal static class Abbreviations
{
    private static readonly FrozenSet<string> Words = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "rev", "gen", "gov", "sen", "rep", "capt", "col", "lt", "sgt", "hon",
        "vs", "etc", "approx", "cf", "al", "viz", "ca", "pp", "vol", "fig", "dept", "est", "misc", "e.g", "i.e",
        "inc", "ltd", "co", "corp", "llc", "bros", "assn", "ave", "blvd", "rd",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    // For each length, the first letters of the known abbreviations of that length: one bit test turns away most
    // sentence-final words ("end.", "today.") before any hashing.
    private static readonly uint[] FirstLettersByLength = IndexFirstLetters();

    /// <summary>True if <paramref name="word"/> (without its dot) is a known abbreviation.</summary>
    public static bool IsKnown(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || (uint)word.Length >= (uint)FirstLettersByLength.Length)
        {
            return false;
        }

        uint first = (uint)((word[0] | 0x20) - 'a');
        return first < 26 && (FirstLettersByLength[word.Length] & (1u << (int)first)) != 0 && Lookup.Contains(word);
    }

    private static uint[] IndexFirstLetters()
    {
        var index = new uint[Words.Max(w => w.Length) + 1];
        foreach (var word in Words)
        {
            index[word.Length] |= 1u << ((word[0] | 0x20) - 'a');
        }

        return index;
    }

    /// <summary>Initials with dots, <c>e.g.</c>, <c>U.S.A.</c>, <c>p.m.</c>: single letters each followed by a dot, at least two of them.</summary>
    public static int MatchInitials(ReadOnlySpan<char> text, int i)
    {
        int k = i;
        int pairs = 0;
        while (k + 1 < text.Length && IsAsciiLetter(text[k]) && text[k + 1] == '.')
        {
            pairs++;
            k += 2;
            if (k < text.Length && IsAsciiLetter(text[k]) && (k + 1 >= text.Length || text[k + 1] != '.'))
            {
                break;
            }
        }

        return pairs >= 2 && !IsLetterOrDigitAt(text, k) ? k - i : 0;
    }

    private static bool IsAsciiLetter(char c) => c < 128 && (Ascii[c] & Letter) != 0;
}
