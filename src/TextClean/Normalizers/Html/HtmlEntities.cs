namespace TextClean.Normalizers.Html;

/// <summary>Lookups over the generated HTML5 named character reference table (binary search over spans, no allocation).</summary>
internal static partial class HtmlEntities
{
    /// <summary>Length of the longest entity name ("CounterClockwiseContourIntegral").</summary>
    internal const int MaxNameLength = 31;

    /// <summary>The replacement text of the entity <paramref name="name"/> (without '&amp;' and ';'), or null.</summary>
    internal static string? Find(ReadOnlySpan<char> name)
    {
        int index = Search(Names, name);
        return index >= 0 ? Values[index] : null;
    }

    /// <summary>Whether <paramref name="name"/> is one of the legacy names the HTML spec accepts without ';'.</summary>
    internal static bool IsLegacy(ReadOnlySpan<char> name) => Search(LegacyNames, name) >= 0;

    /// <summary>All names, for tests.</summary>
    internal static IReadOnlyList<string> AllNames => Names;

    /// <summary>
    /// The text of the numeric character reference with value <paramref name="value"/> (already capped at 0x110000),
    /// following the HTML spec: 0, surrogates and values above U+10FFFF become U+FFFD, and 0x80-0x9F are read as
    /// Windows-1252 where that code page defines a character.
    /// </summary>
    internal static string FromNumeric(int value)
    {
        value = RemapNumeric(value);
        if (value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        {
            value = 0xFFFD;
        }

        return char.ConvertFromUtf32(value);
    }

    private static int Search(string[] sorted, ReadOnlySpan<char> name)
    {
        int low = 0;
        int high = sorted.Length - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) >> 1);
            int order = sorted[middle].AsSpan().SequenceCompareTo(name);
            if (order == 0)
            {
                return middle;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return -1;
    }
}
