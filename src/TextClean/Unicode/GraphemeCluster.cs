using System.Runtime.CompilerServices;

namespace TextClean.Unicode;

/// <summary>
/// Extended grapheme cluster segmentation per UAX #29 (Unicode 17.0), over UTF-16 spans, without allocation.
/// </summary>
/// <remarks>
/// <para>
/// Implements rules GB3–GB13 of the default extended grapheme cluster boundaries: CR LF (GB3), breaks around
/// controls (GB4/GB5), Hangul syllable sequences (GB6–GB8), extenders and ZWJ (GB9), spacing marks (GB9a),
/// prepend characters (GB9b), Indic conjuncts (GB9c, InCB=Consonant [Extend Linker]* Linker [Extend Linker]* ×
/// Consonant), emoji ZWJ sequences (GB11) and regional indicator pairs (GB12/GB13).
/// The property tables are generated from the Unicode 17.0 data files by <c>corpora/unicode/generate_tables.py</c>.
/// </para>
/// <para>
/// Malformed UTF-16 never throws: a lone (unpaired) surrogate code unit is treated as one code point with
/// Grapheme_Cluster_Break=Control, so it always forms a cluster of length 1 on its own and combining marks
/// after it start a new cluster (they are not attached to the garbage). Text is assumed to start at a
/// cluster boundary; in particular regional indicators are paired from the start of the span.
/// </para>
/// </remarks>
public static class GraphemeCluster
{
    private const int InCBNone = 0;
    private const int InCBAfterConsonant = 1;
    private const int InCBAfterLinker = 2;

    private const int EmojiNone = 0;
    private const int EmojiAfterPictographic = 1;
    private const int EmojiAfterZwj = 2;

    /// <summary>
    /// Gets the length, in UTF-16 code units, of the first extended grapheme cluster of <paramref name="text"/>.
    /// </summary>
    /// <param name="text">The text; it is assumed to start at a grapheme cluster boundary.</param>
    /// <returns>
    /// The length of the first cluster: at least 1 for non-empty text, 0 only for an empty span.
    /// A lone surrogate counts as a Control code point, i.e. a cluster of length 1.
    /// </returns>
    public static int GetLength(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return 0;
        }

        // Fast path: nothing below U+0300 extends or joins a following character, except CR LF.
        var first = text[0];
        if (first < 0x300 && first != '\r' && (text.Length == 1 || text[1] < 0x300))
        {
            return 1;
        }

