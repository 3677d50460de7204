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

    /// <summary>True if <paramref name="word"/> (without its dot) is a known abbreviation.</summary>
    public static bool IsKnown(ReadOnlySpan<char> word) => word.Length <= 6 && Lookup.Contains(word);

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
