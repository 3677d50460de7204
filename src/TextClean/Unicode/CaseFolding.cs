using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace TextClean.Unicode;

/// <summary>
/// Full Unicode case folding (Unicode 17.0 CaseFolding.txt, statuses C and F), e.g. "Straße" → "strasse",
/// "ﬁ" → "fi", "ẞ" → "ss", final sigma "ς" → "σ".
/// </summary>
/// <remarks>
/// <para>
/// .NET's <see cref="string.ToLowerInvariant()"/> lower-cases one code unit to one code unit and so keeps ß, ﬁ and ẞ;
/// full case folding is what caseless matching (UAX #44, Unicode §3.13) needs. The mapping is locale-independent: the
/// Turkic (T) foldings are not applied, so "İ" (U+0130) folds to "i̇" (i + U+0307, status F) and "I" to "i".
/// </para>
/// <para>
/// Folding is idempotent and works on code points: surrogate pairs fold as one code point (Deseret, Osage, Adlam,
/// ...); lone surrogates and every code point without a C or F entry are copied unchanged. The table is generated
/// from the Unicode 17.0 data by <c>corpora/unicode/generate_tables.py</c> and does not depend on the runtime's
/// own casing data.
/// </para>
/// </remarks>
public static class CaseFolding
{
    /// <summary>
    /// The most UTF-16 code units that one UTF-16 code unit of input folds to (U+0390 → U+03B9 U+0308 U+0301).
    /// A destination of <c>source.Length * MaxExpansion</c> code units always suffices.
    /// </summary>
    public const int MaxExpansion = CaseFoldingData.MaxExpansion;

    // ASCII that folding leaves alone: everything below 0x80 except 'A'..'Z'. IndexOfAnyExcept over it finds the
    // first code unit that may need work (an ASCII capital or anything non-ASCII), vectorized.
    private static readonly SearchValues<char> AsciiUnchanged = SearchValues.Create(CreateAsciiUnchanged());

    /// <summary>Folds <paramref name="source"/> into <paramref name="destination"/> without allocating.</summary>
    /// <param name="source">The text to fold.</param>
    /// <param name="destination">
    /// Where the folded text goes; it must hold at least <c>source.Length * </c><see cref="MaxExpansion"/> code units
    /// and must not overlap <paramref name="source"/>.
    /// </param>
    /// <returns>The number of code units written to <paramref name="destination"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <c>source.Length * MaxExpansion</c>.</exception>
    public static int Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        // long: source.Length * 3 overflows int for spans over ~715M code units.
        if (destination.Length < (long)source.Length * MaxExpansion)
        {
            throw new ArgumentException(
                $"The destination must hold at least source.Length * {MaxExpansion} = {(long)source.Length * MaxExpansion} code units; it has {destination.Length}.",
                nameof(destination));
        }