        return GetLengthSlow(text);
    }

    /// <summary>Gets whether a code point has the Extended_Pictographic property (Unicode 17.0).</summary>
    /// <param name="codePoint">The code point; values outside 0..0x10FFFF give <see langword="false"/>.</param>
    /// <returns><see langword="true"/> if the code point is Extended_Pictographic.</returns>
    public static bool IsExtendedPictographic(int codePoint)
        => (GraphemeData.Get(codePoint) & GraphemeBits.ExtendedPictographic) != 0;

    /// <summary>Gets the Grapheme_Cluster_Break property of a code point.</summary>
    /// <param name="codePoint">The code point. Surrogate code points (lone surrogates) give <see cref="GraphemeBreakProperty.Control"/>.</param>
    /// <returns>The property value; <see cref="GraphemeBreakProperty.Other"/> for values outside the code space.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static GraphemeBreakProperty GetProperty(int codePoint)
        => (GraphemeBreakProperty)(GetPackedProperties(codePoint) & GraphemeBits.BreakMask);

    /// <summary>Gets the packed grapheme properties of a code point (see <see cref="GraphemeBits"/>).</summary>
    /// <param name="codePoint">The code point.</param>
    /// <returns>Grapheme_Cluster_Break in bits 0-3, InCB in bits 4-5, Extended_Pictographic in bit 6.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int GetPackedProperties(int codePoint)
    {
        if ((uint)(codePoint - 0xD800) < 0x800)
        {
            return (int)GraphemeBreakProperty.Control;
        }

        return GraphemeData.Get(codePoint);
    }

    /// <summary>
    /// Decodes the code point at <paramref name="index"/>; a lone surrogate decodes to its own value with width 1.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="index">A valid index into <paramref name="text"/>.</param>
    /// <param name="width">1 or 2 code units.</param>
    /// <returns>The code point (or the lone surrogate's value).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int DecodeAt(ReadOnlySpan<char> text, int index, out int width)
    {
        int c = text[index];
        if ((uint)(c - 0xD800) < 0x400 && (uint)(index + 1) < (uint)text.Length)
        {
            int low = text[index + 1];
            if ((uint)(low - 0xDC00) < 0x400)
            {
                width = 2;
                return 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
            }
        }

        width = 1;
        return c;
    }

    /// <summary>The full rule evaluation, without the fast path of <see cref="GetLength"/>.</summary>
    /// <param name="text">Non-empty text.</param>
    /// <returns>The length of the first cluster.</returns>
    internal static int GetLengthSlow(ReadOnlySpan<char> text)
    {
        var cp = DecodeAt(text, 0, out var width);
        var props = GetPackedProperties(cp);
        var previous = (GraphemeBreakProperty)(props & GraphemeBits.BreakMask);
        var position = width;

        var regionalIndicators = previous == GraphemeBreakProperty.RegionalIndicator ? 1 : 0;
        var emoji = (props & GraphemeBits.ExtendedPictographic) != 0 ? EmojiAfterPictographic : EmojiNone;
        var conjunct = (props & GraphemeBits.InCBMask) == GraphemeBits.InCBConsonant ? InCBAfterConsonant : InCBNone;

        while (position < text.Length)
        {
            cp = DecodeAt(text, position, out width);
            props = GetPackedProperties(cp);
            var next = (GraphemeBreakProperty)(props & GraphemeBits.BreakMask);
            var incb = props & GraphemeBits.InCBMask;

            if (IsBoundary(previous, next, props, regionalIndicators, emoji, conjunct))
            {
                break;
            }

            // Update the states of GB9c, GB11 and GB12/13 for the accepted code point.
            if (incb == GraphemeBits.InCBConsonant)
            {
                conjunct = InCBAfterConsonant;
            }
            else if (conjunct != InCBNone && incb == GraphemeBits.InCBLinker)
            {
                conjunct = InCBAfterLinker;
            }
            else if (incb != GraphemeBits.InCBExtend)
            {
                conjunct = InCBNone;
            }

            if ((props & GraphemeBits.ExtendedPictographic) != 0)
            {
                emoji = EmojiAfterPictographic;
            }
            else if (emoji == EmojiAfterPictographic && next == GraphemeBreakProperty.Zwj)
            {
                emoji = EmojiAfterZwj;
            }
            else if (emoji != EmojiAfterPictographic || next != GraphemeBreakProperty.Extend)
            {
                emoji = EmojiNone;
            }

            regionalIndicators = next == GraphemeBreakProperty.RegionalIndicator ? regionalIndicators + 1 : 0;
            previous = next;
            position += width;
        }

        return position;
    }

    private static bool IsBoundary(
        GraphemeBreakProperty previous,
        GraphemeBreakProperty next,
        int nextProps,
        int regionalIndicators,
        int emoji,
        int conjunct)
    {
        switch (previous)
        {
            case GraphemeBreakProperty.CR:
                return next != GraphemeBreakProperty.LF; // GB3, GB4
            case GraphemeBreakProperty.LF:
            case GraphemeBreakProperty.Control:
                return true; // GB4
            default:
                break;
        }

        switch (next)
        {
            case GraphemeBreakProperty.CR:
            case GraphemeBreakProperty.LF:
            case GraphemeBreakProperty.Control:
                return true; // GB5
            case GraphemeBreakProperty.Extend:
            case GraphemeBreakProperty.Zwj:
            case GraphemeBreakProperty.SpacingMark:
                return false; // GB9, GB9a
            default:
                break;
        }

        switch (previous)
        {
            case GraphemeBreakProperty.L:
                if (next is GraphemeBreakProperty.L or GraphemeBreakProperty.V
                    or GraphemeBreakProperty.LV or GraphemeBreakProperty.Lvt)
                {
                    return false; // GB6
                }

                break;
            case GraphemeBreakProperty.LV:
            case GraphemeBreakProperty.V:
                if (next is GraphemeBreakProperty.V or GraphemeBreakProperty.T)
                {
                    return false; // GB7
                }

                break;
            case GraphemeBreakProperty.Lvt:
            case GraphemeBreakProperty.T:
                if (next == GraphemeBreakProperty.T)
                {
                    return false; // GB8
                }

                break;
            case GraphemeBreakProperty.Prepend:
                return false; // GB9b
            case GraphemeBreakProperty.RegionalIndicator:
                if (next == GraphemeBreakProperty.RegionalIndicator && (regionalIndicators & 1) == 1)
                {
                    return false; // GB12, GB13
                }

                break;
            default:
                break;
        }

        if (conjunct == InCBAfterLinker && (nextProps & GraphemeBits.InCBMask) == GraphemeBits.InCBConsonant)
        {
            return false; // GB9c
        }

        if (emoji == EmojiAfterZwj && (nextProps & GraphemeBits.ExtendedPictographic) != 0)
        {
            return false; // GB11
        }

        return true; // GB999
    }
}