        return FoldCore(source, destination);
    }

    /// <summary>Folds a string.</summary>
    /// <param name="text">The text to fold.</param>
    /// <returns>The folded text; the same instance when folding changes nothing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = IndexOfFirstChange(text);
        if (first < 0)
        {
            return text;
        }

        // Measure first so the result is the one and only allocation.
        var length = first + FoldedLength(text.AsSpan(first));
        return string.Create(length, text, static (destination, state) => FoldCore(state, destination));
    }

    /// <summary>Gets whether <see cref="Fold(ReadOnlySpan{char}, Span{char})"/> would change <paramref name="source"/>.</summary>
    /// <param name="source">The text.</param>
    /// <returns><see langword="true"/> when some code point of <paramref name="source"/> folds to something else.</returns>
    public static bool NeedsFolding(ReadOnlySpan<char> source) => IndexOfFirstChange(source) >= 0;

    /// <summary>Folds without checking the destination's size; the caller guarantees it is large enough.</summary>
    private static int FoldCore(ReadOnlySpan<char> source, Span<char> destination)
    {
        var written = 0;
        var i = 0;
        while (i < source.Length)
        {
            // ASCII run: Ascii.ToLower is vectorized and stops at the first non-ASCII code unit.
            var ascii = source[i..].IndexOfAnyExceptInRange('\0', '\x7F');
            var runLength = ascii < 0 ? source.Length - i : ascii;
            if (runLength > 0)
            {
                Ascii.ToLower(source.Slice(i, runLength), destination[written..], out var lowered);
                written += lowered;
                i += runLength;
                if (i == source.Length)
                {
                    break;
                }
            }

            // Non-ASCII run, a code point at a time (staying here saves a vector search per letter of Cyrillic, CJK...).
            do
            {
                var (codePoint, units) = CodePointAt(source, i);
                var id = CaseFoldingData.Get(codePoint);
                if (id == 0)
                {
                    // Unchanged (including lone surrogates): copy the code units as they are.
                    destination[written] = source[i];
                    if (units == 2)
                    {
                        destination[written + 1] = source[i + 1];
                    }

                    written += units;
                }
                else if (id < CaseFoldingData.FirstFull)
                {
                    written += WriteCodePoint(codePoint + CaseFoldingData.Delta(id), destination[written..]);
                }
                else
                {
                    var full = CaseFoldingData.Full(id);
                    full.CopyTo(destination[written..]);
                    written += full.Length;
                }

                i += units;
            }
            while (i < source.Length && source[i] >= 0x80);
        }

        return written;
    }

    /// <summary>The folded length of <paramref name="source"/> in code units.</summary>
    private static int FoldedLength(ReadOnlySpan<char> source)
    {
        var length = 0;
        var i = 0;
        while (i < source.Length)
        {
            var ascii = source[i..].IndexOfAnyExceptInRange('\0', '\x7F');
            if (ascii < 0)
            {
                return length + source.Length - i;
            }

            length += ascii;
            i += ascii;
            do
            {
                var (codePoint, units) = CodePointAt(source, i);
                var id = CaseFoldingData.Get(codePoint);
                length += id == 0 ? units
                    : id < CaseFoldingData.FirstFull ? (codePoint + CaseFoldingData.Delta(id) > 0xFFFF ? 2 : 1)
                    : CaseFoldingData.Full(id).Length;
                i += units;
            }
            while (i < source.Length && source[i] >= 0x80);
        }

        return length;
    }

    /// <summary>The index of the first code unit whose code point folds to something else, or -1.</summary>
    private static int IndexOfFirstChange(ReadOnlySpan<char> source)
    {
        var i = 0;
        while (i < source.Length)
        {
            var next = source[i..].IndexOfAnyExcept(AsciiUnchanged);
            if (next < 0)
            {
                return -1;
            }

            i += next;
            if (source[i] < 0x80)
            {
                return i; // 'A'..'Z'
            }

            var (codePoint, units) = CodePointAt(source, i);
            if (CaseFoldingData.Get(codePoint) != 0)
            {
                return i;
            }

            i += units;
        }

        return -1;
    }

    /// <summary>The code point at <paramref name="index"/> and its length; a lone surrogate is its own code point.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (int CodePoint, int Units) CodePointAt(ReadOnlySpan<char> source, int index)
    {
        var c = source[index];
        if (char.IsHighSurrogate(c) && index + 1 < source.Length && char.IsLowSurrogate(source[index + 1]))
        {
            return (char.ConvertToUtf32(c, source[index + 1]), 2);
        }

        return (c, 1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int WriteCodePoint(int codePoint, Span<char> destination)
    {
        if (codePoint <= 0xFFFF)
        {
            destination[0] = (char)codePoint;
            return 1;
        }

        codePoint -= 0x10000;
        destination[0] = (char)(0xD800 + (codePoint >> 10));
        destination[1] = (char)(0xDC00 + (codePoint & 0x3FF));
        return 2;
    }

    private static char[] CreateAsciiUnchanged()
    {
        var chars = new List<char>(128 - 26);
        for (var c = '\0'; c < 0x80; c++)
        {
            if (c is < 'A' or > 'Z')
            {
                chars.Add(c);
            }
        }

        return [.. chars];
    }
}
